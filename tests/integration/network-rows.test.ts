import { afterAll, describe, expect, it } from "vitest";
import type { ManagedTransaction } from "neo4j-driver";
import { runIn } from "@/graph/db";
import { toIsoDate, toNumber } from "@/graph/map";
import { filterParams, type StatementFilter } from "@/graph/queries/filters";
import { getNetwork, NETWORK_EDGES, NETWORK_EDGES_AGGREGATED, NETWORK_EDGES_FROM_SPEAKERS } from "@/graph/queries/network";
import { EDGE_COLUMNS } from "@/graph/queries/shapes";
import { NETWORK_EDGES_TOTALS, NETWORK_EDGES_TOTALS_AMONG, NETWORK_EDGES_TOTALS_FROM_SPEAKERS, type ReadTier } from "@/graph/queries/totals";
import { netStance } from "@/graph/shared/stance";
import { openTestDatabase } from "../support/database";

/**
 * A network query returns each link as one compact list (graph/queries/shapes.ts EDGE_COLUMNS):
 * floats for the counts, ISO strings for the dates. The networks made from it are held, byte for
 * byte as JSON, to the ones made from the record of maps, integers and dates the same queries
 * returned before, decoded as they were, on the seed corpus under every stored form.
 */

const database = openTestDatabase();
afterAll(() => database.close());

/** The columns as they were: two maps, Neo4j integers and dates. */
const MAP_COLUMNS = `
RETURN
  a { .id, .name, .country, person: a:Person } AS source,
  b { .id, .name, .country, person: b:Person } AS target,
  count, support, oppose, mixed, neutral, toFloat(intensitySum) / count AS meanIntensity, firstDate, lastDate
ORDER BY source.id, target.id`;

interface EndPoint { id: string; name: string; country: string | null; person: boolean }

/** The network as getNetwork made it from the map columns. */
async function referenceNetwork(tx: ManagedTransaction, query: string, filter: StatementFilter): Promise<unknown> {
  expect(query).toContain(EDGE_COLUMNS);
  const records = await runIn(tx, query.replace(EDGE_COLUMNS, MAP_COLUMNS), filterParams(filter));
  const nodes = new Map<string, { id: string; name: string; kind: string; country: string | null; statementsMade: number; statementsReceived: number; degree: number; balance: number | null; neighbours: Set<string>; received: number }>();
  const node = (p: EndPoint) => {
    let n = nodes.get(p.id);
    if (!n) {
      n = { id: p.id, name: p.name, kind: p.person ? "person" : "organization", country: p.country ?? null, statementsMade: 0, statementsReceived: 0, degree: 0, balance: null, neighbours: new Set(), received: 0 };
      nodes.set(p.id, n);
    }
    return n;
  };
  const edges = records.map((r) => {
    const source = node(r.get("source") as EndPoint);
    const target = node(r.get("target") as EndPoint);
    const counts = { support: toNumber(r.get("support")), oppose: toNumber(r.get("oppose")), mixed: toNumber(r.get("mixed")), neutral: toNumber(r.get("neutral")) };
    const count = toNumber(r.get("count"));
    const meanIntensity = toNumber(r.get("meanIntensity"));
    source.statementsMade += count;
    target.statementsReceived += count;
    target.received += meanIntensity * count;
    source.neighbours.add(target.id);
    target.neighbours.add(source.id);
    return {
      id: `${source.id}->${target.id}`, source: source.id, target: target.id, count, counts,
      meanIntensity: Math.round(meanIntensity * 100) / 100, netStance: netStance(counts, meanIntensity),
      firstDate: toIsoDate(r.get("firstDate")), lastDate: toIsoDate(r.get("lastDate")),
    };
  });
  return {
    edges,
    nodes: [...nodes.values()].map(({ neighbours, received, ...n }) => ({ ...n, degree: neighbours.size, balance: n.statementsReceived > 0 ? Math.round((received / n.statementsReceived) * 100) / 100 : null })),
  };
}

const everyone: StatementFilter = { includeOrganizations: true, includeTertiary: true, includeProposed: true };

describe("a network's links as compact rows", () => {
  it("make the same networks, byte for byte, as the records of maps did, from every stored form", async () => {
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
    expect(links).toBeGreaterThan(100);
  });
});
