import type { ExecutionArgs, ExecutionResult } from "graphql";
import { describe, expect, it } from "vitest";
import { timeBudget } from "./time-budget";

/** The plugin's executor wrapper around `execute`, for a request whose budget runs out in `ms`. */
function budgeted(ms: number, execute: (args: ExecutionArgs) => Promise<ExecutionResult>, request = new Request("http://localhost/api/graphql")) {
  let wrapped: ((args: ExecutionArgs) => Promise<ExecutionResult>) | undefined;
  const onExecute = timeBudget.onExecute as unknown as (payload: object) => void;
  onExecute({
    args: { contextValue: { request, stats: { roundTrips: 0, budget: { ms, deadline: Date.now() + ms } } } },
    executeFn: execute,
    setExecuteFn: (fn: typeof wrapped) => (wrapped = fn),
  });
  return wrapped!({} as ExecutionArgs);
}

describe("the time budget's signal", () => {
  it("reaches an executor that asks for it, and aborts at the deadline", async () => {
    let seen: AbortSignal | undefined;
    const answer = await budgeted(20, (args) => {
      seen = (args as ExecutionArgs & { signal: AbortSignal }).signal;
      // An executor stops a moment after the signal, as the standard one does between fields.
      return new Promise((resolve) => seen!.addEventListener("abort", () => setTimeout(() => resolve({ data: null }), 5)));
    });
    expect(seen?.aborted).toBe(true);
    expect(answer.errors?.[0]?.message).toMatch(/at most 20 ms/);
  });

  it("follows the request's own signal: a client gone aborts the execution", async () => {
    const client = new AbortController();
    let seen: AbortSignal | undefined;
    const running = budgeted(
      10_000,
      (args) => {
        seen = (args as ExecutionArgs & { signal: AbortSignal }).signal;
        return new Promise((resolve) => seen!.addEventListener("abort", () => resolve({ data: { stopped: true } })));
      },
      new Request("http://localhost/api/graphql", { signal: client.signal }),
    );
    client.abort();
    expect(await running).toEqual({ data: { stopped: true } });
    expect(seen?.aborted).toBe(true);
  });

  it("answers at the deadline an executor that never asks for it", async () => {
    const answer = await budgeted(20, () => new Promise(() => undefined));
    expect(answer.errors?.[0]?.message).toMatch(/at most 20 ms/);
  });
});
