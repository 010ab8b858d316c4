import type { ManagedTransaction } from "neo4j-driver";

/** Rows per UNWIND: large enough that round trips do not count, small enough to stay lean in memory. */
const BATCH = 5000;

/** Runs an `UNWIND $rows` query over the rows, a batch at a time, in the caller's transaction. */
export async function batched(tx: ManagedTransaction, cypher: string, rows: unknown[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await tx.run(cypher, { rows: rows.slice(i, i + BATCH) });
}

/** The properties without the undefined ones, which a `SET n = row.props` must not see. */
export function compact<T extends Record<string, unknown>>(props: T): Partial<T> {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined)) as Partial<T>;
}
