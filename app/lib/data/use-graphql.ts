"use client";

import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import type { QueryKey, QueryObserver, QueryObserverOptions } from "@tanstack/query-core";
import { toLoad, type Load } from "./load";
import type { Endpoint, Operation } from "./request";
import type { Runtime } from "./runtime";

/**
 * The browser's one way to the data (docs/decisions/0014-browser-data-layer.md): every view reads
 * with `useGraphQL`, every action that asks once (a search for paths, an export) with
 * `fetchGraphQL`. Both go through one TanStack Query client, which keeps answers by operation and
 * variables, asks again after a transient failure, and cancels what no view waits for any more.
 */

type RuntimeState = { runtime: Runtime | null; failed: boolean };
const SERVER: RuntimeState = { runtime: null, failed: false };
let state: RuntimeState = SERVER;
let pending: Promise<Runtime> | null = null;
const listeners = new Set<() => void>();

function setState(next: RuntimeState): void {
  state = next;
  for (const listener of listeners) listener();
}

/** The query client, fetched once per page; after a failed fetch, the next call tries again. */
export function loadRuntime(): Promise<Runtime> {
  if (!pending) {
    setState({ runtime: null, failed: false });
    pending = import("./runtime").then(
      (m) => {
        const runtime = m.createRuntime();
        setState({ runtime, failed: false });
        return runtime;
      },
      (error: unknown) => {
        pending = null;
        setState({ runtime: null, failed: true });
        throw error;
      },
    );
  }
  return pending;
}

// The client is fetched as the page starts, alongside hydration, not when the first view asks.
if (typeof window !== "undefined") loadRuntime().catch(() => undefined);

const subscribeRuntime = (listener: () => void) => {
  listeners.add(listener);
  return () => void listeners.delete(listener);
};

type Observer<T> = QueryObserver<T, Error, T, T, QueryKey>;

/** The name a document's operation goes by: the first part of every cache key. */
export function operationName(document: { toString(): string }): string {
  return /\b(?:query|mutation)\s+(\w+)/.exec(document.toString())?.[1] ?? document.toString();
}

const keyOf = (document: { toString(): string }, variables: unknown): QueryKey => [operationName(document), variables];
/** Keeps the answer to the last variables while the next is asked for. */
const previous = <T>(data: T | undefined) => data;

export interface QueryOptions {
  /** False holds the query back (the view's state is not known yet, the search text is too short). */
  enabled?: boolean;
  /** Keep the last answer on screen while the next one loads. */
  keepPrevious?: boolean;
  /** Wait until the variables have not changed for this long (typing, dragging a range). */
  debounceMs?: number;
}

/** Reads one operation for a view; `retry` asks again after an error (or fetches the client again). */
export function useGraphQL<T, V>(document: Operation<T, V>, variables: V, options: QueryOptions = {}): Load<T> & { retry: () => void } {
  const { enabled = true, keepPrevious = false, debounceMs = 0 } = options;
  const { runtime, failed } = useSyncExternalStore(subscribeRuntime, () => state, () => SERVER);
  const key = JSON.stringify(variables);
  const settled = useSettled(key, debounceMs);

  const queryOptions = useMemo(() => {
    if (!runtime) return null;
    const settledVariables = JSON.parse(settled) as V;
    const asked: QueryObserverOptions<T, Error, T, T, QueryKey> = {
      queryKey: keyOf(document, settledVariables),
      queryFn: ({ signal }) => runtime.request(document, settledVariables, signal),
      enabled,
      placeholderData: keepPrevious ? previous : undefined,
    };
    return runtime.client.defaultQueryOptions(asked);
  }, [runtime, document, settled, enabled, keepPrevious]);

  // One observer per view, made when the client arrives; later options are handed to it.
  const [observer, setObserver] = useState<Observer<T> | null>(null);
  if (runtime && queryOptions && !observer) setObserver(new runtime.QueryObserver<T, Error, T, T, QueryKey>(runtime.client, queryOptions));
  useEffect(() => {
    if (observer && queryOptions) observer.setOptions(queryOptions);
  }, [observer, queryOptions]);
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (!observer || !runtime) return () => undefined;
      const unsubscribe = observer.subscribe(runtime.batch(onChange));
      observer.updateResult();
      return unsubscribe;
    },
    [observer, runtime],
  );
  useSyncExternalStore(
    subscribe,
    () => observer?.getCurrentResult() ?? null,
    () => null,
  );
  // The result for the options of this render, before the effect above has handed them over.
  const result = observer && queryOptions ? observer.getOptimisticResult(queryOptions) : null;

  const last = useRef<T | undefined>(undefined);
  useEffect(() => {
    if (result?.status === "success" && !result.isPlaceholderData) last.current = result.data;
  });

  const retry = useCallback(() => {
    if (failed) loadRuntime().catch(() => undefined);
    else void observer?.refetch();
  }, [failed, observer]);

  const load: Load<T> = failed
    ? { state: "error", message: "Part of the app could not be fetched. Check your connection and try again.", code: "NETWORK", last: last.current }
    : toLoad(result, key !== settled, last.current);
  return { ...load, retry };
}

/** The variables once they have stopped changing for `ms` (at once when `ms` is 0, and the first time). */
function useSettled(key: string, ms: number): string {
  const [settled, setSettled] = useState(key);
  useEffect(() => {
    if (ms === 0) return undefined;
    const timer = setTimeout(() => setSettled(key), ms);
    return () => clearTimeout(timer);
  }, [key, ms]);
  return ms === 0 ? key : settled;
}

/**
 * Asks once, through the same client: the answer is shared with any view reading the same. `fresh`
 * asks the server even when a recent answer is kept (after someone else may have written).
 */
export async function fetchGraphQL<T, V>(document: Operation<T, V>, variables: V, options: { fresh?: boolean } = {}): Promise<T> {
  const { client, request } = await loadRuntime();
  return client.fetchQuery({ queryKey: keyOf(document, variables), queryFn: ({ signal }) => request(document, variables, signal), staleTime: options.fresh ? 0 : undefined });
}

/** Fetches an answer a view will soon ask for (an essay's next steps), so it is there when asked. */
export function prefetchGraphQL<T, V>(document: Operation<T, V>, variables: V): Promise<void> {
  return loadRuntime()
    .then(({ client, request }) =>
      client.prefetchQuery({
        queryKey: keyOf(document, variables),
        queryFn: ({ signal }) => request(document, variables, signal),
      }),
    )
    .catch(() => undefined);
}

/**
 * Sends a mutation once, outside the query cache: its variables (a password) are never kept as
 * a cache key, and it is never retried behind the person's back. Also for a read that must be
 * answered afresh (a statement as it stands after a conflicting save).
 */
export async function mutateGraphQL<T, V>(document: Operation<T, V>, variables: V, endpoint?: Endpoint): Promise<T> {
  const { request } = await loadRuntime();
  return request(document, variables, undefined, endpoint);
}

/**
 * Sends a curation write once (mutateGraphQL), then marks every kept answer stale and asks again
 * for the ones on screen: the graph has changed.
 */
export async function writeGraphQL<T, V>(document: Operation<T, V>, variables: V): Promise<T> {
  const answer = await mutateGraphQL(document, variables);
  const { client } = await loadRuntime();
  await client.invalidateQueries();
  return answer;
}
