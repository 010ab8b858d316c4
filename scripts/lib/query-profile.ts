import neo4j from "neo4j-driver";
import type { ProfiledPlan } from "neo4j-driver";
import type { Config } from "../../graph/config";
import type { Database } from "../../graph/db";
import { getEgoNetwork, NEIGHBOURS_AGGREGATED } from "../../graph/queries/ego";
import { filterParams } from "../../graph/queries/filters";
import { getLimitedNetwork, NETWORK_CAST, NETWORK_EDGES_AGGREGATED, NETWORK_EDGES_AGGREGATED_FROM_SPEAKERS } from "../../graph/queries/network";
import { TIMELINE_AGGREGATED, TIMELINE_MONTHS } from "../../graph/queries/timeline";
import { NETWORK_EDGES_TOTALS, type ReadTier } from "../../graph/queries/totals";
import { EGO_DEPTH_1_TOTALS } from "../../graph/queries/ego-totals";
import type { Corpus } from "../../graph/seed";
import { CLIENT_HEADER } from "../../graph/schema/context";
import { createGraphQLHandler, serverOptions } from "../../graph/schema/yoga";
import { DEFAULT_NETWORK_LIMIT } from "../../graph/shared/network-limits";
import { quantile, round, time, type Figure } from "./figure";
import { explorerRequests } from "./load";
import { egoCentres } from "./ego-centres";

/** db hits and rows of a profiled plan, summed over its operators. */
function totals(plan: ProfiledPlan): { dbHits: number; rows: number } {
  return plan.children.reduce(
    (t, c) => {
      const sub = totals(c);
      return { dbHits: t.dbHits + sub.dbHits, rows: t.rows + sub.rows };
    },
    { dbHits: plan.dbHits, rows: plan.rows },
  );
}

export async function profile(database: Database, cypher: string, params: Record<string, unknown>): Promise<{ dbHits: number; rows: number }> {
  const session = database.driver.session({ database: database.databaseName, defaultAccessMode: neo4j.session.READ });
  try {
    return totals((await session.run(`PROFILE ${cypher}`, params)).summary.profile as ProfiledPlan);
  } finally {
    await session.close();
  }
}

const summary = (times: number[]) => ({ p50: round(quantile(times, 0.5)), p95: round(quantile(times, 0.95)) });

/** Runs `a` and `b` in turn, `repeats` times each over `subjects`, swapping which goes first every round. */
export async function interleave<S>(subjects: S[], repeats: number, a: (s: S) => Promise<unknown>, b: (s: S) => Promise<unknown>): Promise<[number[], number[]]> {
  const [ta, tb]: [number[], number[]] = [[], []];
  for (let i = 0; i < repeats; i++) {
    for (const s of subjects) {
      const order = i % 2 === 0 ? ([a, ta, b, tb] as const) : ([b, tb, a, ta] as const);
      order[1].push((await time(() => order[0](s)))[1]);
      order[3].push((await time(() => order[2](s)))[1]);
    }
  }
  return [ta, tb];
}

/**
 * Where the explorer's six operations and the ego network spend their time, computed: each
 * operation's Cypher round trips and time in-process (no cache, no HTTP); the ego network and the
 * whole network read from the aggregate rows and from the pair totals, interleaved, with their
 * PROFILE db hits; the cast and the timeline's db hits. `npm run bench -- --queries-only`.
 */
export async function measureQueries(database: Database, config: Config, corpus: Corpus, record: (f: Figure) => void, repeats = 15): Promise<void> {
  const handle = createGraphQLHandler(database, { ...serverOptions(config, "x".repeat(32)), responseCacheBytes: 0, readsPerMinute: 0 });
  const busiest = corpus.people[0]!.value.id;
  const second = corpus.people[1]!.value;
  const ask = async (body: unknown) => {
    const init = { method: "POST", headers: { "content-type": "application/json", [CLIENT_HEADER]: "198.51.100.1" }, body: JSON.stringify(body) };
    const answer = (await (await handle(new Request("http://127.0.0.1/api/graphql", init))).json()) as { errors?: { message: string }[]; extensions?: { cypherRoundTrips?: number } };
    if (answer.errors?.length) throw new Error(answer.errors[0]!.message);
    return answer.extensions?.cypherRoundTrips ?? 0;
  };
  for (const op of explorerRequests({ speaker: busiest, target: second.id, search: second.aliases[0] ?? second.name })) {
    const trips = await ask(op.body);
    const times: number[] = [];
    for (let i = 0; i < repeats; i++) times.push((await time(() => ask(op.body)))[1]);
    const s = summary(times);
    record({ name: `operation ${op.name}, in-process, computed`, value: s.p50, unit: "ms p50", note: `p95 ${s.p95} ms; ${trips} Cypher round trips` });
  }

  // Centres of every activity level whose depth-1 network fits in 500 elements, as the whole run takes them.
  const centres = await egoCentres(database, corpus.people, 1);
  const ego = (tier: ReadTier) => (c: { id: string }) => getEgoNetwork(database, c.id, 1, {}, tier);
  const [rowsTimes, totalsTimes] = await interleave(centres, repeats, ego("rows"), ego("totals"));
  const hits = async (hop: string, edges: string) => {
    let sum = 0;
    for (const c of centres) {
      sum += (await profile(database, hop, { ...filterParams({}), frontier: [c.id], seen: [c.id], limit: neo4j.int(500) })).dbHits;
      sum += (await profile(database, edges, filterParams({ speakers: c.members, targets: c.members }))).dbHits;
    }
    return Math.round(sum / Math.max(1, centres.length));
  };
  // From the totals, depth 1 is one statement (graph/queries/ego-totals.ts, decision 0029).
  const oneStatementHits = async () => {
    let sum = 0;
    for (const c of centres) sum += (await profile(database, EGO_DEPTH_1_TOTALS, { ...filterParams({}), id: c.id, limit: neo4j.int(499) })).dbHits;
    return Math.round(sum / Math.max(1, centres.length));
  };
  const note = `${centres.length} centres, mean ${Math.round(centres.reduce((n, c) => n + c.elements, 0) / Math.max(1, centres.length))} elements; interleaved`;
  for (const [tier, times, dbHits] of [
    ["rows", rowsTimes, await hits(NEIGHBOURS_AGGREGATED, NETWORK_EDGES_AGGREGATED_FROM_SPEAKERS)],
    ["totals", totalsTimes, await oneStatementHits()],
  ] as const) {
    const s = summary(times);
    record({ name: `ego network depth 1 from ${tier}, via driver`, value: s.p95, unit: "ms p95", goal: "≤ 20 ms", median: s.p50, note: `${note}; ${dbHits} db hits per network (${tier === "rows" ? "hop + edges" : "one statement"})` });
  }

  const network = (tier: ReadTier) => () => getLimitedNetwork(database, {}, { tier });
  const [netRows, netTotals] = await interleave([0], repeats, network("rows"), network("totals"));
  const unfiltered = filterParams({});
  for (const [tier, times, query] of [
    ["rows", netRows, NETWORK_EDGES_AGGREGATED],
    ["totals", netTotals, NETWORK_EDGES_TOTALS],
  ] as const) {
    const p = await profile(database, query, unfiltered);
    record({ name: `whole network from ${tier}, via driver`, value: summary(times).p50, unit: "ms p50", note: `edges query ${p.dbHits} db hits, ${p.rows} rows through its operators; interleaved` });
  }
  const cast = await profile(database, NETWORK_CAST, { includeOrganizations: false, limit: neo4j.int(DEFAULT_NETWORK_LIMIT) });
  record({ name: "network cast, db hits", value: cast.dbHits, unit: "db hits", note: `${cast.rows} rows through its operators` });
  for (const [tier, query] of [
    ["rows", TIMELINE_AGGREGATED],
    ["month totals", TIMELINE_MONTHS],
  ] as const) {
    const p = await profile(database, query, filterParams({}, true));
    record({ name: `timeline from ${tier}, db hits`, value: p.dbHits, unit: "db hits", note: `${p.rows} rows through its operators` });
  }
  const [sizes] = await database.read(
    "MATCH ()-[r:SAID_ABOUT]->() WITH count(r) AS rows, sum(r.count) AS statements MATCH ()-[t:PAIR_TOTAL]->() WITH rows, statements, count(t) AS totals MATCH (m:MonthTotal) RETURN rows, statements, totals, count(m) AS months",
  );
  record({ name: "aggregate rows", value: Number(sizes!.get("rows")), unit: "rows", note: `${sizes!.get("totals")} pair totals and ${sizes!.get("months")} month totals for ${sizes!.get("statements")} counted statements` });
}
