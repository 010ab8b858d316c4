import type { ExecutionArgs, ExecutionResult } from "graphql";
import type { Plugin } from "graphql-yoga";
import { TimeBudgetError } from "../errors";
import type { Context } from "./context";

/**
 * Stops execution when the request's time budget runs out: the executor is signalled to resolve
 * nothing more, and the request is answered with TIME_BUDGET_EXCEEDED through the ordinary
 * response path. Neo4j stops the transaction itself, having been given what was left of the budget
 * as its timeout (graph/db.ts).
 */
export const timeBudget: Plugin<Context> = {
  onExecute({ args, executeFn, setExecuteFn }) {
    const { budget } = args.contextValue.stats;
    if (!budget) return;
    setExecuteFn(async (executionArgs: ExecutionArgs) => {
      // Made when the executor first asks for it: graphql-jit's compiled queries never do, and
      // the signals' making is work on every request for nothing there (docs/decisions/0032).
      let controller: AbortController | undefined;
      let signal: AbortSignal | undefined;
      const signalled = () => (signal ??= AbortSignal.any([(controller = new AbortController()).signal, args.contextValue.request.signal]));
      let timer: NodeJS.Timeout | undefined;
      const expired = new Promise<ExecutionResult>((resolve) => {
        timer = setTimeout(
          () => {
            controller?.abort();
            resolve({ errors: [new TimeBudgetError(budget.ms)] } as unknown as ExecutionResult);
          },
          Math.max(0, budget.deadline - Date.now()),
        );
      });
      // The standard executor honours a signal passed beside the standard arguments.
      const running = Promise.resolve(
        executeFn(Object.defineProperty<ExecutionArgs>({ ...executionArgs }, "signal", { get: signalled, enumerable: true })),
      ) as Promise<ExecutionResult>;
      running.catch(() => undefined);
      try {
        return await Promise.race([running, expired]);
      } finally {
        clearTimeout(timer);
      }
    });
  },
};
