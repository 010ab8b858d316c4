import type { IncomingMessage, ServerResponse } from "node:http";
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import { createServerAdapter, type ServerAdapterPlugin } from "@whatwg-node/server";
import { IMPORT_ENDPOINT } from "../../graph/schema/import-endpoint";

/**
 * The GraphQL endpoint served straight from the front door's node:http server, with the handler
 * the Next.js route calls (graph/server-runtime.ts handleGraphQL): the route's own cost in Next.js
 * (its router, request and response wrapping, async contexts) was two thirds of a cached request's
 * CPU; docs/decisions/0027 has the figures. Only the methods the route exports come here; anything
 * else at these paths is Next's to answer, as before.
 */
const PATHS = new Set(["/api/graphql", IMPORT_ENDPOINT]);
const METHODS = new Set(["GET", "POST", "OPTIONS"]);

export function isGraphQLRequest(req: IncomingMessage): boolean {
  return METHODS.has(req.method ?? "") && PATHS.has((req.url ?? "/").split("?")[0]!);
}

/** Next.js compresses what it serves (`compress`, on by default); these answers keep that. */
const COMPRESSIBLE = /^(application\/(graphql-response\+)?json|text\/html)\b/i;
/** Below this, gzip's header and CPU cost more than they save (Next.js gzipped these too; the `compression` package's default threshold does not). */
const THRESHOLD_BYTES = 1024;
/**
 * zlib's fastest level: on the whole quick network (257 kB) 0.67 ms of CPU for 30.3 kB, against
 * 2.12 ms for 25.3 kB at the default 6; two cores shared with Neo4j make the CPU the scarcer of
 * the two (docs/decisions/0032).
 */
export const GZIP_LEVEL = 1;
const gzipAsync = promisify(gzip);

export function acceptsGzip(header: string | null): boolean {
  return (header ?? "").split(",").some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    return (coding === "gzip" || coding === "*") && (q === undefined || Number(q) > 0);
  });
}

/** Gzips JSON and HTML answers of 1 kB or more for clients that accept it; every such answer varies by Accept-Encoding. */
export const compressAnswers: ServerAdapterPlugin = {
  onResponse(payload) {
    const { request, response } = payload;
    if (
      !response.body ||
      !COMPRESSIBLE.test(response.headers.get("content-type") ?? "") ||
      response.headers.has("content-encoding")
    )
      return;
    response.headers.append("vary", "Accept-Encoding");
    if (!acceptsGzip(request.headers.get("accept-encoding"))) return;
    // The adapter's own Response: it writes a buffer body at once rather than streaming it.
    const { Response: AdapterResponse, Headers: AdapterHeaders } = payload.fetchAPI;
    return response.arrayBuffer().then(async (raw) => {
      const init = { status: response.status, statusText: response.statusText, headers: new AdapterHeaders(response.headers) };
      if (raw.byteLength < THRESHOLD_BYTES) return payload.setResponse(new AdapterResponse(raw, init));
      init.headers.set("content-encoding", "gzip");
      init.headers.delete("content-length");
      payload.setResponse(new AdapterResponse(await gzipAsync(raw, { level: GZIP_LEVEL }), init));
    });
  },
};

/** A node:http listener for the GraphQL endpoint, around a fetch-style handler. */
export function graphqlListener(
  handle: (request: Request) => Promise<Response>,
): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const adapter = createServerAdapter((request: Request) => handle(request), { plugins: [compressAnswers] });
  // The adapter's listener answers (or, on an unexpected error, sends a 500) and resolves once sent.
  return (req, res) => Promise.resolve(adapter.requestListener(req, res));
}
