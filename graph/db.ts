import neo4j, { type Driver, type EagerResult, type ManagedTransaction, type QueryResult, type RecordShape } from "neo4j-driver";
import type { Config } from "./config";
import { DatabaseUnavailableError, isTransactionTimeout, isUnavailable, TimeBudgetError } from "./errors";
import { countRoundTrip, currentBudget, currentDataStateProbe, trackRead, type DataStateProbe } from "./request-stats";

type Params = Record<string, unknown>;
type Records<R extends RecordShape> = QueryResult<R>["records"];

export interface WriteOptions {
  /**
   * Whether the write gives the graph a new data version; true unless said otherwise. "scoped":
   * the write says what it changed (noteChange), and only answers that read it are dropped from
   * the response cache; a scoped write that noted nothing gives a new data version as any other.
   */
  dataVersion?: boolean | "scoped";
}

/**
 * One Neo4j database as the rest of graph/ uses it: units of work in managed transactions on the
 * configured database, behind one circuit breaker. Whoever builds it (a script, a test, the
 * server's composition root in graph/server-runtime.ts) closes it; code that needs the database is
 * given this object, never a configuration to build its own.
 */
export interface Database {
  readonly driver: Driver;
  /** The Neo4j database every session and query names. */
  readonly databaseName: string;
  /** A read unit of work in a read transaction (a routed cluster may serve it from a follower). */
  readTx<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
  /**
   * A write unit of work: everything inside lands in one transaction, with a new data version, or
   * not at all. Writes that change no answer the response cache keeps (accounts, sessions) say
   * `{ dataVersion: false }`, so signing in does not empty everyone's cache.
   */
  writeTx<T>(work: (tx: ManagedTransaction) => Promise<T>, options?: WriteOptions): Promise<T>;
  /** One named query in a read transaction of its own; returns its records. */
  read<R extends RecordShape = RecordShape>(cypher: string, params?: Params): Promise<Records<R>>;
  /**
   * One named query as an auto-commit read (its own transaction, routed as a read): one round trip
   * where `read` takes three (BEGIN, RUN, COMMIT). For a unit of work that is one statement. As a
   * fresh answer's first read it carries the data state the answer is stored under in the same
   * statement (graph/request-stats.ts).
   */
  readOne<R extends RecordShape = RecordShape>(cypher: string, params?: Params): Promise<Records<R>>;
  /**
   * One auto-commit query outside the breaker and the time budget, for what cannot run in a
   * managed transaction (schema statements) or must not (the benchmark's per-row baseline).
   */
  executeQuery(cypher: string, params?: Params): Promise<EagerResult>;
  /** Runs `work` once for this database; a failed run is tried again on the next call. */
  once(key: string, work: () => Promise<void>): Promise<void>;
  close(): Promise<void>;
}

/**
 * A circuit breaker: once the database has been found unreachable, requests in the next second
 * fail at once instead of each waiting on the driver; then one request tries again, and the first
 * success closes the breaker. Under load this keeps "database unavailable" answers fast and spares
 * a recovering server a stampede.
 */
const BREAKER_MS = 1_000;

/**
 * Every write transaction gives the graph a new data version, in the same transaction, so that a
 * cache of derived answers knows exactly when they went stale, whichever process wrote.
 */
export const MARK_DATA_VERSION = "MERGE (v:DataVersion {id: 'graph'}) SET v.version = randomUUID(), v.changedAt = datetime()";
export const READ_DATA_VERSION = "MATCH (v:DataVersion {id: 'graph'}) RETURN v.version AS version";
/** The data version and the last change's number, for a request's data-state probe (graph/request-stats.ts). */
export const READ_DATA_STAMP = "OPTIONAL MATCH (v:DataVersion {id: 'graph'}) RETURN v.version AS version, coalesce(v.seq, 0) AS seq";

/**
 * A scoped write's change, numbered in the order writes commit (the DataVersion node is locked by
 * every write until it commits); the last 500 are kept for caches that read them.
 */
export const MARK_DATA_CHANGE = `
MERGE (v:DataVersion {id: 'graph'})
SET v.seq = coalesce(v.seq, 0) + 1, v.changedAt = datetime()
CREATE (:DataChange {seq: v.seq, actors: $actors, from: $from, to: $to})
WITH v
MATCH (old:DataChange) WHERE old.seq <= v.seq - 500
DELETE old`;

/** What a statement write changed: its actors and the days its date covered before and after. */
export interface ChangeNote {
  actors: string[];
  from: string;
  to: string;
}

const changeNotes = new WeakMap<ManagedTransaction, ChangeNote[]>();

/** Records, inside a write's transaction, what the write changed (a scoped write marks it as it commits). */
export function noteChange(tx: ManagedTransaction, note: ChangeNote): void {
  changeNotes.get(tx)?.push(note);
}

function mergeNotes(notes: ChangeNote[]): ChangeNote {
  return {
    actors: [...new Set(notes.flatMap((n) => n.actors))],
    from: notes.map((n) => n.from).sort()[0]!,
    to: notes.map((n) => n.to).sort().at(-1)!,
  };
}

/** A driver and its breaker for the Neo4j part of the configuration; the driver connects on first use. */
export function createDatabase(config: Config["neo4j"]): Database {
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.username, config.password), {
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
  const databaseName = config.database;
  let openUntil = 0;
  const done = new Set<string>();

  /**
   * Wraps driver failures that mean "the database cannot be reached" into one typed error, and
   * gives the transaction what is left of the request's time budget as its timeout, so Neo4j
   * itself stops a query that would outlive the request.
   */
  async function guard<T>(work: (txConfig: { timeout?: number }) => Promise<T>): Promise<T> {
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

  const readTx = <T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> =>
    trackRead(guard(async (txConfig) => {
      const probe = currentDataStateProbe();
      const session = driver.session({ database: databaseName, defaultAccessMode: neo4j.session.READ });
      try {
        return await session.executeRead(probe ? (tx) => probed(tx, probe, work) : work, txConfig);
      } finally {
        await session.close();
      }
    }));

  const writeTx = <T>(work: (tx: ManagedTransaction) => Promise<T>, options: WriteOptions = {}): Promise<T> =>
    guard(async (txConfig) => {
      const session = driver.session({ database: databaseName, defaultAccessMode: neo4j.session.WRITE });
      try {
        return await session.executeWrite(async (tx) => {
          const notes: ChangeNote[] = [];
          changeNotes.set(tx, notes);
          const result = await work(tx);
          if (options.dataVersion === "scoped" && notes.length > 0) await tx.run(MARK_DATA_CHANGE, mergeNotes(notes));
          else if (options.dataVersion !== false) await tx.run(MARK_DATA_VERSION);
          return result;
        }, txConfig);
      } finally {
        await session.close();
      }
    });

  return {
    driver,
    databaseName,
    readTx,
    writeTx,
    read: <R extends RecordShape = RecordShape>(cypher: string, params: Params = {}) => readTx((tx) => runIn<R>(tx, cypher, params)),
    readOne: async <R extends RecordShape = RecordShape>(cypher: string, params: Params = {}): Promise<Records<R>> => {
      // A fresh answer's data state must be read before the answer's own reads: the first read of
      // the request sends it in the same statement as its query; a later one waits for it.
      const probe = currentDataStateProbe();
      const first = probe !== undefined && !probe.read;
      const reading = trackRead(guard(async (txConfig) => {
        if (!first) await probe?.read;
        const session = driver.session({ database: databaseName, defaultAccessMode: neo4j.session.READ });
        try {
          countRoundTrip();
          return (await session.run<R>(first ? stamped(cypher) : cypher, params, txConfig)).records;
        } finally {
          await session.close();
        }
      }));
      if (!first) return reading;
      // The statement carries the data state in its own transaction: as safe as a transaction that
      // reads it first (probed below), in one Bolt exchange instead of BEGIN, RUN, RUN and COMMIT.
      probe.read = reading.then((records) => {
        const row: { get(key: string): unknown } | undefined = records[0];
        if (row) probe.state = { version: (row.get(STAMP_VERSION) as string | null) ?? null, seq: Number(row.get(STAMP_SEQ)) };
      }, () => undefined);
      return reading;
    },
    executeQuery: (cypher, params = {}) => driver.executeQuery(cypher, params, { database: databaseName }),
    once: async (key, work) => {
      if (done.has(key)) return;
      await work();
      done.add(key);
    },
    close: () => driver.close(),
  };
}

const STAMP_VERSION = "dataStateVersion";
const STAMP_SEQ = "dataStateSeq";

/**
 * One read statement with the data state read before it, in the same auto-commit transaction: its
 * rows come back with the state's two columns added. A statement that returns no row brings no
 * state, and its answer is not stored (an ego network of an unknown id: nothing to spare).
 */
export function stamped(cypher: string): string {
  return `OPTIONAL MATCH (dataState:DataVersion {id: 'graph'})
WITH dataState.version AS ${STAMP_VERSION}, coalesce(dataState.seq, 0) AS ${STAMP_SEQ}
CALL () {
${cypher}
}
RETURN *`;
}

/**
 * A read transaction's work, with the request's data state read first: by the request's first
 * transaction, as its first statement (not awaited, so it travels with the work's first query and
 * costs no round trip of its own); by any later one, waited for before the work starts.
 */
async function probed<T>(tx: ManagedTransaction, probe: DataStateProbe, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  if (probe.read) {
    await probe.read;
    return work(tx);
  }
  const reading = tx.run(READ_DATA_STAMP).then(({ records: [row] }) => {
    probe.state = { version: (row?.get("version") as string | null | undefined) ?? null, seq: Number(row?.get("seq") ?? 0) };
  });
  // Waiters only need it settled; a failed read leaves no state, and the transaction fails with it.
  probe.read = reading.catch(() => undefined);
  const result = await work(tx);
  await reading;
  return result;
}

/** Runs one query inside a transaction already open, counting the round trip. */
export async function runIn<R extends RecordShape = RecordShape>(tx: ManagedTransaction, cypher: string, params: Params = {}): Promise<Records<R>> {
  countRoundTrip();
  return (await tx.run<R>(cypher, params)).records;
}
