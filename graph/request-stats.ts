import { AsyncLocalStorage } from "node:async_hooks";

/**
 * Counts Cypher round trips per GraphQL request, so tests (and curious clients, in the response's
 * extensions) can see that a request's cost does not grow with its result.
 */
export interface RequestStats {
  roundTrips: number;
  /** Set once the request executed a read-only operation without errors: its answer may be cached. */
  cacheable?: boolean;
}

const storage = new AsyncLocalStorage<RequestStats>();

export function withRequestStats<T>(stats: RequestStats, work: () => T): T {
  return storage.run(stats, work);
}

export function countRoundTrip(): void {
  const stats = storage.getStore();
  if (stats) stats.roundTrips++;
}
