import { buildTotalsIn, rebuildAggregates } from "../aggregates";
import type { Database } from "../db";

/**
 * The constraints and indexes a seeded graph relies on. Person and Organization nodes also carry
 * the label Actor, so that a speaker or target of either kind is found through one uniqueness
 * constraint.
 */
export const SCHEMA_STATEMENTS = [
  "CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT passage_id IF NOT EXISTS FOR (n:Passage) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT revision_id IF NOT EXISTS FOR (n:Revision) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT data_version_id IF NOT EXISTS FOR (n:DataVersion) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT account_username IF NOT EXISTS FOR (n:Account) REQUIRE n.username IS UNIQUE",
  "CREATE CONSTRAINT session_id IF NOT EXISTS FOR (n:Session) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT name_candidate_id IF NOT EXISTS FOR (n:NameCandidate) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT held_proposal_id IF NOT EXISTS FOR (n:HeldProposal) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT month_total_key IF NOT EXISTS FOR (n:MonthTotal) REQUIRE n.key IS UNIQUE",
  "CREATE INDEX name_candidate_status IF NOT EXISTS FOR (n:NameCandidate) ON (n.status)",
  "CREATE INDEX name_candidate_document IF NOT EXISTS FOR (n:NameCandidate) ON (n.document)",
  "CREATE INDEX session_username IF NOT EXISTS FOR (n:Session) ON (n.username)",
  "CREATE INDEX statement_date IF NOT EXISTS FOR (n:Statement) ON (n.date)",
  "CREATE INDEX statement_stance IF NOT EXISTS FOR (n:Statement) ON (n.stance)",
  "CREATE INDEX revision_subject IF NOT EXISTS FOR (n:Revision) ON (n.subject)",
  "CREATE INDEX statement_status IF NOT EXISTS FOR (n:Statement) ON (n.status)",
  "CREATE INDEX document_date IF NOT EXISTS FOR (n:Document) ON (n.date)",
  // standard-folding folds diacritics, so "Rankovic" finds "Ranković" and "Kadar" finds "Kádár".
  "CREATE FULLTEXT INDEX search IF NOT EXISTS FOR (n:Person|Organization|Document) ON EACH [n.name, n.aliasText, n.title] OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } }",
];

/**
 * Statements written before review existed are what the seed's are now: accepted at version 1
 * (by whoever curated them, else the seed), or retracted when they were, with the label the
 * filters test.
 */
export const BACKFILL_STATUS = `
MATCH (s:Statement) WHERE s.status IS NULL
SET s.status = CASE WHEN s.retractedAt IS NULL THEN 'accepted' ELSE 'retracted' END,
  s.statusBy = CASE WHEN s.retractedAt IS NULL THEN coalesce(s.curatedBy, 'seed') ELSE s.retractedBy END,
  s.statusAt = CASE WHEN s.retractedAt IS NULL THEN s.curatedAt ELSE s.retractedAt END,
  s.version = coalesce(s.version, 1)
FOREACH (_ IN CASE WHEN s.retractedAt IS NULL THEN [1] ELSE [] END | SET s:Published)`;

const AGGREGATES_MISSING = `
WITH EXISTS { MATCH (s:Statement) WHERE s:Published OR s:Proposed } AS counted
RETURN counted AND NOT EXISTS { MATCH ()-[:SAID_ABOUT]->() } AS rows,
  counted AND NOT (EXISTS { MATCH ()-[:PAIR_TOTAL]->() } AND EXISTS { MATCH (:MonthTotal) }) AS totals`;

const INDEXES = SCHEMA_STATEMENTS.filter((s) => !s.startsWith("CREATE CONSTRAINT"));
const CONSTRAINTS = SCHEMA_STATEMENTS.filter((s) => s.startsWith("CREATE CONSTRAINT"));

/**
 * Creates the constraints and indexes if missing and waits until every one is online. The plain
 * and full-text indexes go first, in one transaction: Neo4j populates them together in the
 * background, in one pass over the store, while the constraints (each of which waits for its own
 * index) are created one by one; over a bulk-imported graph that overlap is most of the schema
 * step's saving (docs/decisions/0033-bulk-load-of-a-new-instance.md).
 */
export async function createSchema(database: Database): Promise<void> {
  const session = database.driver.session({ database: database.databaseName });
  try {
    await session.executeWrite(async (tx) => {
      for (const statement of INDEXES) await tx.run(statement);
    });
  } finally {
    await session.close();
  }
  for (const statement of CONSTRAINTS) await database.executeQuery(statement);
  await database.executeQuery("CALL db.awaitIndexes(300)");
}

/** Creates the constraints and indexes if missing; once per database object (one driver, one database). */
export function ensureSchema(database: Database): Promise<void> {
  return database.once("schema", async () => {
    await createSchema(database);
    // Statements written before dates carried their span end on the day they were placed on.
    await database.executeQuery("MATCH (s:Statement) WHERE s.dateLast IS NULL AND s.date IS NOT NULL SET s.dateLast = s.date");
    await database.executeQuery(BACKFILL_STATUS);
    // A graph written before statements were counted per pair gets its counts once; one whose
    // rows came without the totals (a bulk import's, or one from before the totals) gets those.
    const missing = (await database.executeQuery(AGGREGATES_MISSING)).records[0];
    if (missing?.get("rows")) await rebuildAggregates(database);
    else if (missing?.get("totals")) await database.writeTx((tx) => buildTotalsIn(tx));
  });
}
