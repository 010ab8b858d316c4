import { GraphQLError, Kind, OperationTypeNode, type ValidationRule } from "graphql";
import type { Plugin } from "graphql-yoga";
import { requireRole, type Credentials } from "../auth/viewer";
import { AppError } from "../errors";
import type { Context } from "./context";

/**
 * The import endpoint, POST /api/graphql/import: the one place a body may be larger than the API's
 * 64 KB, because a document to import may be 2 MB (error-codes.ts, MAX_IMPORT_BODY_BYTES). So that
 * the larger limit serves no one else, the request must come from a curator (a session, or the
 * admin token), checked before its body is read, and it may ask nothing but importDocument.
 */
export const IMPORT_ENDPOINT = "/api/graphql/import";

/** Whether a request is addressed to the import endpoint. */
export function isImportRequest(request: Request): boolean {
  return new URL(request.url).pathname === IMPORT_ENDPOINT;
}

/**
 * The refusal for a request that may not send an import's body, before the body is read; null for
 * a curator's. The resolver checks the role again, and records who imported.
 */
export async function refuseUnlessCurator(request: Request, credentials: Credentials): Promise<Response | null> {
  if (request.method === "OPTIONS") return null;
  if (request.method !== "POST") return refusal(new AppError("BAD_USER_INPUT", `${IMPORT_ENDPOINT} takes only POST: importDocument, a mutation.`, 405));
  if (credentials.token() === "ok") return null;
  try {
    await requireRole(credentials, "curator");
    return null;
  } catch (error) {
    if (error instanceof AppError) return refusal(error);
    throw error;
  }
}

function refusal(error: AppError): Response {
  const body = JSON.stringify({ errors: [{ message: error.message, extensions: { code: error.code } }] });
  return new Response(body, { status: error.httpStatus, headers: { "content-type": "application/json; charset=utf-8", ...error.headers } });
}

/** Each operation sent to the import endpoint is a mutation that asks importDocument and nothing else. */
const onlyImportDocument: ValidationRule = (context) => ({
  OperationDefinition(node) {
    const fields = node.selectionSet.selections.map((s) => (s.kind === Kind.FIELD ? s.name.value : `a ${s.kind === Kind.FRAGMENT_SPREAD ? "fragment" : "inline fragment"}`));
    if (node.operation === OperationTypeNode.MUTATION && fields.every((f) => f === "importDocument" || f === "__typename")) return;
    context.reportError(
      new GraphQLError(`${IMPORT_ENDPOINT} answers only the mutation importDocument; send ${fields.join(", ") || "this"} to /api/graphql.`, { nodes: [node] }),
    );
  },
});

/** The import endpoint's rule, added to the schema's own validation. */
export const importsOnly: Plugin<Context> = {
  onValidate({ addValidationRule }) {
    addValidationRule(onlyImportDocument);
  },
};
