import { describe, expect, it } from "vitest";
import { mapLoad, toLoad, valueOf, type QueryResultLike } from "./load";
import { ApiError } from "./request";
import { RETRIES, retryDelay, shouldRetry } from "./runtime";

const result = <T>(patch: Partial<QueryResultLike<T>>): QueryResultLike<T> => ({
  status: "pending",
  fetchStatus: "fetching",
  data: undefined,
  error: null,
  isPlaceholderData: false,
  ...patch,
});

describe("what a view reads from a query", () => {
  it("is loading before the client has arrived, keeping the last answer", () => {
    expect(toLoad(null, false, 7)).toEqual({ state: "loading", last: 7 });
  });

  it("is ready with a fresh answer, and loading while the answer shown belongs to other variables", () => {
    expect(toLoad(result({ status: "success", data: 1, fetchStatus: "idle" }), false, undefined)).toEqual({ state: "ready", value: 1 });
    expect(toLoad(result({ status: "success", data: 1, isPlaceholderData: true }), false, 0)).toEqual({ state: "loading", last: 1 });
    // The variables are still settling (a range being dragged): the old answer is not the new one.
    expect(toLoad(result({ status: "success", data: 1, fetchStatus: "idle" }), true, 0)).toEqual({ state: "loading", last: 1 });
  });

  it("says what went wrong, with the server's code, and keeps the last answer on screen", () => {
    const error = new ApiError("The graph database is unavailable.", "DATABASE_UNAVAILABLE");
    expect(toLoad(result({ status: "error", error, fetchStatus: "idle" }), false, 3)).toEqual({
      state: "error",
      message: "The graph database is unavailable.",
      code: "DATABASE_UNAVAILABLE",
      last: 3,
    });
    expect(toLoad(result({ status: "error", error: new TypeError("x"), fetchStatus: "idle" }), false, undefined)).toMatchObject({ state: "error", code: "INTERNAL" });
  });

  it("reads an error being asked again as loading", () => {
    const error = new ApiError("down", "NETWORK");
    expect(toLoad(result({ status: "error", error, fetchStatus: "fetching" }), false, 3)).toEqual({ state: "loading", last: 3 });
  });

  it("maps a part of the answer in every state, and falls back when there is none", () => {
    const ready = { state: "ready" as const, value: { n: 2 } };
    expect(mapLoad(ready, (v) => v.n)).toEqual({ state: "ready", value: 2 });
    expect(mapLoad({ state: "error", message: "m", code: "C", last: { n: 1 } }, (v) => v.n)).toEqual({ state: "error", message: "m", code: "C", last: 1 });
    expect(mapLoad<{ n: number }, number>({ state: "loading" }, (v) => v.n)).toEqual({ state: "loading", last: undefined });
    expect(valueOf(ready, null)).toEqual({ n: 2 });
    expect(valueOf({ state: "loading", last: { n: 1 } }, null)).toEqual({ n: 1 });
    expect(valueOf({ state: "loading" }, null)).toBeNull();
  });
});

describe("which failures are asked again", () => {
  it("retries a dropped connection or a database restarting, a bounded number of times", () => {
    for (const code of ["NETWORK", "DATABASE_UNAVAILABLE", "BAD_GATEWAY"]) {
      expect(shouldRetry(0, new ApiError("x", code)), code).toBe(true);
      expect(shouldRetry(RETRIES, new ApiError("x", code)), code).toBe(false);
    }
  });

  it("never retries what would fail again: a bad query, a limit, a time budget, an unknown error", () => {
    for (const code of ["BAD_USER_INPUT", "GRAPHQL_VALIDATION_FAILED", "LIMIT_EXCEEDED", "RATE_LIMITED", "TIME_BUDGET_EXCEEDED", "INTERNAL"]) {
      expect(shouldRetry(0, new ApiError("x", code)), code).toBe(false);
    }
    expect(shouldRetry(0, new TypeError("x"))).toBe(false);
  });

  it("waits longer after each failure, but never more than a few seconds", () => {
    expect(retryDelay(0)).toBeLessThan(retryDelay(1));
    expect(retryDelay(10)).toBeLessThanOrEqual(4_000);
  });
});
