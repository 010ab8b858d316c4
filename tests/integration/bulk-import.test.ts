import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AGGREGATE_ROWS, RECOMPUTED_ROWS } from "@/graph/aggregates";
import { createDatabase, type Database } from "@/graph/db";
import { loadCorpus, readValidCorpus, type Corpus } from "@/graph/seed";
import { emptyGraph } from "@/graph/seed/first-load";
import { BulkLoadRefused, bulkFirstLoad } from "@/scripts/lib/bulk-load";
import { layoutFor, start, stop } from "@/scripts/lib/neo4j-launcher";
import { ROOT } from "@/scripts/lib/paths";
import { generateCorpus } from "@/scripts/lib/synthetic-corpus";
import { secondInstanceConfig } from "../support/env";

/**
 * The bulk first load (scripts/lib/bulk-load.ts) on an instance of its own, which it stops and
 * starts: it must write exactly what the transactional first load writes of the same corpus (every
 * node's labels and properties with their types, every relationship), with SAID_ABOUT rows equal
 * to the database's own recomputation, and refuse a database that holds anything.
 */

const config = secondInstanceConfig("test-bulk");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stance-bulk-test-"));
const quiet = () => undefined;

async function freshInstance(): Promise<void> {
  await stop(config);
  fs.rmSync(layoutFor(config).data, { recursive: true, force: true });
}

beforeAll(freshInstance, 120_000);
afterAll(async () => {
  await stop(config);
  fs.rmSync(layoutFor(config).home, { recursive: true, force: true });
  fs.rmSync(dir, { recursive: true, force: true });
}, 120_000);

/** Every node and relationship but the data version, as sorted lines with each property's type. */
async function dump(db: Database): Promise<{ nodes: string[]; relationships: string[] }> {
  const props = (x: string) => `apoc.convert.toJson([k IN apoc.coll.sort(keys(${x})) | k + ':' + valueType(${x}[k]) + '=' + apoc.convert.toJson(${x}[k])])`;
  const nodes = await db.read(`
    MATCH (n) WHERE NOT n:DataVersion AND NOT n:DataChange
    RETURN coalesce(n.id, n.username, n.key) + ' ' + apoc.convert.toJson(apoc.coll.sort(labels(n))) + ' ' + ${props("n")} AS line`);
  const relationships = await db.read(`
    MATCH (a)-[r]->(b) WHERE NOT a:DataVersion AND NOT a:DataChange
    RETURN coalesce(a.id, a.username) + ' ' + type(r) + ' ' + coalesce(b.id, b.username) + ' ' + ${props("r")} AS line`);
  const lines = (rows: typeof nodes) => rows.map((r) => r.get("line") as string).sort();
  return { nodes: lines(nodes), relationships: lines(relationships) };
}

async function aggregateRows(db: Database, cypher: string): Promise<string[]> {
  const rows = await db.read(cypher, { actors: null });
  return rows.map((r) => `${r.get("key") as string} ${String(r.get("count"))} ${String(r.get("intensitySum"))}`);
}

/** How many times the instance's server has started, by its own log (every start writes "Starting..."). */
function serverStarts(): number {
  const log = path.join(layoutFor(config).logs, "neo4j.log");
  return fs.existsSync(log) ? fs.readFileSync(log, "utf8").split("\n").filter((line) => / INFO {2}Starting\.\.\.$/.test(line)).length : 0;
}

/** Bulk-loads into a fresh instance, then loads the same corpus through the transactional first load; returns both dumps. */
async function compareLoads(corpus: Corpus) {
  await freshInstance();
  const startsBefore = serverStarts();
  const result = await bulkFirstLoad(config, corpus, quiet);
  // An instance without store files holds nothing: it is not started to be asked, only once the import is done.
  expect(result.emptiness).toBe("no store");
  expect(serverStarts()).toBe(startsBefore + 1);
  const db = createDatabase(config.neo4j);
  try {
    const bulk = await dump(db);
    const stored = await aggregateRows(db, AGGREGATE_ROWS);
    expect(stored.length).toBeGreaterThan(0);
    expect(stored).toEqual(await aggregateRows(db, RECOMPUTED_ROWS));
    const indexes = await db.read("SHOW INDEXES YIELD state WHERE state <> 'ONLINE' RETURN count(*) AS offline");
    expect(Number(indexes[0]!.get("offline"))).toBe(0);

    await db.writeTx((tx) => tx.run("MATCH (n:Account) DETACH DELETE n"));
    await emptyGraph(db);
    const counts = await loadCorpus(db, corpus);
    expect(counts).toEqual(result.counts);
    return { bulk, transactional: await dump(db), result };
  } finally {
    await db.close();
  }
}

describe("the bulk first load", () => {
  it("writes a synthetic corpus with statuses, tertiary sources, revisions and accounts exactly as the transactional first load does", { timeout: 300_000 }, async () => {
    generateCorpus(dir, { statements: 1500, people: 150, seed: 11 });
    const corpus = readValidCorpus(dir, dir);
    // What the generator does not make: other statuses, an actor without aliases, a backup's record.
    corpus.statements[0]!.value.status = "proposed";
    corpus.statements[1]!.value.status = "rejected";
    corpus.statements[2]!.value.status = "retracted";
    corpus.statements[3]!.value.topics = [];
    corpus.people[149]!.value.aliases = [];
    corpus.documents[0]!.meta.source_kind = "tertiary";
    const subject = corpus.statements[0]!.value.id;
    corpus.revisions.push({ file: "revisions.yaml", line: 1, value: { id: "rev-1", subject, subject_kind: "statement", version: 1, action: "create", by: "ana", at: "1999-01-01T00:00:00Z", after: "{}" } });
    corpus.accounts.push({ file: "accounts.yaml", line: 1, value: { username: "ana", role: "curator", password_hash: "$argon2id$x", created_at: "1999-01-01T00:00:00Z" } });

    const { bulk, transactional, result } = await compareLoads(corpus);
    expect(result.counts.statements).toBe(1500);
    expect(result.entities).toBeGreaterThan(3000);
    expect(bulk.nodes.length).toBe(transactional.nodes.length);
    expect(bulk.nodes).toEqual(transactional.nodes);
    expect(bulk.relationships).toEqual(transactional.relationships);
    expect(bulk.relationships.some((l) => / SAID_ABOUT .*"proposed:BOOLEAN NOT NULL=true"/.test(l))).toBe(true);
    expect(bulk.nodes.some((l) => /^ana .*createdAt:ZONED DATETIME/.test(l))).toBe(true);
    // The totals came with the files: each tier is in what the dumps compare.
    expect(bulk.relationships.some((l) => / PAIR_TOTAL .*"support:INTEGER NOT NULL=/.test(l))).toBe(true);
    expect(bulk.nodes.some((l) => /^\d{4}-\d{2}\|\d{4}-\d{2}\|\w+\|(true|false)\|(true|false)\|(true|false) \["MonthTotal"\]/.test(l))).toBe(true);
  });

  it("writes the seed corpus exactly as the transactional first load does", { timeout: 300_000 }, async () => {
    const { bulk, transactional } = await compareLoads(readValidCorpus(path.join(ROOT, "seed"), ROOT));
    expect(bulk.nodes).toEqual(transactional.nodes);
    expect(bulk.relationships).toEqual(transactional.relationships);
  });

  it("asks an instance started empty, then stops it and loads", { timeout: 300_000 }, async () => {
    await freshInstance();
    await start(config, quiet);
    const startsBefore = serverStarts();
    const result = await bulkFirstLoad(config, readValidCorpus(path.join(ROOT, "seed"), ROOT), quiet);
    expect(result.emptiness).toBe("asked");
    expect(result.counts.statements).toBe(275);
    expect(serverStarts()).toBe(startsBefore + 1);
  });

  it("refuses a database that holds anything, and a server it does not manage, and changes nothing", { timeout: 300_000 }, async () => {
    const seed = readValidCorpus(path.join(ROOT, "seed"), ROOT);
    // The previous test left the seed in the instance.
    const db = createDatabase(config.neo4j);
    try {
      const before = await dump(db);
      await expect(bulkFirstLoad(config, seed, quiet)).rejects.toThrow(BulkLoadRefused);
      await expect(bulkFirstLoad(config, seed, quiet)).rejects.toThrow(/is not empty \(\d+ nodes, of which 275 statements/);
      expect(await dump(db)).toEqual(before);
      // Stopped, its store files on disk: started and asked, never taken for empty by its files.
      await stop(config);
      const startsBefore = serverStarts();
      await expect(bulkFirstLoad(config, seed, quiet)).rejects.toThrow(/is not empty \(\d+ nodes, of which 275 statements/);
      expect(serverStarts()).toBe(startsBefore + 1);
      expect(await dump(db)).toEqual(before);
    } finally {
      await db.close();
    }
    const elsewhere = secondInstanceConfig("test-bulk", {
      NEO4J_URI: "bolt://127.0.0.1:1",
      NEO4J_PASSWORD: "someone-elses",
      SESSION_SECRET: "a-session-secret-of-at-least-32-characters",
    });
    await expect(bulkFirstLoad(elsewhere, seed, quiet)).rejects.toThrow(/NEO4J_URI is set/);
  });
});
