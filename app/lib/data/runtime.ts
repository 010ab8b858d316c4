import { notifyManager, QueryClient, QueryObserver } from "@tanstack/query-core";
import { ApiError, request } from "./request";

/** How many times a transient failure is asked again before it is shown, and how long to wait. */
export const RETRIES = 2;
export const retryDelay = (failures: number): number => Math.min(400 * 3 ** failures, 4_000);

/** Only what may succeed a moment later is asked again: a dropped connection, a database restarting. */
export function shouldRetry(failures: number, error: unknown): boolean {
  return failures < RETRIES && error instanceof ApiError && error.transient;
}

/**
 * The browser's query client (TanStack Query's core, docs/decisions/0014-browser-data-layer.md),
 * fetched as its own chunk when the page starts, with the fetcher it calls, so that neither is part
 * of the first load.
 * Answers are kept a minute before they count as stale: the graph changes only when a curator
 * writes, and the server's own cache follows every write.
 */
export function createRuntime() {
  const client = new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        retryDelay,
        staleTime: 60_000,
        gcTime: 5 * 60_000,
        refetchOnWindowFocus: false,
      },
    },
  });
  client.mount();
  return { client, QueryObserver, batch: notifyManager.batchCalls, request };
}

export type Runtime = ReturnType<typeof createRuntime>;
