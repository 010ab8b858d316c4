import { GraphQLError } from "graphql";
import { maskError as defaultMaskError, type Plugin } from "graphql-yoga";
import { AppError } from "../errors";
import { MAX_IMPORT_BYTES } from "../ingest/import-document";

/** The most a request body may hold; counted while it streams in. */
export const MAX_BODY_BYTES = 64 * 1024;

/**
 * The most the import endpoint's body may hold: a 2 MB document sent as base64 (a third larger),
 * with its fields. Only importDocument is answered there, and only for a signed-in request.
 */
export const MAX_IMPORT_BODY_BYTES = Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + MAX_BODY_BYTES;

/**
 * Every error a client sees carries a code and the right HTTP status: our typed errors keep
 * theirs (CONFLICT, for a save that another came before, is 409); a query that does not parse is GRAPHQL_PARSE_FAILED, a bad variable BAD_USER_INPUT, a
 * refused HTTP request keeps its 4xx; anything unexpected is masked as INTERNAL. A refused body
 * names the limit of the endpoint it was sent to (`bodyBytes`).
 */
export const maskErrorWithin = (bodyBytes: number) =>
  function mask(error: unknown, message: string, isDev?: boolean): Error {
    const original = isGraphQLError(error) ? error.originalError : error;
    if (original instanceof AppError) {
      return new GraphQLError(original.message, {
        path: isGraphQLError(error) ? error.path : undefined,
        extensions: { code: original.code, http: { status: original.httpStatus, headers: original.headers } },
      });
    }
    // Errors the GraphQL layer raised itself (a bad variable wraps the scalar's own GraphQLError).
    if (isGraphQLError(error) && (!error.originalError || isGraphQLError(error.originalError))) {
      if (LIMIT_MESSAGE.test(error.message)) return limitError(error);
      const coded = codeOf(error, bodyBytes);
      if (coded) return new GraphQLError(coded.message ?? error.message, { nodes: error.nodes, path: error.path, extensions: { ...error.extensions, code: coded.code, http: coded.http } });
    }
    // Unexpected: the client learns only that, under the code INTERNAL; the server's log gets the cause.
    console.error(original);
    const masked = defaultMaskError(error, message, isDev);
    return new GraphQLError(masked.message, { path: isGraphQLError(masked) ? masked.path : undefined, extensions: { code: "INTERNAL" } });
  };

/** maskErrorWithin for the GraphQL endpoint's own body limit. */
export const maskError = maskErrorWithin(MAX_BODY_BYTES);

/**
 * GraphQL errors come from more than one copy of graphql-js (the server's libraries load its
 * CommonJS build, our code its ES module build), so `instanceof` cannot tell them apart.
 */
function isGraphQLError(error: unknown): error is GraphQLError {
  return error instanceof Error && error.name === "GraphQLError";
}

interface Coded {
  code: string;
  http: { status: number; headers?: Record<string, string> };
  message?: string;
}

/** The code and status of an error raised before execution, by the parser or the HTTP layer. */
function codeOf(error: GraphQLError, bodyBytes: number): Coded | undefined {
  const http = error.extensions.http;
  if (/^Syntax Error:/.test(error.message) || /^Must provide (query string|document)/.test(error.message)) {
    return { code: "GRAPHQL_PARSE_FAILED", http: { status: 400 } };
  }
  if (/^Variable "\$/.test(error.message)) return { code: "BAD_USER_INPUT", http: { status: 400 } };
  if (/not configured to execute (subscription|mutation)|subscriptions? (are|is) not supported/i.test(error.message)) {
    return { code: "OPERATION_NOT_SUPPORTED", http: { status: 400 }, message: "This API answers queries and mutations; subscriptions are not supported." };
  }
  if (http?.status === 413) {
    return { code: "LIMIT_EXCEEDED", http: { ...http, status: 413 }, message: `Request body limit: at most ${bodyBytes} bytes. Send a smaller query, or use variables.` };
  }
  if (http?.status && http.status >= 400 && http.status < 500) {
    return { code: typeof error.extensions.code === "string" ? error.extensions.code : "BAD_REQUEST", http: { ...http, status: http.status } };
  }
  return undefined;
}

const LIMIT_MESSAGE = /limit of \d+ exceeded|limit exceeded|too many/i;

/** A refused request: says which limit, and what to do about it. */
export function limitError(e: GraphQLError): GraphQLError {
  return new GraphQLError(`${e.message.replace(/^Syntax Error: /, "")} Simplify the query, or split it into several requests.`, {
    nodes: e.nodes,
    extensions: { code: "LIMIT_EXCEEDED", http: { status: 400 } },
  });
}

/** Validation errors get a code too: LIMIT_EXCEEDED for the limits, else GRAPHQL_VALIDATION_FAILED. */
export const codeValidationErrors: Plugin = {
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
