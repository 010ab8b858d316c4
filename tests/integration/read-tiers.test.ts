import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rebuildAggregates } from "@/graph/aggregates";
import { getEgoNetwork, getEgoNetworkStepwise } from "@/graph/queries/ego";
import type { StatementFilter } from "@/graph/queries/filters";
import { getLimitedNetwork } from "@/graph/queries/network";
import { getTimelineParts } from "@/graph/queries/timeline";
import { tierFor } from "@/graph/queries/totals";
import { filterParams } from "@/graph/queries/filters";
import { loadVariedCorpus, restoreSeedCorpus } from "../support/corpora";
import { openTestDatabase } from "../support/database";

/**
 * The network, the ego network and the timeline give the same answer from every stored form that
 * can answer their filter: the pair totals, the aggregate rows, the statements themselves
 * (graph/queries/totals.ts, docs/decisions/0026). Compared under many filters on a generated
 * corpus in which some statements are proposed and some from tertiary sources.
 */

const database = openTestDatabase();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stance-read-tiers-"));
let people: string[] = [];
let documents: string[] = [];
/** Two days inside the corpus's span. */
let days: [string, string] = ["", ""];

beforeAll(async () => {
  await loadVariedCorpus(database, dir, { statements: 1200, people: 120, seed: 26 });
  const busiest = await database.read("MATCH (a:Actor)<-[:BY|ABOUT]-(s:Statement) RETURN a.id AS id, count(s) AS n ORDER BY n DESC, id LIMIT 40");
  people = busiest.map((r) => r.get("id") as string);
  const [span] = await database.read("MATCH (s:Statement) WITH s.date AS d ORDER BY d WITH collect(d) AS ds RETURN toString(ds[size(ds) * 3 / 10]) AS early, toString(ds[size(ds) * 6 / 10]) AS late");
  days = [span!.get("early") as string, span!.get("late") as string];
  documents = (await database.read("MATCH (d:Document) RETURN d.id AS id ORDER BY id LIMIT 6")).map((r) => r.get("id") as string);
}, 240_000);

afterAll(async () => {
  // The other test files read the seed corpus: put it back.
  await restoreSeedCorpus(database);
  await database.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const switches: StatementFilter[] = [{}, { includeOrganizations: true }, { includeTertiary: true }, { includeProposed: true }, { includeOrganizations: true, includeTertiary: true, includeProposed: true }];

function filters(): StatementFilter[] {
  const narrowing: StatementFilter[] = [
    {},
    { speakers: people.slice(0, 5) },
    { targets: people.slice(3, 12) },
    { speakers: people.slice(0, 20), targets: people.slice(10, 30) },
    { from: days[0], to: days[1] },
    { from: days[1] },
    { to: days[0], stances: ["oppose"] },
    { stances: ["oppose"] },
    { stances: ["support", "mixed"], modes: ["direct"] },
    { documents: documents.slice(0, 3) },
    { topics: ["x-no-such-topic"] },
  ];
  return narrowing.flatMap((n) => switches.map((s) => ({ ...n, ...s })));
}

describe("every stored form answers alike", () => {
  it("the corpus has proposed and tertiary statements, organisations and the filters pick every tier", async () => {
    const [row] = await database.read("MATCH (s:Statement) RETURN count(CASE WHEN s:Proposed THEN 1 END) AS proposed, count(CASE WHEN s:Tertiary THEN 1 END) AS tertiary");
    expect(Number(row!.get("proposed"))).toBeGreaterThan(100);
    expect(Number(row!.get("tertiary"))).toBeGreaterThan(100);
    const tiers = new Set(filters().map((f) => tierFor(filterParams(f))));
    expect([...tiers].sort()).toEqual(["rows", "statements", "totals"]);
  });

  it("the network, whole and drawn from the most active actors", { timeout: 240_000 }, async () => {
    let edges = 0;
    for (const filter of filters()) {
      for (const limit of [null, 30]) {
        const fast = await getLimitedNetwork(database, filter, { limit });
        expect(await getLimitedNetwork(database, filter, { limit, tier: "rows" }), JSON.stringify({ filter, limit })).toEqual(fast);
        expect(await getLimitedNetwork(database, filter, { limit, tier: "statements" }), JSON.stringify({ filter, limit })).toEqual(fast);
        edges += fast.edges.length;
      }
    }
    expect(edges).toBeGreaterThan(1000);
  });

  it("the ego network at depths 1 and 2", { timeout: 240_000 }, async () => {
    let edges = 0;
    for (const centre of [people[0]!, people[7]!, people[30]!]) {
      for (const filter of filters().filter((f) => !f.speakers && !f.targets)) {
        for (const depth of [1, 2]) {
          const fast = await getEgoNetwork(database, centre, depth, filter);
          expect(await getEgoNetwork(database, centre, depth, filter, "statements"), JSON.stringify({ centre, depth, filter })).toEqual(fast);
          edges += fast.edges.length;
        }
      }
    }
    expect(edges).toBeGreaterThan(1000);
  });

  it("the ego network at depth 1 in one statement, hop by hop from the totals and from the statements, speakers and targets included", { timeout: 240_000 }, async () => {
    let edges = 0;
    const speakersOrTargets = filters().filter((f) => f.speakers || f.targets);
    expect(speakersOrTargets.length).toBeGreaterThan(0);
    for (const centre of [people[0]!, people[3]!, people[12]!, people[39]!]) {
      for (const filter of [...filters().filter((f) => tierFor(filterParams(f)) === "totals"), { speakers: [centre] }, { targets: [centre] }]) {
        const fast = await getEgoNetwork(database, centre, 1, filter);
        const about = JSON.stringify({ centre, filter });
        expect(await getEgoNetworkStepwise(database, centre, 1, filter), about).toEqual(fast);
        expect(await getEgoNetworkStepwise(database, centre, 1, filter, "statements"), about).toEqual(fast);
        edges += fast.edges.length;
      }
    }
    expect(edges).toBeGreaterThan(500);
  });

  it("an ego network of depth 1 around an actor without statements and around no actor", async () => {
    await database.writeTx((tx) => tx.run("CREATE (:Actor:Person {id: 'x-alone', name: 'Alone', aliases: []})"));
    const alone = await getEgoNetwork(database, "x-alone", 1);
    expect(alone).toEqual(await getEgoNetworkStepwise(database, "x-alone", 1, {}, "statements"));
    expect(alone).toMatchObject({ nodes: [], edges: [], actorCount: 1, truncated: false, limit: 500 });
    await expect(getEgoNetwork(database, "x-no-such-actor", 1)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getEgoNetworkStepwise(database, "x-no-such-actor", 1)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("an ego network of depth 1 past MAX_EGO_NODES keeps 499 neighbours and says it is truncated, read in one statement as hop by hop", { timeout: 120_000 }, async () => {
    await database.writeTx((tx) =>
      tx.run(`CREATE (d:Document {id: 'x-hub-doc', title: 'Hub', date: date('1956-01-01')})<-[:PART_OF]-(p:Passage {id: 'x-hub-doc-p1', index: 0, text: 'x'})
        CREATE (hub:Actor:Person {id: 'x-hub', name: 'Hub', aliases: []})
        WITH p, hub UNWIND range(1, 520) AS i
        CREATE (n:Actor:Person {id: 'x-n-' + toString(1000 + i), name: 'N' + toString(i), aliases: []})
        CREATE (s:Statement:Published {id: 'x-hub-s-' + toString(i), stance: 'support', mode: 'direct', intensity: 1, date: date('1956-01-01'), dateLast: date('1956-01-01'), quote: 'x', topics: []})
        CREATE (s)-[:BY]->(n), (s)-[:ABOUT]->(hub), (s)-[:IN]->(p)`),
    );
    await rebuildAggregates(database);
    const one = await getEgoNetwork(database, "x-hub", 1);
    expect(one).toMatchObject({ actorCount: 500, limit: 500, truncated: true });
    expect(one.nodes).toHaveLength(500);
    expect(one.edges).toHaveLength(499);
    expect(await getEgoNetworkStepwise(database, "x-hub", 1)).toEqual(one);
    const fromStatements = await getEgoNetworkStepwise(database, "x-hub", 1, {}, "statements");
    expect(fromStatements).toMatchObject({ actorCount: 500, truncated: true });
    expect(fromStatements.nodes).toHaveLength(500);
  });

  it("the timeline", async () => {
    for (const filter of filters()) {
      const fast = await getTimelineParts(database, filter);
      expect(await getTimelineParts(database, filter, "rows"), JSON.stringify(filter)).toEqual(fast);
      expect(await getTimelineParts(database, filter, "statements"), JSON.stringify(filter)).toEqual(fast);
    }
  });
});
