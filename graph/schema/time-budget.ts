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
      const controller = new AbortController();
      const signal = AbortSignal.any([controller.signal, args.contextValue.request.signal]);
      let timer: NodeJS.Timeout | undefined;
      const expired = new Promise<ExecutionResult>((resolve) => {
        timer = setTimeout(
          () => {
            controller.abort();
            resolve({ errors: [new TimeBudgetError(budget.ms)] } as unknown as ExecutionResult);
          },
          Math.max(0, budget.deadline - Date.now()),
        );
      });
      // The executor honours a signal passed beside the standard arguments.
      const running = Promise.resolve(executeFn({ ...executionArgs, signal } as ExecutionArgs)) as Promise<ExecutionResult>;
      running.catch(() => undefined);
      try {
        return await Promise.race([running, expired]);
      } finally {
        clearTimeout(timer);
      }
    });
  },
};
