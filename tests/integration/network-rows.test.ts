import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { ManagedTransaction } from "neo4j-driver";
import { runIn } from "@/graph/db";
import { toIsoDate, toNumber } from "@/graph/map";
import { filterParams, type StatementFilter } from "@/graph/queries/filters";
import { getNetwork, networkOfLinks, NETWORK_EDGES, NETWORK_EDGES_AGGREGATED, NETWORK_EDGES_FROM_SPEAKERS, type EdgeRow } from "@/graph/queries/network";
import { EDGE_COLUMNS } from "@/graph/queries/shapes";
import { NETWORK_EDGES_TOTALS, NETWORK_EDGES_TOTALS_AMONG, NETWORK_EDGES_TOTALS_FROM_SPEAKERS, type ReadTier } from "@/graph/queries/totals";
import { loadVariedCorpus, restoreSeedCorpus } from "../support/corpora";
import { openTestDatabase } from "../support/database";

/**
 * A network query returns each link as one compact list (graph/queries/shapes.ts EDGE_COLUMNS):
 * floats for the counts, ISO strings for the dates. The networks made from it are held, byte for
 * byte as JSON, to the ones made from the record of maps, integers and dates the same queries
 * returned before, decoded as they were (the same builder, networkOfLinks, makes both from the
 * decoded links), on the seed corpus and a generated one under every stored form. The compact
 * rows come unordered, each actor's fields once (docs/decisions/0031); the map columns as before,
 * sorted by Neo4j.
 */

const database = openTestDatabase();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stance-network-rows-"));
afterAll(async () => {
  // The other test files read the seed corpus: put it back.
  await restoreSeedCorpus(database);
  await database.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The columns as they were: two maps, Neo4j integers and dates. */
const MAP_COLUMNS = `
RETURN
  a { .id, .name, .country, person: a:Person } AS source,
  b { .id, .name, .country, person: b:Person } AS target,
  count, support, oppose, mixed, neutral, toFloat(intensitySum) / count AS meanIntensity, firstDate, lastDate
ORDER BY source.id, target.id`;

interface EndPoint { id: string; name: string; country: string | null; person: boolean }

/** The network made from the map columns, decoded as they were: Neo4j integers and dates converted one by one. */
async function referenceNetwork(tx: ManagedTransaction, query: string, filter: StatementFilter): Promise<unknown> {
  expect(query).toContain(EDGE_COLUMNS);
  const records = await runIn(tx, query.replace(EDGE_COLUMNS, MAP_COLUMNS), filterParams(filter));
  return networkOfLinks(
    records.map((r) => {
      const [a, b] = [r.get("source") as EndPoint, r.get("target") as EndPoint];
      const figures = ["count", "support", "oppose", "mixed", "neutral", "meanIntensity"].map((k) => toNumber(r.get(k)));
      return [a.id, a.name, a.country, a.person, b.id, b.name, b.country, b.person, ...figures, toIsoDate(r.get("firstDate")), toIsoDate(r.get("lastDate"))] as EdgeRow;
    }),
  );
}

const everyone: StatementFilter = { includeOrganizations: true, includeTertiary: true, includeProposed: true };

/** Every stored form's network made from the compact rows against the one made from the map columns; returns the links compared. */
async function compareForms(): Promise<number> {
  const ids = (await database.read("MATCH (a:Actor)<-[:BY|ABOUT]-(:Statement) RETURN DISTINCT a.id AS id ORDER BY id")).map((r) => r.get("id") as string);
  expect(ids.length).toBeGreaterThan(10);
  const some = ids.slice(0, Math.ceil(ids.length / 2));
  const cases: [ReadTier, string, StatementFilter][] = [
    ["totals", NETWORK_EDGES_TOTALS, {}],
    ["totals", NETWORK_EDGES_TOTALS, everyone],
    ["totals", NETWORK_EDGES_TOTALS_FROM_SPEAKERS, { speakers: some }],
    ["totals", NETWORK_EDGES_TOTALS_AMONG, { ...everyone, speakers: some, targets: some }],
    ["rows", NETWORK_EDGES_AGGREGATED, { from: "1955-01-01", to: "1956-12-31" }],
    ["rows", NETWORK_EDGES_AGGREGATED, { ...everyone, stances: ["oppose", "mixed"] }],
    ["statements", NETWORK_EDGES, { ...everyone, from: "1956-06-01" }],
    ["statements", NETWORK_EDGES_FROM_SPEAKERS, { speakers: some, from: "1954-01-01", to: "1957-12-31" }],
  ];
  let links = 0;
  for (const [tier, query, filter] of cases) {
    const [made, reference] = await database.readTx(async (tx) => [await getNetwork(filter, tx, tier), await referenceNetwork(tx, query, filter)] as const);
    expect(JSON.stringify(made), JSON.stringify({ tier, filter })).toBe(JSON.stringify(reference));
    links += made.edges.length;
  }
  return links;
}

describe("a network's links as compact rows", () => {
  it("make the same networks, byte for byte, as the records of maps did, from every stored form", async () => {
    expect(await compareForms()).toBeGreaterThan(100);
  });

  it("make the same networks on a generated corpus with proposed and tertiary statements and organisations", async () => {
    await loadVariedCorpus(database, dir, { statements: 800, people: 80, seed: 18 });
    expect(await compareForms()).toBeGreaterThan(1000);
  }, 120_000);
});
