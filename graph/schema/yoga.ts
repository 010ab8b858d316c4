import { EnvelopArmorPlugin } from "@escape.tech/graphql-armor";
import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import { getOperationAST, GraphQLError, Kind, OperationTypeNode, type DocumentNode, type OperationDefinitionNode } from "graphql";
import { createSchema, createYoga, maskError as defaultMaskError, type Plugin } from "graphql-yoga";
import { getConfig } from "../config";
import { AppError } from "../errors";
import { ResponseCache } from "../response-cache";
import { withRequestStats, type RequestStats } from "../request-stats";
import { createContext, type Context } from "./context";
import { EXAMPLE_OPERATIONS } from "./examples";
import { resolvers } from "./resolvers";
import { typeDefs } from "./type-defs";

export const schema = createSchema<Context>({ typeDefs, resolvers });

/** The limits a request must stay within; the error for each names it and says what to do. */
export const LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxCost: 20_000,
  maxTokens: 2000,
  maxDirectives: 20,
  maxBodyBytes: 64 * 1024,
} as const;

/** Maps our typed errors to GraphQL errors with a code and status; everything else is masked. */
function maskError(error: unknown, message: string, isDev?: boolean): Error {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original instanceof AppError) {
    return new GraphQLError(original.message, {
      path: error instanceof GraphQLError ? error.path : undefined,
      extensions: { code: original.code, http: { status: original.httpStatus } },
    });
  }
  if (error instanceof GraphQLError && !error.originalError && LIMIT_MESSAGE.test(error.message)) {
    return limitError(error);
  }
  const masked = defaultMaskError(error, message, isDev);
  if (masked instanceof GraphQLError && !masked.extensions.code) {
    return new GraphQLError(masked.message, { path: masked.path, extensions: { ...masked.extensions, code: "INTERNAL" } });
  }
  return masked;
}

const LIMIT_MESSAGE = /limit of \d+ exceeded|limit exceeded|too many/i;

/** A refused request: says which limit, and what to do about it. */
function limitError(e: GraphQLError): GraphQLError {
  return new GraphQLError(`${e.message.replace(/^Syntax Error: /, "")} Simplify the query, or split it into several requests.`, {
    nodes: e.nodes,
    extensions: { code: "LIMIT_EXCEEDED", http: { status: 400 } },
  });
}

/** Validation errors get a code too: LIMIT_EXCEEDED for the limits above, else GRAPHQL_VALIDATION_FAILED. */
const codeValidationErrors: Plugin = {
  onValidate() {
    return ({ result, setResult }) => {
      const errors = result as readonly GraphQLError[];
      if (errors.length === 0) return;
      setResult(
        errors.map((e) =>
          LIMIT_MESSAGE.test(e.message)
            ? limitError(e)
            : new GraphQLError(e.message, { nodes: e.nodes, extensions: { ...e.extensions, code: "GRAPHQL_VALIDATION_FAILED", http: { status: 400 } } }),
        ),
      );
    };
  },
};

/** Reports how many Cypher round trips the request cost, in the response's extensions. */
const reportRoundTrips: Plugin<Context> = {
  onExecute({ args }) {
    return {
      onExecuteDone({ result, setResult }) {
        if (Symbol.asyncIterator in result) return;
        setResult({ ...result, extensions: { ...result.extensions, cypherRoundTrips: args.contextValue.stats.roundTrips } });
      },
    };
  },
};

/** Root fields whose answers must be live, never cached. */
const LIVE_FIELDS = new Set(["health"]);

function readOnly(operation: OperationDefinitionNode | null | undefined): boolean {
  if (operation?.operation !== OperationTypeNode.QUERY) return false;
  return operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && !LIVE_FIELDS.has(s.name.value));
}

/** Marks the request cacheable when it ran a read-only query that answered without errors. */
const markCacheable: Plugin<Context> = {
  onExecute({ args }) {
    const cacheable = readOnly(getOperationAST(args.document as DocumentNode, args.operationName as string | undefined));
    return {
      onExecuteDone({ result }) {
        if (Symbol.asyncIterator in result) return;
        args.contextValue.stats.cacheable = cacheable && !result.errors?.length;
      },
    };
  },
};

const armor = EnvelopArmorPlugin({
  maxDepth: { n: LIMITS.maxDepth, exposeLimits: true, flattenFragments: true },
  maxAliases: { n: LIMITS.maxAliases, exposeLimits: true },
  costLimit: { maxCost: LIMITS.maxCost, exposeLimits: true },
  maxTokens: { n: LIMITS.maxTokens, exposeLimits: true },
  maxDirectives: { n: LIMITS.maxDirectives, exposeLimits: true },
  blockFieldSuggestion: { enabled: false },
});

/** The one yoga instance; the Next.js route serves it through handleGraphQL. */
export const yoga = createYoga<{ stats: RequestStats }, Context>({
  schema,
  graphqlEndpoint: "/api/graphql",
  maskedErrors: { maskError },
  landingPage: false,
  context: ({ request, stats }) => createContext(request, stats),
  plugins: [armor, codeValidationErrors, reportRoundTrips, markCacheable],
  // The playground's assets are served from here, not a CDN: it works on a closed network too.
  renderGraphiQL,
  graphiql: {
    title: "Stance Graph API",
    defaultQuery: EXAMPLE_OPERATIONS,
  },
  fetchAPI: { Response },
});

function tooLarge(): Response {
  return Response.json(
    { errors: [{ message: `Request body limit: at most ${LIMITS.maxBodyBytes} bytes. Send a smaller query, or use variables.`, extensions: { code: "LIMIT_EXCEEDED" } }] },
    { status: 413 },
  );
}

let cache: ResponseCache | undefined;

/**
 * Serves one HTTP request, counting its Cypher round trips and refusing oversized bodies. Answers
 * to read-only queries come from the response cache while the data is unchanged (`x-cache: hit`);
 * a request with `Cache-Control: no-cache` is always computed afresh.
 */
export async function handleGraphQL(request: Request): Promise<Response> {
  const length = Number(request.headers.get("content-length") ?? 0);
  if (length > LIMITS.maxBodyBytes) return tooLarge();
  let body: string | null = null;
  if (request.method === "POST" && request.body) {
    body = await request.text();
    if (Buffer.byteLength(body) > LIMITS.maxBodyBytes) return tooLarge();
  }
  cache ??= new ResponseCache(getConfig().responseCacheMB * 1024 * 1024);
  const accept = request.headers.get("accept") ?? "";
  const search = request.url.includes("?") ? request.url.slice(request.url.indexOf("?")) : "";
  const key = body !== null ? `POST ${accept}\n${body}` : request.method === "GET" ? `GET ${accept}\n${search}` : null;
  let version: string | null | undefined;
  if (cache.enabled && key !== null) {
    // An unreachable database is the executor's to report; the cache just stands aside.
    version = await cache.version().catch(() => undefined);
    const fresh = /no-cache|no-store/i.test(request.headers.get("cache-control") ?? "");
    const hit = version !== undefined && !fresh ? cache.get(key, version) : undefined;
    if (hit) return new Response(hit.body, { status: 200, headers: { "content-type": hit.contentType, "x-cache": "hit" } });
  }
  // The body was read above; the executor gets a request that still carries it.
  if (body !== null) request = new Request(request.url, { method: request.method, headers: request.headers, body });
  const stats: RequestStats = { roundTrips: 0 };
  const response = await withRequestStats(stats, () => yoga.fetch(request, { stats }));
  if (version === undefined || key === null || !stats.cacheable || response.status !== 200) return response;
  const text = await response.text();
  const contentType = response.headers.get("content-type") ?? "application/json";
  cache.set(key, version, { body: text, contentType });
  const headers = new Headers(response.headers);
  headers.set("x-cache", "miss");
  return new Response(text, { status: response.status, headers });
}
