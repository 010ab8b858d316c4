/**
 * `tsx scripts/lib/request-cost.ts setup | serve DIR PORT | load ROUNDS SECONDS PORT:PID… | ratio
 * ROUNDS PORT:PID…` — what a served request costs the server, measured by CPU and taken in turn
 * (issue 18; docs/performance.md, "Requests, third round"). With BENCH_BOLT_PORT set:
 * - `setup` starts the bench's scratch Neo4j, loads the quick corpus once and writes the ego
 *   centres the bench takes (scripts/lib/ego-centres.ts) to bench/request-cost.centres.json;
 * - `serve DIR PORT [node flags]` compiles DIR's lean server (scripts/lib/lean-server.ts: the
 *   app's handler and front door, no Next.js, no compression) with esbuild, as production
 *   compiles scripts/serve.ts, and serves it under plain node (DIR: this checkout, or another one,
 *   e.g. `git archive` of the code before a change, with node_modules and .neo4j linked);
 * - `load` sends 10 clients' computed depth-1 ego networks to each server in turn, each round in
 *   the opposite order, and prints latencies and each server's and Neo4j's CPU per request;
 *   `PORT+PORT:PID+PID` is one server in two processes, the clients split between them;
 * - `ratio` takes the network of 1955 through the driver here and from each server, in turn.
 */
import fs from "node:fs";
import path from "node:path";
import { spawn } from "node:child_process";
import { buildSync } from "esbuild";
import { parseConfig } from "../../graph/config";
import { createDatabase } from "../../graph/db";
import { loadCorpus, readValidCorpus } from "../../graph/seed";
import { getLimitedNetwork } from "../../graph/queries/network";
import { egoCentres } from "./ego-centres";
import { NETWORK } from "./route-figures";
import { quantile, round, time } from "./figure";
import { start, status } from "./neo4j-launcher";
import { ROOT } from "./paths";
import { childEnv, treeCpuMs } from "./processes";
import { runMain } from "./run-main";
import { LOAD_GENERATOR_ENV, scratchEnv, scratchPorts } from "./scratch-env";
import { generateCorpus } from "./synthetic-corpus";

const CENTRES = path.join(ROOT, "bench", "request-cost.centres.json");
const env = () => scratchEnv(process.env, { ...scratchPorts(process.env, "BENCH", "bench", 7689, 3200), heap: "1g", extraEnv: { NEO4J_PAGECACHE: "512m", ...LOAD_GENERATOR_ENV } });

async function setup(): Promise<void> {
  const config = parseConfig(env());
  await start(config);
  const database = createDatabase(config.neo4j);
  try {
    const work = fs.mkdtempSync("/tmp/request-cost-");
    generateCorpus(path.join(work, "corpus"), { statements: 5_000, people: 500, seed: 1 });
    const corpus = readValidCorpus(path.join(work, "corpus"), work);
    const [row] = await database.read("MATCH (s:Statement) RETURN count(s) AS n");
    if (Number(row?.get("n")) === 0) await loadCorpus(database, corpus);
    const centres = await egoCentres(database, corpus.people, 1);
    fs.mkdirSync(path.dirname(CENTRES), { recursive: true });
    fs.writeFileSync(CENTRES, JSON.stringify(centres.map((c) => c.id)));
    console.log(`${centres.length} centres; Neo4j pid ${(await status(config)).pid}`);
  } finally {
    await database.close();
  }
}

function serveCompiled(root: string, port: number, extraArgs: string[]): void {
  // Two folders under the root, as the production bundle is, so that scripts/lib/paths.ts finds
  // it; in .next, with the build, out of lint's way.
  const outfile = path.join(root, ".next", "request-cost", `lean-${port}.mjs`);
  const entry = path.join(root, "scripts", "lib", "lean-server.ts");
  buildSync({ entryPoints: [entry], outfile, bundle: true, packages: "external", platform: "node", format: "esm", target: "node20", tsconfig: path.join(root, "tsconfig.json"), logLevel: "warning" });
  const child = spawn("node", [...extraArgs, outfile], { cwd: root, stdio: "inherit", env: childEnv({ ...env(), PORT: String(port), NODE_ENV: "production" }) });
  child.on("exit", (code) => process.exit(code ?? 0));
}

const EGO = (id: string) => `{ egoNetwork(id: "${id}", depth: 1) { nodes { id name } edges { id source target count netStance } } }`;

/** Ten clients; with several bases (one server in several processes), client i asks base i mod n. */
async function tenClients(bases: string[], ids: string[], seconds: number): Promise<number[]> {
  const latencies: number[] = [];
  const end = performance.now() + seconds * 1000;
  let counter = 0;
  const headers = { "content-type": "application/json", "cache-control": "no-cache" };
  const ask = (id: string, client: number) => fetch(`${bases[client % bases.length]!}/api/graphql`, { method: "POST", headers, body: JSON.stringify({ query: EGO(id) }) }).then((r) => r.text());
  await Promise.all(Array.from({ length: 10 }, async (_, client) => {
    while (performance.now() < end) latencies.push((await time(() => ask(ids[counter++ % ids.length]!, client)))[1]);
  }));
  return latencies;
}

async function load(pids: string[], rounds: number, seconds: number): Promise<void> {
  const ids = JSON.parse(fs.readFileSync(CENTRES, "utf8")) as string[];
  const neo4jPid = (await status(parseConfig(env()))).pid!;
  // PORT:PID, or PORT+PORT:PID+PID for one server in two processes.
  const servers = pids.map((p) => {
    const [ports, procs] = p.split(":");
    return { port: ports!, bases: ports!.split("+").map((port) => `http://127.0.0.1:${port}`), pids: procs!.split("+").map(Number), times: [] as number[], cpu: 0, db: 0, perRound: [] as number[] };
  });
  const cpuOf = (s: { pids: number[] }) => s.pids.reduce((sum, pid) => sum + treeCpuMs(pid), 0);
  for (const s of servers) await tenClients(s.bases, ids, 2);
  for (let r = 0; r < rounds; r++) {
    for (const s of r % 2 === 0 ? servers : [...servers].reverse()) {
      const [cpu, db] = [cpuOf(s), treeCpuMs(neo4jPid)];
      const t = await tenClients(s.bases, ids, seconds);
      const used = cpuOf(s) - cpu;
      s.times.push(...t);
      s.cpu += used;
      s.db += treeCpuMs(neo4jPid) - db;
      s.perRound.push(round(used / t.length, 2));
    }
  }
  for (const s of servers) console.log(`port ${s.port}: ${s.times.length} requests, p50 ${round(quantile(s.times, 0.5))} p95 ${round(quantile(s.times, 0.95))} ms; server CPU ${round(s.cpu / s.times.length, 2)} ms/request (rounds ${s.perRound.join(", ")}), Neo4j ${round(s.db / s.times.length, 2)}`);
}

const NETWORK_1955 = JSON.stringify({ query: NETWORK, variables: { f: { from: "1955-01-01", to: "1955-12-31" } } });

/** The network of 1955 through the driver here and from each server, computed, in turn: p50 and each server's CPU per answer. */
async function ratio(pids: string[], rounds: number): Promise<void> {
  const config = parseConfig(env());
  const database = createDatabase(config.neo4j);
  const servers = pids.map((p) => { const [port, pid] = p.split(":"); return { name: `port ${port}`, base: `http://127.0.0.1:${port!}`, pid: Number(pid), times: [] as number[], cpu: 0 }; });
  const driver = { name: "driver", times: [] as number[] };
  const headers = { "content-type": "application/json", "cache-control": "no-cache", "accept-encoding": "identity" };
  try {
    for (let r = 0; r < rounds + 3; r++) {
      const order = r % 2 === 0 ? [-1, ...servers.keys()] : [...servers.keys()].reverse().concat(-1);
      for (const i of order) {
        if (i < 0) {
          const [, ms] = await time(() => getLimitedNetwork(database, { from: "1955-01-01", to: "1955-12-31" }));
          if (r >= 3) driver.times.push(ms);
          continue;
        }
        const s = servers[i]!;
        const cpu = treeCpuMs(s.pid);
        const [, ms] = await time(() => fetch(`${s.base}/api/graphql`, { method: "POST", headers, body: NETWORK_1955 }).then((res) => res.text()));
        if (r >= 3) { s.times.push(ms); s.cpu += treeCpuMs(s.pid) - cpu; }
      }
    }
  } finally {
    await database.close();
  }
  const p50 = (t: number[]) => quantile(t, 0.5);
  console.log(`driver p50 ${round(p50(driver.times))} ms`);
  for (const s of servers) console.log(`${s.name}: p50 ${round(p50(s.times))} ms = ${round(p50(s.times) / p50(driver.times), 2)}× the driver; server CPU ${round(s.cpu / s.times.length, 2)} ms per answer`);
}

runMain(async () => {
  const [mode, ...args] = process.argv.slice(2);
  if (mode === "setup") return setup();
  if (mode === "serve") return serveCompiled(path.resolve(args[0]!), Number(args[1]), args.slice(2));
  if (mode === "load") return load(args.slice(2), Number(args[0]), Number(args[1]));
  if (mode === "ratio") return ratio(args.slice(1), Number(args[0]));
  throw new Error("usage: setup | serve DIR PORT [node flags] | load ROUNDS SECONDS PORT:PID...");
});
