import { getOperationAST, getVariableValues, OperationTypeNode, type DocumentNode, type ExecutionArgs, type ExecutionResult } from "graphql";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";
import type { Plugin } from "graphql-yoga";
import type { Context } from "./context";

/**
 * Queries executed by graphql-jit: each document is compiled once into a function that resolves
 * and serialises its fields without graphql-js's generic walk over the selection set, field by
 * field. The whole quick network (2,101 links, about 37,000 fields) executes in 0.7 ms of CPU
 * instead of 6 to 9 (docs/performance.md, "Six operations and the GraphQL ratio, second round";
 * docs/decisions/0030). The answers are the same, byte for byte (tests/integration/jit-execution.test.ts).
 *
 * What stays with the standard executor, so that nothing a client sees changes: mutations and
 * subscriptions; a document graphql-jit cannot compile; variables graphql-js refuses, whose
 * errors it words (the compiled query would coerce them again, its own way). Parsing, validation,
 * the cost limit, masking, the time budget and the response cache run around execution as before.
 * The time budget's signal is not honoured inside compiled code; the budget still answers at its
 * deadline, and the database refuses any transaction begun after it (graph/db.ts).
 */
/** graphql-js puts `errors` before `data` when there are any; so does this, so that the JSON is the same. */
function inStandardOrder(result: ExecutionResult): ExecutionResult {
  return result.errors ? { errors: result.errors, data: result.data } : result;
}

export function jitExecution(): Plugin<Context> {
  // Parsed documents are cached by yoga, so the same query text brings the same DocumentNode back.
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | null>>();
  const compiledFor = (args: ExecutionArgs): CompiledQuery | null => {
    const name = args.operationName ?? "";
    let byName = compiled.get(args.document);
    if (!byName) compiled.set(args.document, (byName = new Map<string, CompiledQuery | null>()));
    if (!byName.has(name)) {
      const query = compileQuery(args.schema, args.document, args.operationName ?? undefined);
      byName.set(name, isCompiledQuery(query) ? query : null);
    }
    return byName.get(name)!;
  };
  return {
    onExecute({ args: given, setExecuteFn }) {
      const args = given as ExecutionArgs;
      const operation = getOperationAST(args.document, args.operationName);
      if (operation?.operation !== OperationTypeNode.QUERY) return;
      const query = compiledFor(args);
      if (!query) return;
      if (getVariableValues(args.schema, operation.variableDefinitions ?? [], args.variableValues ?? {}).errors) return;
      setExecuteFn(async (given: ExecutionArgs) => inStandardOrder(await query.query(given.rootValue, given.contextValue, given.variableValues)));
    },
  };
}
