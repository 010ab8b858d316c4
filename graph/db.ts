import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type RecordShape } from "neo4j-driver";
import { getConfig } from "./config";
import { DatabaseUnavailableError, isTransactionTimeout, isUnavailable, TimeBudgetError } from "./errors";
import { countRoundTrip, currentBudget } from "./request-stats";

/**
 * One driver per process. Next.js reloads modules in development, so the driver is parked on
 * globalThis to survive hot reloads instead of leaking a connection pool per edit.
 */
const holder = globalThis as unknown as { __stanceGraphDriver?: Driver };

export function getDriver(): Driver {
  if (!holder.__stanceGraphDriver) {
    const { uri, username, password } = getConfig().neo4j;
    holder.__stanceGraphDriver = neo4j.driver(uri, neo4j.auth.basic(username, password), {
      // Fail fast when the database is down: a request should get a 503 in seconds, not hang.
      connectionTimeout: 2_000,
      connectionAcquisitionTimeout: 2_000,
      // No retry of failed transactions: the driver's first retry waits a second, and an analyst's
      // click should learn "database unavailable" at once; the client may simply ask again.
      maxTransactionRetryTime: 0,
      maxConnectionPoolSize: 50,
      disableLosslessIntegers: false,
      userAgent: "stance-graph",
    });
  }
  return holder.__stanceGraphDriver;
}

export async function closeDriver(): Promise<void> {
  const driver = holder.__stanceGraphDriver;
  holder.__stanceGraphDriver = undefined;
  await driver?.close();
}

/**
 * A circuit breaker: once the database has been found unreachable, requests in the next second
 * fail at once instead of each waiting on the driver; then one request tries again, and the first
 * success closes the breaker. Under load this keeps "database unavailable" answers fast and spares
 * a recovering server a stampede.
 */
const BREAKER_MS = 1_000;
let openUntil = 0;

/**
 * Wraps driver failures that mean "the database cannot be reached" into one typed error, and gives
 * the transaction what is left of the request's time budget as its timeout, so Neo4j itself stops
 * a query that would outlive the request.
 */
async function guard<T>(work: (config: { timeout?: number }) => Promise<T>): Promise<T> {
  if (Date.now() < openUntil) throw new DatabaseUnavailableError(null);
  const budget = currentBudget();
  const left = budget && budget.deadline - Date.now();
  if (budget && left! <= 0) throw new TimeBudgetError(budget.ms);
  try {
    return await work(left === undefined ? {} : { timeout: Math.max(1, Math.ceil(left)) });
  } catch (error) {
    if (isUnavailable(error)) {
      openUntil = Date.now() + BREAKER_MS;
      throw new DatabaseUnavailableError(error);
    }
    if (budget && isTransactionTimeout(error)) throw new TimeBudgetError(budget.ms);
    throw error;
  }
}

/** A read unit of work in a read transaction (a routed cluster may serve it from a follower). */
export function readTx<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  return guard(async (config) => {
    const session = getDriver().session({ database: getConfig().neo4j.database, defaultAccessMode: neo4j.session.READ });
    try {
      return await session.executeRead(work, config);
    } finally {
      await session.close();
    }
  });
}

/**
 * Every write transaction gives the graph a new data version, in the same transaction, so that a
 * cache of derived answers knows exactly when they went stale, whichever process wrote.
 */
export const MARK_DATA_VERSION = "MERGE (v:DataVersion {id: 'graph'}) SET v.version = randomUUID(), v.changedAt = datetime()";
export const READ_DATA_VERSION = "MATCH (v:DataVersion {id: 'graph'}) RETURN v.version AS version";

/** A write unit of work: everything inside lands in one transaction or not at all. */
export function writeTx<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  return guard(async (config) => {
    const session = getDriver().session({ database: getConfig().neo4j.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      return await session.executeWrite(async (tx) => {
        const result = await work(tx);
        await tx.run(MARK_DATA_VERSION);
        return result;
      }, config);
    } finally {
      await session.close();
    }
  });
}

/** Runs one query inside a transaction already open, counting the round trip. */
export async function runIn<R extends RecordShape = RecordShape>(
  tx: ManagedTransaction,
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<QueryResult<R>["records"]> {
  countRoundTrip();
  return (await tx.run<R>(cypher, params)).records;
}

/** Runs one named query in a read transaction of its own and returns its records. */
export function read<R extends RecordShape = RecordShape>(
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<QueryResult<R>["records"]> {
  return readTx((tx) => runIn<R>(tx, cypher, params));
}
