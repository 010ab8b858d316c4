import type { Database } from "@/graph/db";
import { CLIENT_HEADER } from "@/graph/schema/context";
import { createGraphQLHandler, serverOptions, type ServerOptions } from "@/graph/schema/yoga";
import { TEST_CONFIG, TEST_SESSION_SECRET } from "./env";

/** One error of a GraphQL answer, as a client sees it. */
export interface AnswerError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string };
}

/** A GraphQL answer from the handler, with what the response said around it. */
export interface Answer<T> {
  status: number;
  headers: Headers;
  data?: T;
  errors?: AnswerError[];
  extensions?: { cypherRoundTrips?: number };
  /** The first error's code, when there is one. */
  code?: string;
  /** The first error's message, or "" when there is none. */
  message: string;
}

export type Ask = <T = Record<string, unknown>>(
  query: string,
  variables?: Record<string, unknown>,
  headers?: Record<string, string>,
) => Promise<Answer<T>>;

export interface SendInit {
  method: string;
  headers?: Record<string, string>;
  body?: string | ReadableStream<Uint8Array>;
  /** The route's path: the API's own, or the import endpoint's. */
  path?: "/api/graphql" | "/api/graphql/import";
}

export interface InProcessServer {
  /** A GraphQL POST with a JSON body. */
  ask: Ask;
  /** Any request, as the route would pass it on; the path is the endpoint's. */
  send: (init: SendInit, search?: string) => Promise<Response>;
}

/** The client address the front door would have set; a fixed one, so per-client limits see one client. */
export const TEST_CLIENT = "198.51.100.20";

/**
 * The GraphQL server in this process, on the test database, without HTTP: each request is a
 * `Request` handed to the same handler the Next.js route calls. Each call builds a server of its
 * own (its own cache and limiters). By default nothing is answered from the cache, so every answer
 * runs the resolvers, and reads are not limited, so a test may ask as often as it needs; a test of
 * either passes its own options.
 */
export function inProcessServer(database: Database, overrides: Partial<ServerOptions> = {}): InProcessServer {
  const handle = createGraphQLHandler(database, { ...serverOptions(TEST_CONFIG, TEST_SESSION_SECRET), responseCacheBytes: 0, readsPerMinute: 0, ...overrides });
  const send = ({ path = "/api/graphql", ...init }: SendInit, search = "") =>
    handle(
      new Request(`http://127.0.0.1${path}${search}`, {
        ...init,
        headers: { [CLIENT_HEADER]: TEST_CLIENT, ...init.headers },
        ...(init.body instanceof ReadableStream ? { duplex: "half" } : {}),
      }),
    );
  const ask: Ask = async <T>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) => {
    const response = await send({
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Pick<Answer<T>, "data" | "errors" | "extensions">;
    const first = body.errors?.[0];
    return {
      status: response.status,
      headers: response.headers,
      ...body,
      code: first?.extensions?.code,
      message: first?.message ?? "",
    };
  };
  return { ask, send };
}
