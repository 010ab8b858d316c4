import type { ManagedTransaction } from "neo4j-driver";
import type { Database } from "../db";
import { compact } from "./batches";
import { toPassageRows, type PassageMentions } from "./passages";
import type { Corpus } from "./read";
import { toDocumentRows, toOrganizationRows, toPersonRows } from "./write-nodes";
import { CREATE_MENTIONS, toMentionRows, toStatementRows, writeAffiliations, type StatementRow } from "./write-relationships";
import { writeCuration } from "./write-curation";

/**
 * The first load into an empty graph: CREATE instead of MERGE (there is nothing to match), no
 * clearing of old relationships and no pruning, statements grouped by their labels so that none
 * is set row by row, and larger batches. Still one transaction: a failed first load leaves the
 * graph empty. loadCorpus takes this path when the graph holds no corpus node.
 */

const BATCH = 20_000;

/** True when the graph holds none of the nodes a load writes. */
export const CORPUS_IS_EMPTY = "RETURN NOT EXISTS { MATCH (n) WHERE n:Document OR n:Passage OR n:Actor OR n:Statement OR n:Revision } AS empty";

const CREATE_DOCUMENTS = `
UNWIND $rows AS row
CREATE (d:Document)
SET d = row.props, d.id = row.id, d.date = date(row.date), d.origin = 'seed'`;

const CREATE_PASSAGES = `
UNWIND $rows AS row
MATCH (d:Document {id: row.document})
CREATE (p:Passage {id: row.id, index: row.index, text: row.text, origin: 'seed'})-[:PART_OF]->(d)`;

const CREATE_PEOPLE = `
UNWIND $rows AS row
CREATE (n:Person:Actor)
SET n = row.props, n.id = row.id`;

const CREATE_ORGANIZATIONS = `
UNWIND $rows AS row
CREATE (n:Organization:Actor)
SET n = row.props, n.id = row.id`;

/** The statement's own part; its labels come from the fixed list below, never from data. */
const createStatements = (labels: string) => `
UNWIND $rows AS row
MATCH (speaker:Actor {id: row.speaker})
MATCH (target:Actor {id: row.target})
MATCH (passage:Passage {id: row.passage})
CREATE (s:${labels})
SET s = row.props, s.id = row.id, s.date = date(row.dateFirst), s.dateLast = date(row.dateLast)
CREATE (s)-[:BY]->(speaker), (s)-[:ABOUT]->(target), (s)-[:IN]->(passage)`;

const STATEMENT_LABELS = {
  published: "Statement:Published",
  proposed: "Statement:Proposed",
  other: "Statement",
  publishedTertiary: "Statement:Published:Tertiary",
  proposedTertiary: "Statement:Proposed:Tertiary",
  otherTertiary: "Statement:Tertiary",
} as const;

const CREATE_STATEMENTS = Object.fromEntries(Object.entries(STATEMENT_LABELS).map(([key, labels]) => [key, createStatements(labels)])) as Record<keyof typeof STATEMENT_LABELS, string>;

const CREATE_REPORTERS = `
UNWIND $rows AS row
MATCH (s:Statement {id: row.id})
MATCH (reporter:Actor {id: row.reportedBy})
CREATE (s)-[:REPORTED_BY]->(reporter)`;

function labelsOf(row: StatementRow): keyof typeof STATEMENT_LABELS {
  const status = row.props.status === "accepted" ? "published" : row.props.status === "proposed" ? "proposed" : "other";
  return row.props.sourceKind === "tertiary" ? `${status}Tertiary` : status;
}

async function batchedLarge(tx: ManagedTransaction, cypher: string, rows: unknown[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await tx.run(cypher, { rows: rows.slice(i, i + BATCH) });
}

const EMPTY_BATCH = "MATCH (n) WHERE n:Document OR n:Passage OR n:Actor OR n:Statement OR n:Revision WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS deleted";

/**
 * Empties the graph of every corpus node, a batch per transaction, so that the next load is a
 * first load: for the benchmark's scratch database only, never the app's.
 */
export async function emptyGraph(database: Database): Promise<void> {
  for (;;) {
    const result = await database.executeQuery(EMPTY_BATCH);
    if (Number(result.records[0]?.get("deleted") ?? 0) === 0) return;
  }
}

export async function isCorpusEmpty(database: Database): Promise<boolean> {
  const [row] = await database.read(CORPUS_IS_EMPTY);
  return row?.get("empty") === true;
}

/** Writes the whole corpus into an empty graph, in the caller's transaction. */
export async function writeFirstLoad(tx: ManagedTransaction, corpus: Corpus, mentions: PassageMentions[], progress: (step: string) => void): Promise<void> {
  progress("loading documents and passages");
  await batchedLarge(tx, CREATE_DOCUMENTS, toDocumentRows(corpus));
  await batchedLarge(tx, CREATE_PASSAGES, toPassageRows(corpus));
  progress("loading people and organizations");
  await batchedLarge(tx, CREATE_PEOPLE, toPersonRows(corpus));
  await batchedLarge(tx, CREATE_ORGANIZATIONS, toOrganizationRows(corpus));
  await writeAffiliations(tx, corpus);
  progress("loading mentions");
  await batchedLarge(tx, CREATE_MENTIONS, toMentionRows(mentions));
  progress("loading statements");
  const rows = toStatementRows(corpus);
  const groups = new Map<keyof typeof STATEMENT_LABELS, StatementRow[]>();
  for (const row of rows) {
    const key = labelsOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  for (const [key, group] of groups) await batchedLarge(tx, CREATE_STATEMENTS[key], group);
  await batchedLarge(
    tx,
    CREATE_REPORTERS,
    rows.filter((r) => r.reportedBy !== null).map((r) => compact({ id: r.id, reportedBy: r.reportedBy })),
  );
  progress("loading revisions and accounts");
  await writeCuration(tx, corpus);
}
