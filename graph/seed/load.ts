import { Neo4jError, type ManagedTransaction } from "neo4j-driver";
import { rebuildAggregatesIn } from "../aggregates";
import type { Database } from "../db";
import { ensureSchema } from "./constraints";
import { getCounts, type Counts } from "./counts";
import { isCorpusEmpty, writeFirstLoad } from "./first-load";
import { extractMentions, toPassageRows, type PassageMentions } from "./passages";
import type { Corpus } from "./read";
import { CLEAR_REVISIONS, writeCuration } from "./write-curation";
import { writeActors, writeDocuments } from "./write-nodes";
import { writeAffiliations, writeMentions, writeStatements } from "./write-relationships";

/**
 * Loads a validated corpus into Neo4j with batched, parameterised UNWIND queries, all in ONE write
 * transaction: an interrupted seed leaves the previous graph, never a mix. Nodes are merged on
 * their ids, so a second run changes no count; seed-made nodes that left the corpus are removed.
 */

/** Seed-made nodes of a label whose ids left the corpus; the label comes from a fixed list. */
const PRUNE: Record<"Statement" | "Passage" | "Document" | "Person" | "Organization", string> = {
  Statement: "MATCH (n:Statement {origin: 'seed'}) WHERE NOT n.id IN $ids DETACH DELETE n",
  Passage: "MATCH (n:Passage {origin: 'seed'}) WHERE NOT n.id IN $ids DETACH DELETE n",
  Document: "MATCH (n:Document {origin: 'seed'}) WHERE NOT n.id IN $ids DETACH DELETE n",
  Person: "MATCH (n:Person {origin: 'seed'}) WHERE NOT n.id IN $ids DETACH DELETE n",
  Organization: "MATCH (n:Organization {origin: 'seed'}) WHERE NOT n.id IN $ids DETACH DELETE n",
};

/**
 * A reset discards what did not come from the seed (curated statements) and every revision (a
 * backup brings its own back); the rest is upserted and what left the corpus pruned, as in any load. Deleting the whole graph first instead would make
 * every id lookup later in the same transaction wade through the deletions: minutes per thousand
 * rows on a graph of 100k statements.
 */
const RESET = "MATCH (n) WHERE (n:Document OR n:Passage OR n:Person OR n:Organization OR n:Statement) AND coalesce(n.origin, '') <> 'seed' DETACH DELETE n";

export interface LoadOptions {
  reset?: boolean;
  /** false: upsert even into an empty graph (the first-load path is for an empty graph only; the benchmark compares the two). */
  firstLoad?: boolean;
  /** Called between steps, so a long load can show progress. */
  progress?: (step: string) => void;
}

export async function loadCorpus(database: Database, corpus: Corpus, options: LoadOptions = {}): Promise<Counts> {
  const progress = options.progress ?? (() => undefined);
  await ensureSchema(database);
  const mentions = extractMentions(corpus);
  const first = options.firstLoad !== false && (await isCorpusEmpty(database));

  await database.writeTx(async (tx) => {
    if (first) await writeFirstLoad(tx, corpus, mentions, progress);
    else await writeCorpus(tx, corpus, mentions, options, progress);
    progress("counting statements per pair");
    await rebuildAggregatesIn(tx);
    progress("committing");
  }).catch((error: unknown) => {
    throw explainLoadFailure(error);
  });
  return getCounts(database);
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

/** Nodes first, then what joins them, then what left the corpus: each step finds what it joins. */
async function writeCorpus(
  tx: ManagedTransaction,
  corpus: Corpus,
  mentions: PassageMentions[],
  options: LoadOptions,
  progress: (step: string) => void,
): Promise<void> {
  if (options.reset) {
    progress("discarding curated changes");
    await tx.run(RESET);
    await tx.run(CLEAR_REVISIONS);
  }
  progress("loading documents and passages");
  const passages = toPassageRows(corpus);
  await writeDocuments(tx, corpus, passages);

  progress("loading people and organizations");
  await writeActors(tx, corpus);
  await writeAffiliations(tx, corpus);

  progress("loading mentions");
  await writeMentions(tx, mentions);

  progress("loading statements");
  await writeStatements(tx, corpus);

  progress("loading revisions and accounts");
  await writeCuration(tx, corpus);

  progress("removing what left the corpus");
  await tx.run(PRUNE.Statement, { ids: corpus.statements.map((s) => s.value.id) });
  await tx.run(PRUNE.Passage, { ids: passages.map((p) => p.id) });
  await tx.run(PRUNE.Document, { ids: corpus.documents.map((d) => d.meta.id) });
  await tx.run(PRUNE.Person, { ids: corpus.people.map((p) => p.value.id) });
  await tx.run(PRUNE.Organization, { ids: corpus.organizations.map((o) => o.value.id) });
}
