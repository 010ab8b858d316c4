import { Neo4jError, type ManagedTransaction } from "neo4j-driver";
import { readTx, writeTx, getDriver } from "../db";
import { getConfig } from "../config";
import { createMatcher, type Mention } from "./mentions";
import type { Corpus } from "./read";

/**
 * Loads a validated corpus into Neo4j with batched, parameterised UNWIND queries, all in ONE write
 * transaction: an interrupted seed leaves the previous graph, never a mix. Nodes are merged on
 * their ids, so a second run changes no count; seed-made nodes that left the corpus are removed.
 * Person and Organization nodes also carry the label Actor, so that a speaker or target of either
 * kind is found through one uniqueness constraint.
 */

export const SCHEMA_STATEMENTS = [
  "CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT passage_id IF NOT EXISTS FOR (n:Passage) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE",
  "CREATE CONSTRAINT data_version_id IF NOT EXISTS FOR (n:DataVersion) REQUIRE n.id IS UNIQUE",
  "CREATE INDEX statement_date IF NOT EXISTS FOR (n:Statement) ON (n.date)",
  "CREATE INDEX statement_stance IF NOT EXISTS FOR (n:Statement) ON (n.stance)",
  "CREATE INDEX document_date IF NOT EXISTS FOR (n:Document) ON (n.date)",
  // standard-folding folds diacritics, so "Rankovic" finds "Ranković" and "Kadar" finds "Kádár".
  "CREATE FULLTEXT INDEX search IF NOT EXISTS FOR (n:Person|Organization|Document) ON EACH [n.name, n.aliasText, n.title] OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } }",
];

// Upserts replace a node's properties with the row's (`=`, not `+=`): a field taken out of the
// files leaves the graph too, so a re-seed or a reset yields exactly what the files say.
const UPSERT_DOCUMENTS = `
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
SET d = row.props, d.id = row.id, d.date = date(row.date), d.origin = 'seed'`;

const UPSERT_PASSAGES = `
UNWIND $rows AS row
MATCH (d:Document {id: row.document})
MERGE (p:Passage {id: row.id})
SET p.index = row.index, p.text = row.text, p.origin = 'seed'
MERGE (p)-[:PART_OF]->(d)`;

const UPSERT_PEOPLE = `
UNWIND $rows AS row
MERGE (n:Person:Actor {id: row.id})
SET n = row.props, n.id = row.id, n.origin = 'seed'`;

const UPSERT_ORGANIZATIONS = `
UNWIND $rows AS row
MERGE (n:Organization:Actor {id: row.id})
SET n = row.props, n.id = row.id, n.origin = 'seed'`;

const REPLACE_MEMBERSHIPS = `
UNWIND $rows AS row
MATCH (p:Person {id: row.person})
OPTIONAL MATCH (p)-[old:MEMBER_OF]->()
DELETE old
WITH DISTINCT p, row
UNWIND row.roles AS role
MATCH (o:Organization {id: role.org})
CREATE (p)-[:MEMBER_OF {role: role.title, from: role.from, to: role.to}]->(o)`;

const REPLACE_DOCUMENT_LINKS = `
UNWIND $rows AS row
MATCH (d:Document {id: row.id})
OPTIONAL MATCH (d)-[old:WRITTEN_BY|ADDRESSED_TO]->()
DELETE old
WITH DISTINCT d, row
CALL (d, row) {
  UNWIND row.authors AS author
  MATCH (a:Actor {id: author})
  CREATE (d)-[:WRITTEN_BY]->(a)
}
CALL (d, row) {
  UNWIND row.recipients AS recipient
  MATCH (a:Actor {id: recipient})
  CREATE (d)-[:ADDRESSED_TO]->(a)
}`;

const CLEAR_MENTIONS = `
UNWIND $rows AS row
MATCH (:Passage {id: row})-[m:MENTIONS]->()
DELETE m`;

const CREATE_MENTIONS = `
UNWIND $rows AS row
MATCH (p:Passage {id: row.passage})
MATCH (a:Actor {id: row.entity})
CREATE (p)-[:MENTIONS {start: row.start, end: row.end, surface: row.surface}]->(a)`;

const UPSERT_STATEMENTS = `
UNWIND $rows AS row
MERGE (s:Statement {id: row.id})
  ON CREATE SET s.origin = 'seed'
WITH s, row
// A statement changed through curation is the curator's now: the seed leaves it alone.
WHERE s.origin = 'seed'
SET s = row.props, s.id = row.id, s.date = date(row.date), s.origin = 'seed'
WITH s, row
OPTIONAL MATCH (s)-[old:BY|ABOUT|IN|REPORTED_BY]->()
DELETE old
WITH DISTINCT s, row
MATCH (speaker:Actor {id: row.speaker})
MATCH (target:Actor {id: row.target})
MATCH (passage:Passage {id: row.passage})
CREATE (s)-[:BY]->(speaker), (s)-[:ABOUT]->(target), (s)-[:IN]->(passage)
WITH s, row
CALL (s, row) {
  MATCH (reporter:Person {id: row.reportedBy})
  CREATE (s)-[:REPORTED_BY]->(reporter)
}`;

/** Seed-made nodes of a label whose ids left the corpus; the label comes from a fixed list. */
const PRUNE: Record<"Statement" | "Passage" | "Document" | "Person" | "Organization", string> = {
  Statement: "MATCH (n:Statement {origin: 'seed'}) WHERE NOT n.id IN $ids DETACH DELETE n",
  Passage: "MATCH (n:Passage {origin: 'seed'}) WHERE NOT n.id IN $ids DETACH DELETE n",
  Document: "MATCH (n:Document {origin: 'seed'}) WHERE NOT n.id IN $ids DETACH DELETE n",
  Person: "MATCH (n:Person {origin: 'seed'}) WHERE NOT n.id IN $ids DETACH DELETE n",
  Organization: "MATCH (n:Organization {origin: 'seed'}) WHERE NOT n.id IN $ids DETACH DELETE n",
};

/**
 * A reset discards what did not come from the seed (curated statements); the rest is upserted and
 * what left the corpus pruned, as in any load. Deleting the whole graph first instead would make
 * every id lookup later in the same transaction wade through the deletions: minutes per thousand
 * rows on a graph of 100k statements.
 */
const RESET = "MATCH (n) WHERE (n:Document OR n:Passage OR n:Person OR n:Organization OR n:Statement) AND coalesce(n.origin, '') <> 'seed' DETACH DELETE n";

export const COUNTS = `
CALL () { MATCH (n:Document) RETURN count(n) AS documents }
CALL () { MATCH (n:Passage) RETURN count(n) AS passages }
CALL () { MATCH (n:Person) RETURN count(n) AS people }
CALL () { MATCH (n:Organization) RETURN count(n) AS organizations }
CALL () { MATCH ()-[m:MENTIONS]->() RETURN count(m) AS mentions }
CALL () { MATCH (n:Statement) RETURN count(n) AS statements }
RETURN documents, passages, people, organizations, mentions, statements`;

export interface Counts {
  documents: number;
  passages: number;
  people: number;
  organizations: number;
  mentions: number;
  statements: number;
}

export const passageId = (documentId: string, index: number) => `${documentId}-p${index}`;

export interface PassageMentions {
  passage: string;
  mentions: Mention[];
}

/** Pure: every mention in every passage of the corpus. */
export function extractMentions(corpus: Corpus): PassageMentions[] {
  const matcher = createMatcher([...corpus.people, ...corpus.organizations].map((e) => e.value));
  return corpus.documents.flatMap((d) =>
    d.passages.map((text, i) => ({ passage: passageId(d.meta.id, i + 1), mentions: matcher.find(text) })),
  );
}

/** Rows per UNWIND: large enough that round trips do not count, small enough to stay lean in memory. */
const BATCH = 5000;

async function batched(tx: ManagedTransaction, cypher: string, rows: unknown[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await tx.run(cypher, { rows: rows.slice(i, i + BATCH) });
}

function compact<T extends Record<string, unknown>>(props: T): Partial<T> {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** The database (by URI and name) whose schema this process has already ensured. */
let ensuredFor: string | null = null;

/** Creates the constraints and indexes if missing; once per process and database. */
export async function ensureSchema(): Promise<void> {
  const { database, uri } = getConfig().neo4j;
  if (ensuredFor === `${uri}/${database}`) return;
  for (const statement of SCHEMA_STATEMENTS) await getDriver().executeQuery(statement, {}, { database });
  await getDriver().executeQuery("CALL db.awaitIndexes(300)", {}, { database });
  ensuredFor = `${uri}/${database}`;
}

export interface LoadOptions {
  reset?: boolean;
  /** Called between steps, so a long load can show progress. */
  progress?: (step: string) => void;
}

export async function loadCorpus(corpus: Corpus, options: LoadOptions = {}): Promise<Counts> {
  const progress = options.progress ?? (() => undefined);
  await ensureSchema();
  const mentions = extractMentions(corpus);
  const documentDate = new Map(corpus.documents.map((d) => [d.meta.id, d.meta.date]));

  await writeTx(async (tx) => {
    await writeCorpus(tx, corpus, mentions, documentDate, options, progress);
  }).catch((error: unknown) => {
    throw explainLoadFailure(error);
  });
  return getCounts();
}

/** A load that failed for want of memory says so, and what to change; others pass unchanged. */
export class SeedLoadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SeedLoadError";
  }
}

export function explainLoadFailure(error: unknown): unknown {
  if (error instanceof Neo4jError && /MemoryPoolOutOfMemoryError|OutOfMemory/.test(error.code)) {
    return new SeedLoadError(
      "The load did not fit in the memory Neo4j allows one transaction, so nothing was written: the previous graph is untouched.\n" +
        `Neo4j said: ${error.message.trim()}\n` +
        "Give it more memory: NEO4J_HEAP (e.g. NEO4J_HEAP=3g) for the project-managed instance, or dbms.memory.transaction.total.max and the heap on your own server.",
    );
  }
  return error;
}

async function writeCorpus(
  tx: ManagedTransaction,
  corpus: Corpus,
  mentions: PassageMentions[],
  documentDate: Map<string, string>,
  options: LoadOptions,
  progress: (step: string) => void,
): Promise<void> {
  if (options.reset) {
    progress("discarding curated changes");
    await tx.run(RESET);
  }
  progress("loading documents and passages");
  await batched(
    tx,
    UPSERT_DOCUMENTS,
    corpus.documents.map(({ meta }) => ({
      id: meta.id,
      date: meta.date,
      props: compact({
        title: meta.title,
        kind: meta.kind,
        citation: meta.citation,
        archive: meta.archive,
        url: meta.url ?? undefined,
        translator: meta.translator ?? undefined,
        language: meta.language,
        originalLanguage: meta.original_language,
        summary: meta.summary,
        credits: meta.credits,
      }),
    })),
  );
  const passages = corpus.documents.flatMap((d) =>
    d.passages.map((text, i) => ({ id: passageId(d.meta.id, i + 1), document: d.meta.id, index: i + 1, text })),
  );
  await batched(tx, UPSERT_PASSAGES, passages);

  progress("loading people and organizations");
  await batched(
    tx,
    UPSERT_PEOPLE,
    corpus.people.map(({ value: p }) => ({
      id: p.id,
      props: compact({
        name: p.name,
        aliases: p.aliases,
        aliasText: p.aliases.join(" | "),
        country: p.country,
        born: p.born,
        died: p.died,
        bio: p.bio,
      }),
    })),
  );
  await batched(
    tx,
    UPSERT_ORGANIZATIONS,
    corpus.organizations.map(({ value: o }) => ({
      id: o.id,
      props: compact({ name: o.name, aliases: o.aliases, aliasText: o.aliases.join(" | "), kind: o.kind, country: o.country, bio: o.bio }),
    })),
  );
  await batched(
    tx,
    REPLACE_MEMBERSHIPS,
    corpus.people.map(({ value: p }) => ({
      person: p.id,
      roles: p.roles.map((r) => ({ org: r.org, title: r.title, from: r.from ?? null, to: r.to ?? null })),
    })),
  );
  await batched(
    tx,
    REPLACE_DOCUMENT_LINKS,
    corpus.documents.map(({ meta }) => ({ id: meta.id, authors: meta.authors, recipients: meta.recipients })),
  );

  progress("loading mentions");
  await batched(tx, CLEAR_MENTIONS, passages.map((p) => p.id));
  await batched(
    tx,
    CREATE_MENTIONS,
    mentions.flatMap((pm) => pm.mentions.map((m) => ({ passage: pm.passage, ...m }))),
  );

  progress("loading statements");
  await batched(
    tx,
    UPSERT_STATEMENTS,
    corpus.statements.map(({ value: s }) => ({
      id: s.id,
      speaker: s.speaker,
      target: s.target,
      passage: passageId(s.document, s.passage),
      reportedBy: s.reported_by ?? null,
      date: s.date ?? documentDate.get(s.document),
      props: compact({ quote: s.quote, stance: s.stance, intensity: s.intensity, mode: s.mode, topics: s.topics, note: s.note }),
    })),
  );

  progress("removing what left the corpus");
  await tx.run(PRUNE.Statement, { ids: corpus.statements.map((s) => s.value.id) });
  await tx.run(PRUNE.Passage, { ids: passages.map((p) => p.id) });
  await tx.run(PRUNE.Document, { ids: corpus.documents.map((d) => d.meta.id) });
  await tx.run(PRUNE.Person, { ids: corpus.people.map((p) => p.value.id) });
  await tx.run(PRUNE.Organization, { ids: corpus.organizations.map((o) => o.value.id) });
}

export async function getCounts(): Promise<Counts> {
  return readTx(async (tx) => {
    const record = (await tx.run(COUNTS)).records[0];
    const n = (key: keyof Counts) => Number(record?.get(key) ?? 0);
    return {
      documents: n("documents"),
      passages: n("passages"),
      people: n("people"),
      organizations: n("organizations"),
      mentions: n("mentions"),
      statements: n("statements"),
    };
  });
}
