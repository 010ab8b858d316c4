import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Database } from "@/graph/db";
import { getCounts, loadCorpus, readValidCorpus } from "@/graph/seed";
import { isCorpusEmpty } from "@/graph/seed/first-load";
import { loadPerRow } from "@/scripts/lib/load-per-row";
import { ROOT } from "@/scripts/lib/paths";
import { generateCorpus } from "@/scripts/lib/synthetic-corpus";
import { emptyCorpus, restoreSeedCorpus } from "../support/corpora";
import { openTestDatabase } from "../support/database";

const database = openTestDatabase();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stance-first-load-"));
afterAll(async () => {
  // The other test files read the seed corpus: put it back, through the first-load path.
  await restoreSeedCorpus(database);
  await database.close();
  fs.rmSync(dir, { recursive: true, force: true });
});


/** Everything a load writes, as sorted text: every node's labels and properties, every relationship and its properties. */
async function fingerprint(db: Database): Promise<{ nodes: string[]; relationships: string[] }> {
  const nodes = await db.read(`
    MATCH (n) WHERE n:Document OR n:Passage OR n:Actor OR n:Statement
    WITH n, apoc.coll.sort(labels(n)) AS labels
    RETURN n.id + ' ' + apoc.convert.toJson(labels) + ' ' + apoc.convert.toJson(apoc.map.sortedProperties(n)) AS line`);
  const relationships = await db.read(`
    MATCH (a)-[r]->(b) WHERE (a:Document OR a:Passage OR a:Actor OR a:Statement) AND NOT b:DataVersion
    RETURN a.id + ' ' + type(r) + ' ' + b.id + ' ' + apoc.convert.toJson(apoc.map.sortedProperties(r)) AS line`);
  const lines = (rows: typeof nodes) => rows.map((r) => r.get("line") as string).sort();
  return { nodes: lines(nodes), relationships: lines(relationships) };
}

/** Who says what about whom, where: what the per-row baseline writes of each statement. */
async function statements(db: Database): Promise<string[]> {
  const rows = await db.read(`
    MATCH (s:Statement)-[:BY]->(a), (s)-[:ABOUT]->(b), (s)-[:IN]->(p:Passage)-[:PART_OF]->(d:Document)
    RETURN s.id AS id, a.id AS speaker, b.id AS target, p.id AS passage, d.id AS document, s.quote AS quote, s.stance AS stance, toString(s.date) AS date`);
  return rows.map((r) => JSON.stringify(r.toObject())).sort();
}

describe("the first load into an empty graph", () => {
  it("writes exactly what the upserting load writes, and what the per-row baseline writes of each statement", { timeout: 240_000 }, async () => {
    generateCorpus(dir, { statements: 1500, people: 150, seed: 11 });
    const corpus = readValidCorpus(dir, dir);

    await emptyCorpus(database);
    expect(await isCorpusEmpty(database)).toBe(true);
    const firstCounts = await loadCorpus(database, corpus);
    const first = await fingerprint(database);
    const firstStatements = await statements(database);
    expect(firstCounts.statements).toBe(1500);
    expect(firstCounts.mentions).toBeGreaterThan(1500);
    expect(await isCorpusEmpty(database)).toBe(false);

    await emptyCorpus(database);
    const upsertCounts = await loadCorpus(database, corpus, { firstLoad: false });
    expect(upsertCounts).toEqual(firstCounts);
    const upsert = await fingerprint(database);
    expect(first.nodes.length).toBe(upsert.nodes.length);
    expect(first.nodes).toEqual(upsert.nodes);
    expect(first.relationships).toEqual(upsert.relationships);

    await emptyCorpus(database);
    await loadPerRow(database, corpus);
    const perRow = await getCounts(database);
    // The baseline writes people, documents, passages and statements: neither mentions nor organizations.
    const written = ({ documents, passages, people, statements: n }: typeof perRow) => ({ documents, passages, people, statements: n });
    expect(written(perRow)).toEqual(written(firstCounts));
    expect(await statements(database)).toEqual(firstStatements);
  });

  it("loads the seed with the labels and statuses the upserting load gives it", { timeout: 120_000 }, async () => {
    const seed = readValidCorpus(path.join(ROOT, "seed"), ROOT);
    await emptyCorpus(database);
    await loadCorpus(database, seed);
    const first = await fingerprint(database);
    await emptyCorpus(database);
    await loadCorpus(database, seed, { firstLoad: false });
    expect(await fingerprint(database)).toEqual(first);
  });
});
