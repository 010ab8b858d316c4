import path from "node:path";
import neo4j from "neo4j-driver";
import type { ChildProcess } from "node:child_process";
import type { Config, Environment } from "../../graph/config";
import type { Database } from "../../graph/db";
import { getEgoNetwork, getEgoNetworkStepwise } from "../../graph/queries/ego";
import { EGO_DEPTH_1_TOTALS } from "../../graph/queries/ego-totals";
import { filterParams } from "../../graph/queries/filters";
import { NEIGHBOURS_TOTALS, NETWORK_EDGES_TOTALS_AMONG } from "../../graph/queries/totals";
import { loadCorpus, readValidCorpus } from "../../graph/seed";
import { quantile, round, time, type Figure } from "./figure";
import { leanServer } from "./lean-server";
import { status } from "./neo4j-launcher";
import { waitForHttp } from "./next-server";
import { ROOT } from "./paths";
import { portInUse, treeCpuMs } from "./processes";
import { profile } from "./query-profile";
import { stopped } from "./route-figures";
import { egoCentres } from "./ego-centres";
import { generateCorpus } from "./synthetic-corpus";

/**
 * `npm run bench -- --quick --ego-only [--ego-baseline DIR]` (bench/report.ego.json): issue 18's
 * two ego-network goals on the quick corpus, over the centres the whole run picks, with the one
 * statement of depth 1 (graph/queries/ego-totals.ts) against the hop-by-hop read it replaced,
 * taken in turn: wall time, the CPU each read costs this process (the driver's decoding and the
 * mapping) and Neo4j, and PROFILE db hits. Through GraphQL, 10 clients against the lean server
 * (scripts/lib/lean-server.ts: the app's handler and front door, without Next.js or compression);
 * with --ego-baseline, a checkout of the code before the change is served beside it (the app's
 * port + 5) and the two take turns, with each server's and Neo4j's CPU per request.
 */

export interface EgoInputs {
  config: Config;
  env: Environment;
  database: Database;
  work: string;
  statements: number;
  repeats: number;
  seconds: number;
  baselineRoot: string | null;
}

interface Tally {
  times: number[];
  nodeCpuMs: number;
  neo4jCpuMs: number;
}

const perCall = (t: Tally) => `${round(t.nodeCpuMs / t.times.length, 2)} ms CPU here and ${round(t.neo4jCpuMs / t.times.length, 2)} ms in Neo4j per read`;

/** Each read of `variants` over every centre, `rounds` times, the order swapped every round. */
async function alternate(centres: string[], rounds: number, variants: ((id: string) => Promise<unknown>)[], neo4jPid: number): Promise<Tally[]> {
  const tallies = variants.map(() => ({ times: [] as number[], nodeCpuMs: 0, neo4jCpuMs: 0 }));
  for (let r = 0; r < rounds; r++) {
    for (const id of centres) {
      const order = r % 2 === 0 ? variants.map((_, i) => i) : variants.map((_, i) => variants.length - 1 - i);
      for (const i of order) {
        const [cpu, dbCpu] = [process.cpuUsage(), treeCpuMs(neo4jPid)];
        const [, ms] = await time(() => variants[i]!(id));
        const used = process.cpuUsage(cpu);
        tallies[i]!.times.push(ms);
        tallies[i]!.nodeCpuMs += (used.user + used.system) / 1000;
        tallies[i]!.neo4jCpuMs += treeCpuMs(neo4jPid) - dbCpu;
      }
    }
  }
  return tallies;
}

const EGO_QUERY = (id: string) => `{ egoNetwork(id: "${id}", depth: 1) { nodes { id name } edges { id source target count netStance } } }`;

/** `n` clients, each sending its next request when the last is answered, for `seconds`; latencies in ms. */
async function clients(base: string, centres: string[], seconds: number, fresh: boolean): Promise<number[]> {
  const latencies: number[] = [];
  const end = performance.now() + seconds * 1000;
  let counter = 0;
  const headers = { "content-type": "application/json", ...(fresh ? { "cache-control": "no-cache" } : {}) };
  const ask = (id: string) => fetch(`${base}/api/graphql`, { method: "POST", headers, body: JSON.stringify({ query: EGO_QUERY(id) }) }).then((r) => r.text());
  await Promise.all(
    Array.from({ length: 10 }, async () => {
      while (performance.now() < end) latencies.push((await time(() => ask(centres[counter++ % centres.length]!)))[1]);
    }),
  );
  return latencies;
}

export async function measureEgo(inputs: EgoInputs, record: (f: Figure) => void): Promise<void> {
  const { database, repeats } = inputs;
  const dir = path.join(inputs.work, "corpus");
  generateCorpus(dir, { statements: inputs.statements, people: Math.max(100, inputs.statements / 10), seed: 1 });
  const corpus = readValidCorpus(dir, inputs.work);
  await loadCorpus(database, corpus);
  const neo4jPid = (await status(inputs.config)).pid;
  if (neo4jPid === undefined) throw new Error("The bench's Neo4j is not running.");

  // The centres the whole run takes: every level of activity, depth-1 networks of ≤ 500 elements.
  const centres = await egoCentres(database, corpus.people, 1);
  const ids = centres.map((c) => c.id);
  const about = `${centres.length} centres of every activity level, mean ${Math.round(centres.reduce((n, c) => n + c.elements, 0) / centres.length)} elements`;

  const hits = { before: 0, after: 0 };
  for (const c of centres) {
    hits.before += (await profile(database, NEIGHBOURS_TOTALS, { ...filterParams({}), frontier: [c.id], seen: [c.id], limit: neo4j.int(499) })).dbHits;
    hits.before += (await profile(database, NETWORK_EDGES_TOTALS_AMONG, filterParams({ speakers: c.members, targets: c.members }))).dbHits;
    hits.after += (await profile(database, EGO_DEPTH_1_TOTALS, { ...filterParams({}), id: c.id, limit: neo4j.int(499) })).dbHits;
  }
  const reads = [(id: string) => getEgoNetwork(database, id, 1), (id: string) => getEgoNetworkStepwise(database, id, 1)];
  // Untimed rounds first: the plans compiled and the JIT warm, the database past the load's aftermath.
  await alternate(ids, 4, reads, neo4jPid);
  const [after, before] = await alternate(ids, repeats * 2, reads, neo4jPid);
  for (const [name, t, dbHits, trips] of [
    ["ego network depth 1, via driver", after!, hits.after, "one auto-commit read"],
    ["ego network depth 1, via driver, hop by hop (before)", before!, hits.before, "a read transaction of two queries"],
  ] as const) {
    record({
      name,
      value: round(quantile(t.times, 0.95)),
      unit: "ms p95",
      goal: "≤ 20 ms",
      median: round(quantile(t.times, 0.5)),
      note: `${about}; ${trips}; ${Math.round(dbHits / centres.length)} db hits per network; ${perCall(t)}; taken in turn`,
    });
  }

  const servers: { name: string; child: ChildProcess; base: string; cpu: number; neo4j: number; times: Record<string, number[]> }[] = [];
  const start = async (name: string, port: number, root: string) => {
    if (await portInUse(port)) throw new Error(`Port ${port} is taken: the ${name} server needs it.`);
    const child = leanServer(port, inputs.env, path.join(ROOT, "bench", `ego-${name}.log`), root);
    servers.push({ name, child, base: `http://127.0.0.1:${port}`, cpu: 0, neo4j: 0, times: { computed: [], cached: [] } });
  };
  try {
    await start("after", inputs.config.port, ROOT);
    if (inputs.baselineRoot) await start("before", inputs.config.port + 5, inputs.baselineRoot);
    await Promise.all(servers.map((s) => waitForHttp(`${s.base}/api/graphql`)));
    for (const fresh of [true, false]) {
      const kind = fresh ? "computed" : "cached";
      for (const s of servers) await clients(s.base, ids, 2, fresh);
      const usage = servers.map(() => ({ cpu: 0, neo4j: 0 }));
      for (let r = 0; r < 3; r++) {
        for (const i of r % 2 === 0 ? servers.map((_, k) => k) : servers.map((_, k) => servers.length - 1 - k)) {
          const s = servers[i]!;
          const [cpu, db] = [treeCpuMs(s.child.pid!), treeCpuMs(neo4jPid)];
          s.times[kind]!.push(...(await clients(s.base, ids, inputs.seconds, fresh)));
          usage[i]!.cpu += treeCpuMs(s.child.pid!) - cpu;
          usage[i]!.neo4j += treeCpuMs(neo4jPid) - db;
        }
      }
      servers.forEach((s, i) => {
        const t = s.times[kind]!;
        record({
          name: `ego network through GraphQL, 10 clients, ${kind}${s.name === "before" ? " (before)" : ""}`,
          value: round(quantile(t, 0.95)),
          unit: "ms p95",
          goal: "≤ 50 ms",
          median: round(quantile(t, 0.5)),
          note: `lean server (the app's handler, no compression); ${t.length} requests over ${about}; per request ${round(usage[i]!.cpu / t.length, 2)} ms CPU in the server and ${round(usage[i]!.neo4j / t.length, 2)} ms in Neo4j${servers.length > 1 ? "; the servers in turn" : ""}`,
        });
      });
    }
  } finally {
    await Promise.all(servers.map((s) => stopped(s.child)));
  }
}
