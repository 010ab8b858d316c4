import { createHash } from "node:crypto";
import * as bundle from "@graphql-yoga/render-graphiql/graphiql";
import type { GraphiQLOptions } from "graphql-yoga";

/**
 * The GraphQL playground, self-hosted (it works on a closed network) and light to open: the page is
 * a few kilobytes of HTML, and GraphiQL's script, styles and Monaco's workers (9 MB together, as
 * @graphql-yoga/render-graphiql inlines them in every page) are files of their own under
 * /api/graphiql/, named by a hash of their content and cached by the browser for a year. A new
 * version of the package has new names, so a cached copy is never stale. The server's own response
 * compression gzips them on the way out, as it does every response.
 */
export interface GraphiQLAsset {
  type: string;
  body: Buffer;
}

const KINDS = {
  js: ["js", "text/javascript; charset=utf-8"],
  css: ["css", "text/css; charset=utf-8"],
  editorWorkerService: ["js", "text/javascript; charset=utf-8"],
  jsonWorker: ["js", "text/javascript; charset=utf-8"],
  graphqlWorker: ["js", "text/javascript; charset=utf-8"],
} as const;
type Kind = keyof typeof KINDS;

export const GRAPHIQL_ASSET_PATH = "/api/graphiql";

let built: { names: Record<Kind, string>; files: Map<string, GraphiQLAsset> } | null = null;

function assets() {
  if (built) return built;
  const names = {} as Record<Kind, string>;
  const files = new Map<string, GraphiQLAsset>();
  for (const [kind, [ext, type]] of Object.entries(KINDS) as [Kind, (typeof KINDS)[Kind]][]) {
    const body = Buffer.from(String(bundle[kind]), "utf8");
    const name = `${kind}.${createHash("sha256").update(body).digest("hex").slice(0, 16)}.${ext}`;
    names[kind] = name;
    files.set(name, { type, body });
  }
  built = { names, files };
  return built;
}

/** A hashed asset by its file name, or null. */
export function graphiqlAsset(name: string): GraphiQLAsset | null {
  return assets().files.get(name) ?? null;
}

const url = (name: string) => `${GRAPHIQL_ASSET_PATH}/${name}`;
const escapeAttribute = (text: string) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
/** JSON inside a <script>: "</script>" and its kin cannot close the element early. */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c");

/**
 * The playground's page, as render-graphiql's (same options, same renderer) with its assets linked.
 * It follows the site's dark mode: a reader who chose dark in the app gets GraphiQL's dark theme.
 */
export function renderGraphiQLPage(options?: GraphiQLOptions): string {
  const { names } = assets();
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${escapeAttribute(options?.title ?? "GraphiQL")}</title>
    <link rel="icon" href="/icon.svg" />
    <link rel="stylesheet" href="${url(names.css)}" />
    <script>try{var t=localStorage.getItem("theme");if(t)localStorage.setItem("graphiql:theme",t)}catch(e){}</script>
  </head>
  <body id="body" class="no-focus-outline">
    <noscript>You need to enable JavaScript to run this app.</noscript>
    <div id="root"></div>
    <script>
      self.MonacoEnvironment = {
        globalAPI: false,
        getWorkerUrl: function (moduleId, label) {
          return ${scriptJson({ editorWorkerService: url(names.editorWorkerService), json: url(names.jsonWorker), graphql: url(names.graphqlWorker) })}[label];
        },
      };
    </script>
    <script src="${url(names.js)}"></script>
    <script>
      YogaGraphiQL.renderYogaGraphiQL(window.document.querySelector("#root"), ${scriptJson(options ?? {})});
    </script>
  </body>
</html>
`;
}
