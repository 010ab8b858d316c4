/**
 * npm run bench [-- --quick] [-- --statements N] [-- --browser-only | --layout-only [--sweep] | --import-only | --route-only | --load-only | --queries-only | --ego-only [--ego-baseline DIR] | --throughput-only | --op-cost-only]
 * Loads a synthetic corpus into a scratch project-managed Neo4j ("bench", Bolt 7689, app 3200)
 * and measures, side by side in one run: batched vs per-row loading, re-seeding, ego-network and
 * network queries in the database and through GraphQL, requests per second, and the explorer's
 * page weight and payload; then, in Chromium, rendering frame rates (canvas, WebGL, sigma.js) and
 * the worker layout (--browser-only runs these alone); then, in Node, our layout against
 * ForceAtlas2 and d3-force (--layout-only runs this alone; --sweep adds ForceAtlas2's settling).
 * Before the corpus is loaded, a 50,000-word document is imported into the seeded scratch database
 * (scripts/lib/import-figures.ts; --import-only runs this alone). After the app's figures, where a
 * GraphQL request's time goes: the Next.js route against a lean node:http server and the driver
 * (scripts/lib/route-figures.ts; --route-only loads the corpus and runs this alone). --load-only
 * runs the loading figures alone, the bulk first load's included (on a second instance,
 * "bench-bulk", Bolt 30 above). --queries-only loads the corpus and measures where the computed
 * answers spend their time (scripts/lib/query-profile.ts). --ego-only loads the corpus and measures
 * the ego-network goals alone, the code before a change beside it when asked (scripts/lib/ego-figures.ts).
 * --throughput-only: the six explorer operations computed at 50 clients, with the server's CPU per
 * answer (scripts/lib/throughput-figures.ts); --op-cost-only: each alone, with its statements' db hits
 * and Neo4j's CPU (scripts/lib/op-cost-figures.ts). Writes bench/report.json (a partial run,
 * bench/report.<part>.json) and prints a table. Reports; never fails on timing.
 */
import { execSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { parseConfig } from "../graph/config";
import { createDatabase } from "../graph/db";
import { measureBrowser } from "./lib/browser-figures";
import { measureDriver } from "./lib/driver-figures";
import { measureEgo } from "./lib/ego-figures";
import { measureExplorer } from "./lib/explorer-figures";
import { quantile, round, samples, time, type Figure } from "./lib/figure";
import { measureImport } from "./lib/import-figures";
import { measureQueries } from "./lib/query-profile";
import { generateCorpus } from "./lib/synthetic-corpus";
import { loadCorpus, readValidCorpus } from "../graph/seed";
import { measureReadsDuringWrites } from "./lib/reads-during-writes";
import { loadRouteCorpus, measureRoute, stopped } from "./lib/route-figures";
import { measureThroughput } from "./lib/throughput-figures";
import { measureOpCost } from "./lib/op-cost-figures";
import { compareLayouts } from "./lib/layout-comparison";
import { runLoad } from "./lib/load";
import { layoutFor, neo4jVersion, start, stop } from "./lib/neo4j-launcher";
import { build, buildIsStale, serve, waitForHttp } from "./lib/next-server";
import { ROOT } from "./lib/paths";
import { describeWeight, kB, measureWithBreakdown } from "./lib/page-weight";
import { runMain } from "./lib/run-main";
import { LOAD_GENERATOR_ENV, scratchEnv, scratchPorts } from "./lib/scratch-env";

const quick = process.argv.includes("--quick");
const browserOnly = process.argv.includes("--browser-only");
const layoutOnly = process.argv.includes("--layout-only");
const importOnly = process.argv.includes("--import-only");
const routeOnly = process.argv.includes("--route-only");
const loadOnly = process.argv.includes("--load-only");
const queriesOnly = process.argv.includes("--queries-only");
const egoOnly = process.argv.includes("--ego-only");
const egoBaseline = process.argv.includes("--ego-baseline") ? path.resolve(process.argv[process.argv.indexOf("--ego-baseline") + 1]!) : null;
const throughputOnly = process.argv.includes("--throughput-only");
const opCostOnly = process.argv.includes("--op-cost-only");
const at = process.argv.indexOf("--statements");
const STATEMENTS = at >= 0 ? Number(process.argv[at + 1]) : quick ? 5_000 : 100_000;
const BASELINE_STATEMENTS = Math.min(STATEMENTS, quick ? 500 : 2_000);
const REPEATS = quick ? 15 : 40;


const figures: Figure[] = [];
const record = (f: Figure) => {
  figures.push(f);
  console.log(`  ${f.name}: ${f.value} ${f.unit}${f.goal ? ` (goal ${f.goal})` : ""}`);
};

/** `n` clients, each sending its next request as soon as the last is answered, for `seconds`. */
async function clients(n: number, seconds: number, request: (i: number) => Promise<unknown>): Promise<number[]> {
  const latencies: number[] = [];
  const end = performance.now() + seconds * 1000;
  let counter = 0;
  await Promise.all(
    Array.from({ length: n }, async () => {
      while (performance.now() < end) latencies.push((await time(() => request(counter++)))[1]);
    }),
  );
  return latencies;
}

/** Loading, queries, load and page weight against a scratch Neo4j and the built app; returns Neo4j's version. */
async function measureServer(): Promise<string> {
  const ports = scratchPorts(process.env, "BENCH", "bench", 7689, 3200);
  // The full run's one-transaction load of 100k statements needs about 2.7 GiB of transaction
  // memory at its commit (docs/performance.md, "Bulk first load"); Neo4j allows 70% of the heap.
  const env = scratchEnv(process.env, { ...ports, heap: quick ? "1g" : "6g", extraEnv: { NEO4J_PAGECACHE: "512m", ...LOAD_GENERATOR_ENV } });
  const config = parseConfig(env);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "stance-bench-"));
  // A scratch instance: whatever an earlier run left (a 100k corpus after a full run) goes first,
  // so that every run measures the same thing from the same empty database.
  await stop(config);
  fs.rmSync(layoutFor(config).data, { recursive: true, force: true });
  await start(config);

  const bulkEnv = scratchEnv(process.env, { instance: "bench-bulk", boltPort: ports.boltPort + 30, appPort: ports.appPort + 30, heap: quick ? "1g" : "3g", extraEnv: { NEO4J_PAGECACHE: "512m" } });
  const sizes = { statements: STATEMENTS, baselineStatements: BASELINE_STATEMENTS, repeats: REPEATS, bulk: parseConfig(bulkEnv), loadOnly };
  const database = createDatabase(config.neo4j);
  const routeFigures = async (busiest: string, filter: { from: string; to: string }) => {
    console.log("\nWhere a request's time goes");
    const routeDatabase = createDatabase(config.neo4j);
    await measureRoute({ config, env, database: routeDatabase, filter, busiest, repeats: REPEATS * 2, seconds: quick ? 5 : 10 }, record).finally(() => routeDatabase.close());
  };
  if (routeOnly) {
    try {
      const subjects = await loadRouteCorpus(database, work, STATEMENTS).finally(() => database.close());
      if (buildIsStale()) build(env);
      await routeFigures(subjects.busiest, subjects.filter);
    } finally {
      await stop(config);
      fs.rmSync(work, { recursive: true, force: true });
    }
    return neo4jVersion();
  }
  // A part measured alone on the scratch instance, which is then stopped and its files removed.
  const finish = async () => {
    await database.close();
    await stop(config);
    fs.rmSync(work, { recursive: true, force: true });
  };
  const alone = async (part: () => Promise<void>) => {
    await part().finally(finish);
    return neo4jVersion();
  };
  if (egoOnly) return alone(() => measureEgo({ config, env, database, work, statements: STATEMENTS, repeats: REPEATS, seconds: quick ? 4 : 10, baselineRoot: egoBaseline }, record));
  if (throughputOnly) {
    return alone(async () => {
      console.log(`\nThe explorer's six operations computed (${STATEMENTS} statements)`);
      await measureThroughput({ config, env, database, work, statements: STATEMENTS, seconds: quick ? 8 : 15, rounds: 3 }, record);
    });
  }
  if (opCostOnly) return alone(() => measureOpCost({ config, env, database, work, statements: STATEMENTS, seconds: quick ? 5 : 10, rounds: 3 }, record));
  if (queriesOnly) {
    return alone(async () => {
      console.log(`\nWhere the computed answers spend their time (${STATEMENTS} statements)`);
      generateCorpus(path.join(work, "corpus"), { statements: STATEMENTS, people: Math.max(100, STATEMENTS / 10), seed: 1 });
      const corpus = readValidCorpus(path.join(work, "corpus"), work);
      await loadCorpus(database, corpus);
      await measureQueries(database, config, corpus, record, REPEATS);
    });
  }
  console.log("\nImporting a document");
  await measureImport(database, record);
  if (importOnly) {
    await finish();
    return neo4jVersion();
  }
  const { corpus, egoCentres, busiest, filter, cypherTimes } = await measureDriver(database, work, sizes, record).finally(() => database.close());
  if (loadOnly) {
    await stop(config);
    fs.rmSync(work, { recursive: true, force: true });
    return neo4jVersion();
  }

  if (buildIsStale()) build(env);
  const server = serve(config.port, "start", { env, hostname: "127.0.0.1", logFile: path.join(ROOT, "bench", "app.log") });
  const base = `http://127.0.0.1:${config.port}`;
  let measured = false;
  try {
    await waitForHttp(`${base}/api/health`);
    const FRESH = { "cache-control": "no-cache" };
    const post = (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
      fetch(`${base}/api/graphql`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query, variables }) }).then((r) => r.text());
    const NETWORK = "query N($f: StatementFilter) { network(filter: $f) { nodes { id name kind country statementsMade statementsReceived } edges { id source target count netStance } } }";
    await post(NETWORK, { f: filter });
    const graphqlTimes = await samples(REPEATS, () => post(NETWORK, { f: filter }, FRESH));
    const cachedTimes = await samples(REPEATS, () => post(NETWORK, { f: filter }));
    record({ name: "network 1955, Cypher via driver", value: round(quantile(cypherTimes, 0.5)), unit: "ms p50" });
    record({ name: "network 1955, GraphQL over HTTP, computed", value: round(quantile(graphqlTimes, 0.5)), unit: "ms p50", note: "Cache-Control: no-cache" });
    record({ name: "GraphQL / Cypher", value: round(quantile(graphqlTimes, 0.5) / quantile(cypherTimes, 0.5), 2), unit: "×", goal: "≤ 1.3×", note: "both computed; no cache; taken apart, not in turn (the route: figures below take them in turn)" });
    record({ name: "network 1955, GraphQL over HTTP, cached", value: round(quantile(cachedTimes, 0.5)), unit: "ms p50", note: "the data unchanged since the first answer" });

    // Clients that give up leave their requests queued in the server: wait until it answers
    // promptly again, so that one measurement's backlog does not weigh on the next.
    const settle = async () => {
      const until = performance.now() + 120_000;
      let prompt = 0;
      while (prompt < 3 && performance.now() < until) {
        const [, ms] = await time(() => post("{ __typename }", {}, FRESH));
        prompt = ms < 25 ? prompt + 1 : 0;
        if (prompt === 0) await new Promise((r) => setTimeout(r, 250));
      }
    };

    // The explorer's operations about this corpus's two busiest people and one of their aliases.
    const second = corpus.people[1]!.value;
    const loadSubjects = { speaker: busiest, target: second.id, search: second.aliases[0] ?? second.name };

    const egoQuery = (id: string) => `{ egoNetwork(id: "${id}", depth: 1) { nodes { id name } edges { id source target count netStance } } }`;
    const centres = egoCentres.get(1) ?? [busiest];
    for (const fresh of [true, false]) {
      await clients(10, 2, (i) => post(egoQuery(centres[i % centres.length]!), {}, fresh ? FRESH : {}));
      const latencies = await clients(10, quick ? 5 : 15, (i) => post(egoQuery(centres[i % centres.length]!), {}, fresh ? FRESH : {}));
      await settle();
      record({
        name: `ego network through GraphQL, 10 clients, ${fresh ? "computed" : "cached"}`,
        value: round(quantile(latencies, 0.95)),
        unit: "ms p95",
        goal: "≤ 50 ms",
        median: round(quantile(latencies, 0.5)),
        spread: [round(Math.min(...latencies)), round(Math.max(...latencies))],
        note: `${latencies.length} requests over ${centres.length} centres${fresh ? "; Cache-Control: no-cache" : ""}`,
      });
    }
    const autocannon = (await import("autocannon")).default;

    for (const fresh of [true, false]) {
      const load = await runLoad(base, 50, quick ? 5 : 15, fresh, loadSubjects);
      await settle();
      record({
        name: `the explorer's six operations at 50 clients, ${fresh ? "computed" : "cached"}`,
        value: Math.round(load.requestsPerSecond),
        unit: "req/s",
        note: `p50 ${load.latencyMs.p50} ms, p99 ${load.latencyMs.p99} ms; ${load.requests} answered in ${quick ? 5 : 15} s; errors ${load.errors}, of which timeouts ${load.timeouts}; non-2xx ${load.non2xx}`,
      });
    }
    console.log("\nReads during writes");
    const writer = createDatabase(config.neo4j);
    try {
      await measureReadsDuringWrites(base, writer, corpus.statements[0]!.value.id, loadSubjects, quick ? 5 : 15, record);
    } finally {
      await writer.close();
    }
    await settle();

    for (const fresh of [true, false]) {
      const headers = { "content-type": "application/json", ...(fresh ? FRESH : {}) };
      const one = await autocannon({ url: `${base}/api/graphql`, connections: 50, duration: quick ? 5 : 15, requests: [{ method: "POST", headers, body: JSON.stringify({ query: `{ actor(id: "${busiest}") { name } }` }) }] });
      await settle();
      record({
        name: `simple query (one actor by id), ${fresh ? "computed" : "cached"}`,
        value: Math.round(one.requests.average),
        unit: "req/s",
        goal: "≥ 2,500 req/s",
        note: `50 connections; p50 ${one.latency.p50} ms; the load generator shares the 2 cores`,
      });
    }

    console.log("\nWeight");
    const weight = await measureWithBreakdown(base, "/");
    record({ name: "explorer first-load JavaScript", value: kB(weight.page.gzip), unit: "kB gzip", goal: "≤ 150 kB", note: describeWeight(weight) });
    // The payload of the view the explorer actually asks for: one year of the synthetic corpus.
    const shown = await post(NETWORK, { f: filter });
    const parsed = JSON.parse(shown) as { data?: { network: { nodes: unknown[]; edges: unknown[] } } | null; errors?: { message: string }[] };
    if (parsed.data) {
      const elements = parsed.data.network.nodes.length + parsed.data.network.edges.length;
      record({ name: "network payload", value: round(Buffer.byteLength(shown) / elements), unit: "bytes/element", goal: "≤ 120", note: `${elements} elements; gzip ${round(gzipSync(shown).length / elements)} bytes/element` });
    } else {
      record({ name: "network payload", value: Number.NaN, unit: "bytes/element", goal: "≤ 120", note: `the query failed: ${parsed.errors?.[0]?.message ?? "no data"}` });
    }

    console.log("\nThe explorer on this corpus, in Chromium");
    await settle();
    await measureExplorer(base, record);
    measured = true;
  } finally {
    await stopped(server);
    if (!measured) {
      await stop(config);
      fs.rmSync(work, { recursive: true, force: true });
    }
  }
  try {
    await routeFigures(busiest, filter);
  } finally {
    await stop(config);
    fs.rmSync(work, { recursive: true, force: true });
  }

  return neo4jVersion();
}

runMain(async () => {
  const only = browserOnly ? "--browser-only" : layoutOnly ? "--layout-only" : null;
  const neo4j = only ? `not run (${only})` : await measureServer();
  const partOnly = importOnly || routeOnly || loadOnly || queriesOnly || egoOnly || throughputOnly || opCostOnly;
  if (!layoutOnly && !partOnly) await measureBrowser(quick, record);
  const layoutComparison = browserOnly || partOnly ? undefined : compareLayouts(quick, record, { sweep: process.argv.includes("--sweep") });
  const report = {
    date: new Date().toISOString(),
    mode: browserOnly ? "browser-only" : layoutOnly ? "layout-only" : importOnly ? "import-only" : routeOnly ? "route-only" : loadOnly ? "load-only" : queriesOnly ? "queries-only" : egoOnly ? "ego-only" : throughputOnly ? "throughput-only" : opCostOnly ? "op-cost-only" : quick ? "quick" : "full",
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), platform: `${os.platform()} ${os.release()}` },
    versions: { node: process.version, neo4j, java: execSync("java -version 2>&1").toString().split("\n")[0] },
    sizes: { statements: STATEMENTS, baselineStatements: BASELINE_STATEMENTS, repeats: REPEATS },
    figures: figures.map((f) => ({ ...f, value: Number.isNaN(f.value) ? null : f.value })),
    layoutComparison,
  };
  const part = browserOnly ? "browser" : layoutOnly ? "layout" : importOnly ? "import" : routeOnly ? "route" : loadOnly ? "load" : queriesOnly ? "queries" : egoOnly ? "ego" : throughputOnly ? "throughput" : opCostOnly ? "op-cost" : null;
  const file = path.join("bench", part ? `report.${part}.json` : "report.json");
  fs.mkdirSync(path.join(ROOT, "bench"), { recursive: true });
  fs.writeFileSync(path.join(ROOT, file), `${JSON.stringify(report, null, 2)}\n`);
  console.log("");
  console.table(figures.map((f) => ({ figure: f.name, value: Number.isNaN(f.value) ? "—" : `${f.value} ${f.unit}`, goal: f.goal ?? "", note: f.note ?? "" })));
  console.log(`Report: ${file}`);
});
