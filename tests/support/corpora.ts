import path from "node:path";
import { rebuildAggregates } from "@/graph/aggregates";
import type { Database } from "@/graph/db";
import { loadCorpus, readValidCorpus } from "@/graph/seed";
import { ROOT } from "@/scripts/lib/paths";
import { generateCorpus } from "@/scripts/lib/synthetic-corpus";

/** Removes the corpus (documents, passages, actors, statements, revisions), leaving accounts and schema. */
export async function emptyCorpus(database: Database): Promise<void> {
  await database.writeTx((tx) => tx.run("MATCH (n) WHERE n:Document OR n:Passage OR n:Actor OR n:Statement OR n:Revision DETACH DELETE n"));
}

/** Puts the seed corpus back in place of whatever a test file loaded: the other files read it. */
export async function restoreSeedCorpus(database: Database): Promise<void> {
  await emptyCorpus(database);
  await loadCorpus(database, readValidCorpus(path.join(ROOT, "seed"), ROOT));
}

/**
 * A generated corpus in place of the graph, varied so that every switch of a filter changes
 * answers: one statement in seven proposed, one in five from a tertiary source (the totals keep
 * them apart), and two busy speakers made organisations; the aggregates rebuilt after.
 */
export async function loadVariedCorpus(database: Database, dir: string, options: { statements: number; people: number; seed: number }): Promise<void> {
  generateCorpus(dir, options);
  await emptyCorpus(database);
  await loadCorpus(database, readValidCorpus(dir, dir));
  await database.writeTx(async (tx) => {
    await tx.run("MATCH (s:Statement) WHERE toInteger(split(s.id, '-')[-1]) % 7 = 3 REMOVE s:Published SET s:Proposed, s.status = 'proposed'");
    await tx.run("MATCH (s:Statement) WHERE toInteger(split(s.id, '-')[-1]) % 5 = 1 SET s:Tertiary");
    await tx.run("MATCH (a:Person)<-[:BY]-(s:Statement) WITH a, count(s) AS n ORDER BY n DESC LIMIT 4 WITH collect(a)[2..4] AS two UNWIND two AS a REMOVE a:Person SET a:Organization");
  });
  await rebuildAggregates(database);
}
