import { AsyncLocalStorage } from "node:async_hooks";
import type { ReadScope } from "./change-scope";

/**
 * Counts Cypher round trips per GraphQL request, so tests (and curious clients, in the response's
 * extensions) can see that a request's cost does not grow with its result.
 */
export interface RequestStats {
  roundTrips: number;
  /**
   * Whether the answer came from the response cache ("hit"), from an identical request computing
   * it at the same time ("shared"), or was computed and stored ("miss").
   */
  cache?: "hit" | "shared" | "miss";
  /** The request's time budget and when it runs out (ms since the epoch); unset means none. */
  budget?: { ms: number; deadline: number };
  /** What the request's scoped reads (network, ego network, timeline) could include, for the response cache. */
  reads?: ReadScope[];
  /** Set when the response cache wants the data state read inside the request's first transaction (graph/db.ts). */
  dataState?: DataStateProbe;
  /** Reads the request started that have not ended (graph/db.ts); its answer waits for them (readsEnded). */
  inFlight?: Set<Promise<unknown>>;
}

/**
 * The graph's data state read as the first statement of a request's first read transaction, sent
 * with that transaction's own first query instead of in a round trip of its own (or, when the first
 * read is one auto-commit statement, read at the start of that statement: graph/db.ts `stamped`):
 * a fresh answer (`Cache-Control: no-cache`) is stored under it. Every read of the request comes after it (the
 * same transaction's later statements, and any other transaction waits for it), so an answer is
 * never stored under a version newer than the data it read.
 */
export interface DataStateProbe {
  /** Set once the first transaction has sent the read; settles when its answer has arrived. */
  read?: Promise<void>;
  /** The data version and the last change's number as the read found them. */
  state?: { version: string | null; seq: number };
}

const storage = new AsyncLocalStorage<RequestStats>();

export function withRequestStats<T>(stats: RequestStats, work: () => T): T {
  return storage.run(stats, work);
}

export function countRoundTrip(): void {
  const stats = storage.getStore();
  if (stats) stats.roundTrips++;
}

/** Keeps a read the current request started among those its answer waits for; outside a request it does nothing. */
export function trackRead<T>(reading: Promise<T>): Promise<T> {
  const stats = storage.getStore();
  if (!stats) return reading;
  const inFlight = (stats.inFlight ??= new Set());
  inFlight.add(reading);
  const ended = () => inFlight.delete(reading);
  reading.then(ended, ended);
  return reading;
}

/**
 * Settles once every read the request started has ended. An error that empties a whole answer
 * (a non-null field not found) can end execution while another field's read is still on its way:
 * the answer waits for it, so that its round trips are counted whichever read ends first, and no
 * read outlives its request.
 */
export async function readsEnded(stats: RequestStats): Promise<void> {
  while (stats.inFlight?.size) await Promise.allSettled([...stats.inFlight]);
}

/** The current request's time budget, or undefined outside a budgeted request. */
export function currentBudget(): { ms: number; deadline: number } | undefined {
  return storage.getStore()?.budget;
}

/** The current request's data-state probe, if the response cache asked for one. */
export function currentDataStateProbe(): DataStateProbe | undefined {
  return storage.getStore()?.dataState;
}

/** Records what a scoped read could include; outside a request it does nothing. */
export function noteRead(scope: ReadScope): void {
  const stats = storage.getStore();
  if (stats) (stats.reads ??= []).push(scope);
}
