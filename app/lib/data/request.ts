import type { DocumentTypeDecoration } from "@graphql-typed-document-node/core";

/**
 * A generated operation: its text, with its result and variables as types. Structural, because
 * each generated module (graph/shared/generated/) declares its own document class.
 */
export type Operation<T, V> = DocumentTypeDecoration<T, V> & { toString(): string };

/**
 * One GraphQL operation over POST /api/graphql (or the import endpoint): a document from app/lib/operations/, its result
 * and variables typed from the schema. Components do not call this; they read through
 * `useGraphQL` and `fetchGraphQL` (./use-graphql.ts), which add caching, retry and cancelling.
 */

/** Codes worth asking again for: the server could not be reached, or the database was down a moment. */
const TRANSIENT = new Set(["NETWORK", "DATABASE_UNAVAILABLE", "BAD_GATEWAY"]);

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = "ApiError";
  }

  /** Whether the same request may succeed a moment later (not a bad query, a limit or a budget). */
  get transient(): boolean {
    return TRANSIENT.has(this.code);
  }
}

interface GraphQLResponse<T> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Where operations go; an import, whose document may be larger than the API's 64 KB bodies, has its own. */
export type Endpoint = "/api/graphql" | "/api/graphql/import";

export async function request<T, V>(document: Operation<T, V>, variables: V, signal?: AbortSignal, endpoint: Endpoint = "/api/graphql"): Promise<T> {
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json, application/json" },
      body: JSON.stringify({ query: document.toString(), variables }),
      signal: signal ?? null,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiError("The server cannot be reached. Check your connection and try again.", "NETWORK");
  }
  const body = (await response.json().catch(() => ({}))) as GraphQLResponse<T>;
  const first = body.errors?.[0];
  if (first) throw new ApiError(first.message, first.extensions?.code ?? "INTERNAL");
  if (response.status >= 502 && response.status <= 504) throw new ApiError(`The server answered ${response.status}; it may be restarting.`, "BAD_GATEWAY");
  if (!response.ok || !body.data) throw new ApiError(`The server answered ${response.status}.`, "INTERNAL");
  return body.data;
}
