import type { ManagedTransaction } from "neo4j-driver";
import { deleteStatements } from "@/graph/aggregates";
import { createDatabase, type Database } from "@/graph/db";
import { TEST_CONFIG } from "./env";

/**
 * The test database, for a test file that reads or writes it directly or serves GraphQL on it
 * in-process. Each file opens its own and closes it in afterAll.
 */
export function openTestDatabase(): Database {
  return createDatabase(TEST_CONFIG.neo4j);
}

/**
 * How many documents, passages, statements, revisions and mentions the graph holds, as one
 * string: equal before and after an operation that must change nothing (a dry run, a refused
 * import).
 */
export async function census(database: Database): Promise<string> {
  const [row] = await database.read(`
    CALL () { MATCH (d:Document) RETURN count(d) AS documents }
    CALL () { MATCH (p:Passage) RETURN count(p) AS passages }
    CALL () { MATCH (s:Statement) RETURN count(s) AS statements }
    CALL () { MATCH (r:Revision) RETURN count(r) AS revisions }
    CALL () { MATCH ()-[m:MENTIONS]->() RETURN count(m) AS mentions }
    RETURN documents, passages, statements, revisions, mentions`);
  return JSON.stringify(row!.toObject());
}

/**
 * Removes the statements of the documents `where` picks (a condition on `d`), with their
 * revisions: see removeStatements.
 */
export async function removeStatementsOf(tx: ManagedTransaction, where: string, params: Record<string, unknown>): Promise<void> {
  const found = await tx.run(`MATCH (s:Statement)-[:IN]->(:Passage)-[:PART_OF]->(d:Document) WHERE ${where} RETURN s.id AS id`, params);
  await removeStatements(tx, found.records.map((r) => r.get("id") as string));
}

/**
 * Removes statements a test made, with their revisions, through deleteStatements so that the
 * per-pair counts (graph/aggregates.ts) stay true for the files after.
 */
export async function removeStatements(tx: ManagedTransaction, ids: string[]): Promise<void> {
  await tx.run("MATCH (r:Revision) WHERE r.subject IN $ids DETACH DELETE r", { ids });
  await deleteStatements(tx, ids);
}
