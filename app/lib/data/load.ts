/**
 * What a view shows for one query: loading (with the last answer, which stays on screen meanwhile),
 * an error that says what went wrong (again with the last answer), or the answer.
 */
export type Load<T> = { state: "loading"; last?: T } | { state: "error"; message: string; code: string; last?: T } | { state: "ready"; value: T };

/** The part of a query's result a view depends on (TanStack Query's result has these fields). */
export interface QueryResultLike<T> {
  status: "pending" | "error" | "success";
  fetchStatus: "fetching" | "paused" | "idle";
  data: T | undefined;
  error: unknown;
  isPlaceholderData: boolean;
}

/**
 * Pure: a query's result as a view reads it. `waiting` is true while the variables are still
 * settling (typing, dragging), `last` is the last answer this view received. An error being asked
 * again ("Try again") reads as loading, so the view shows that something is happening.
 */
export function toLoad<T>(result: QueryResultLike<T> | null, waiting: boolean, last: T | undefined): Load<T> {
  if (!result) return { state: "loading", last };
  if (result.status === "error" && result.fetchStatus !== "fetching") {
    const { message, code } = describeError(result.error);
    return { state: "error", message, code, last };
  }
  if (result.status === "success" && !result.isPlaceholderData && !waiting) return { state: "ready", value: result.data as T };
  return { state: "loading", last: result.data ?? last };
}

/**
 * What a failed request says to the reader: the server's own words and code (an ApiError, from
 * ./request.ts, which loads with the query client, so it is recognised by its shape here), or a
 * plain "something went wrong".
 */
export function describeError(error: unknown): { message: string; code: string } {
  if (error instanceof Error && typeof (error as { code?: unknown }).code === "string") return { message: error.message, code: (error as Error & { code: string }).code };
  return { message: "Something went wrong. Try again.", code: "INTERNAL" };
}

/** The answer if there is one, else the last one, else `fallback`. */
export function valueOf<T>(load: Load<T>, fallback: T): T {
  return load.state === "ready" ? load.value : (load.last ?? fallback);
}

/** The same load, of a part of the answer. */
export function mapLoad<T, U>(load: Load<T>, part: (value: T) => U): Load<U> {
  if (load.state === "ready") return { state: "ready", value: part(load.value) };
  const last = load.last === undefined ? undefined : part(load.last);
  return load.state === "error" ? { state: "error", message: load.message, code: load.code, last } : { state: "loading", last };
}
