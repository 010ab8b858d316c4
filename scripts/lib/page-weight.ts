import { gzipSync } from "node:zlib";

/**
 * What a first load of a page costs in JavaScript: every script its HTML makes a module-capable
 * browser fetch and run before the page is interactive. That is each `<script src>` except
 * `nomodule` ones (legacy polyfills a current browser skips), each `<link rel="modulepreload">` or
 * `<link rel="preload" as="script">`, and each chunk the inline bootstrap (the React Server
 * Components payload) names for a client component. Chunks a component requests later with a
 * dynamic import (the graph view, the side panel, the exports) are not part of the first load.
 * Sizes are gzip at the default level, 1 kB = 1,000 bytes.
 */

export interface PageScripts {
  /** Fetched and run on a first load, in document order, each once. */
  run: string[];
  /** Named by the page but skipped by a module-capable browser. */
  skipped: string[];
  /** The text of inline scripts (the bootstrap and the Server Components payload), part of the HTML. */
  inline: string[];
}

const ATTRIBUTES = /([a-zA-Z-]+)(?:=(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

function attributesOf(attributes: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of attributes.matchAll(ATTRIBUTES)) found.set(m[1]!.toLowerCase(), m[2] ?? m[3] ?? m[4] ?? "");
  return found;
}

/** The scripts a first load of this HTML runs, and the ones it names but skips. */
export function scriptsOfPage(html: string): PageScripts {
  const run: string[] = [];
  const skipped: string[] = [];
  const inline: string[] = [];
  const add = (src: string) => {
    if (!run.includes(src)) run.push(src);
  };
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>|<link\b([^>]*)>/gi)) {
    if (m[3] !== undefined) {
      const link = attributesOf(m[3]);
      const rel = link.get("rel")?.toLowerCase().split(/\s+/) ?? [];
      const href = link.get("href");
      if (href && (rel.includes("modulepreload") || (rel.includes("preload") && link.get("as") === "script"))) add(href);
      continue;
    }
    const script = attributesOf(m[1]!);
    const src = script.get("src");
    if (src) {
      if (script.has("nomodule")) skipped.push(src);
      else add(src);
      continue;
    }
    // An inline script: the Server Components payload names the chunks of each client component.
    if (m[2]!.trim()) inline.push(m[2]!);
    for (const chunk of m[2]!.matchAll(/\/_next\/static\/[^"'\\\s]+\.js/g)) add(chunk[0]);
  }
  return { run, skipped: skipped.filter((s) => !run.includes(s)), inline };
}

export interface ScriptSize {
  src: string;
  bytes: number;
  gzip: number;
}

export interface PageWeight {
  path: string;
  scripts: ScriptSize[];
  skipped: ScriptSize[];
  bytes: number;
  gzip: number;
  /** Inline scripts, counted with the HTML rather than here. */
  inline: { bytes: number; gzip: number };
}

async function sizeOf(base: string, src: string): Promise<ScriptSize> {
  const response = await fetch(new URL(src, base));
  if (!response.ok) throw new Error(`${src} answered ${response.status}`);
  const body = Buffer.from(await response.arrayBuffer());
  return { src, bytes: body.length, gzip: gzipSync(body).length };
}

const sum = (sizes: ScriptSize[], key: "bytes" | "gzip") => sizes.reduce((n, s) => n + s[key], 0);

/** Fetches a page from a running server and weighs the scripts its first load runs. */
export async function measurePageWeight(base: string, path: string): Promise<PageWeight> {
  const html = await fetch(new URL(path, base)).then((r) => r.text());
  const { run, skipped, inline } = scriptsOfPage(html);
  const scripts = await Promise.all(run.map((src) => sizeOf(base, src)));
  const inlineText = Buffer.from(inline.join("\n"));
  return {
    path,
    scripts,
    skipped: await Promise.all(skipped.map((src) => sizeOf(base, src))),
    bytes: sum(scripts, "bytes"),
    gzip: sum(scripts, "gzip"),
    inline: { bytes: inlineText.length, gzip: gzipSync(inlineText).length },
  };
}

/**
 * A page's weight split into what every page of the app loads (React, the Next.js runtime: the
 * scripts of a page with no client code of its own, such as the 404 page) and the page's own code.
 */
export async function measureWithBreakdown(
  base: string,
  path: string,
): Promise<{ page: PageWeight; shared: ScriptSize[]; own: ScriptSize[] }> {
  const page = await measurePageWeight(base, path);
  const baseline = await measurePageWeight(base, "/__page-weight-baseline-404");
  const common = new Set(baseline.scripts.map((s) => s.src));
  return { page, shared: page.scripts.filter((s) => common.has(s.src)), own: page.scripts.filter((s) => !common.has(s.src)) };
}

export const kB = (bytes: number) => Math.round(bytes / 100) / 10;

/** One line for a report: the total, the split, and what was left out and why. */
export function describeWeight({ page, shared, own }: Awaited<ReturnType<typeof measureWithBreakdown>>): string {
  const skipped =
    page.skipped.length > 0
      ? `; ${page.skipped.length} nomodule script(s), ${kB(sum(page.skipped, "gzip"))} kB, which module-capable browsers skip`
      : "";
  return (
    `${page.scripts.length} scripts: ${kB(sum(shared, "gzip"))} kB shared by every page (React, Next.js runtime), ` +
    `${kB(sum(own, "gzip"))} kB the page's own code (${own.map((s) => kB(s.gzip)).join(" + ")} kB). ` +
    `Not counted: ${kB(page.inline.gzip)} kB of inline bootstrap and payload, part of the HTML${skipped}; ` +
    "the lazily loaded chunks (the graph view with Cytoscape, the side panel, the exporters)"
  );
}
