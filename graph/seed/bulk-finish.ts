import type { Database } from "../db";
import type { Corpus } from "./read";
import { writeCuration } from "./write-curation";

/**
 * What a bulk import leaves to a transaction once the database runs: the empty lists (the
 * importer's CSV has no form for one, and the transactional load stores `aliases: []`, `topics: []`),
 * and what curation recorded (revisions joined to what they revise, accounts with their creation
 * time as a datetime), through the transactional load's own writeCuration. One transaction: it
 * lands whole or not at all. The aggregates came with the files (SAID_ABOUT rows, pair and month
 * totals), so ensureSchema, which runs before this, finds nothing to build.
 */

const EMPTY_ALIASES = "UNWIND $ids AS id MATCH (n:Actor {id: id}) SET n.aliases = []";
const EMPTY_TOPICS = "UNWIND $ids AS id MATCH (s:Statement {id: id}) SET s.topics = []";

/**
 * What a database holds besides its data version: a bulk import replaces the store files, so it
 * runs only where this is 0 (`nodes`), and says what it found otherwise.
 */
export const DATABASE_CONTENTS = `
MATCH (n) WHERE NOT n:DataVersion AND NOT n:DataChange
WITH count(n) AS nodes, count(CASE WHEN n:Statement THEN 1 END) AS statements, count(CASE WHEN n:Account THEN 1 END) AS accounts
RETURN nodes, statements, accounts`;

export interface DatabaseContents {
  nodes: number;
  statements: number;
  accounts: number;
}

export async function getDatabaseContents(database: Database): Promise<DatabaseContents> {
  const [row] = await database.read(DATABASE_CONTENTS);
  return { nodes: Number(row?.get("nodes") ?? 0), statements: Number(row?.get("statements") ?? 0), accounts: Number(row?.get("accounts") ?? 0) };
}

export async function finishBulkImport(database: Database, corpus: Corpus): Promise<void> {
  const emptyAliases = [...corpus.people, ...corpus.organizations].filter((e) => e.value.aliases.length === 0).map((e) => e.value.id);
  const emptyTopics = corpus.statements.filter((s) => s.value.topics.length === 0).map((s) => s.value.id);
  await database.writeTx(async (tx) => {
    if (emptyAliases.length > 0) await tx.run(EMPTY_ALIASES, { ids: emptyAliases });
    if (emptyTopics.length > 0) await tx.run(EMPTY_TOPICS, { ids: emptyTopics });
    await writeCuration(tx, corpus);
  });
}
