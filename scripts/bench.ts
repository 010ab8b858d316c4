/**
 * npm run bench [-- --quick] [-- --statements N] [-- --browser-only | --layout-only [--sweep]]
 * Loads a synthetic corpus into a scratch project-managed Neo4j ("bench", Bolt 7689, app 3200)
 * and measures, side by side in one run: batched vs per-row loading, re-seeding, ego-network and
 * network queries in the database and through GraphQL, requests per second, and the explorer's
 * page weight and payload; then, in Chromium, rendering frame rates (canvas, WebGL, sigma.js) and
 * the worker layout (--browser-only runs these alone); then, in Node, our layout against
 * ForceAtlas2 and d3-force (--layout-only runs this alone; --sweep adds ForceAtlas2's settling).
 * Writes bench/report.json and prints a table. Reports; never fails on timing.
 */
import { execSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { measureBrowser } from "./lib/browser-figures";
import { measureExplorer } from "./lib/explorer-figures";
import type { Figure } from "./lib/figure";
import { compareLayouts } from "./lib/layout-comparison";
import { runLoad } from "./lib/load";
import { ROOT } from "./lib/paths";
import { describeWeight, kB, measureWithBreakdown } from "./lib/page-weight";
import { runMain } from "./lib/run-main";
import { LOAD_GENERATOR_ENV, scratchPorts, useScratchInstance } from "./lib/stack";
import { generateCorpus } from "./lib/synthetic-corpus";

const quick = process.argv.includes("--quick");
const browserOnly = process.argv.includes("--browser-only");
const layoutOnly = process.argv.includes("--layout-only");
const at = process.argv.indexOf("--statements");
const STATEMENTS = at >= 0 ? Number(process.argv[at + 1]) : quick ? 5_000 : 100_000;
const BASELINE_STATEMENTS = Math.min(STATEMENTS, quick ? 500 : 2_000);
const REPEATS = quick ? 15 : 40;


const figures: Figure[] = [];
const record = (f: Figure) => {
  figures.push(f);
  console.log(`  ${f.name}: ${f.value} ${f.unit}${f.goal ? ` (goal ${f.goal})` : ""}`);
};

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
};
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

async function time<T>(work: () => Promise<T>): Promise<[T, number]> {
  const began = performance.now();
  const value = await work();
  return [value, performance.now() - began];
}

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

/** Everything a load writes: nodes of every kind and the mentions. */
const entityCount = (c: Record<"documents" | "passages" | "people" | "organizations" | "statements" | "mentions", number>) =>
  c.documents + c.passages + c.people + c.organizations + c.statements + c.mentions;

async function samples(n: number, work: () => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push((await time(work))[1]);
  return out;
}

/** Loading, queries, load and page weight against a scratch Neo4j and the built app; returns Neo4j's version. */
async function measureServer(): Promise<string> {
  useScratchInstance({ ...scratchPorts("BENCH", "bench", 7689, 3200), heap: quick ? "1g" : "3g", extraEnv: { NEO4J_PAGECACHE: "512m", ...LOAD_GENERATOR_ENV } });
  const { getConfig } = await import("../graph/config");
  const { loadCorpus, readValidCorpus, getCounts } = await import("../graph/seed");
  const { loadPerRow } = await import("./lib/load-per-row");
  const { getEgoNetwork } = await import("../graph/queries/ego");
  const { getLimitedNetwork } = await import("../graph/queries/network");
  const { closeDriver } = await import("../graph/db");
  const { start, stop, neo4jVersion, layoutFor } = await import("./lib/neo4j-launcher");
  const { build, buildIsStale, serve, waitForHttp } = await import("./lib/next-server");
  const config = getConfig();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "stance-bench-"));
  // A scratch instance: whatever an earlier run left (a 100k corpus after a full run) goes first,
  // so that every run measures the same thing from the same empty database.
  await stop(config);
  fs.rmSync(layoutFor(config).data, { recursive: true, force: true });
  await start(config);

  console.log(`\nLoad (${STATEMENTS} statements; per-row baseline on ${BASELINE_STATEMENTS})`);
  const sampleDir = path.join(work, "sample");
  generateCorpus(sampleDir, { statements: BASELINE_STATEMENTS, people: Math.max(50, BASELINE_STATEMENTS / 10), documents: Math.max(5, BASELINE_STATEMENTS / 200), seed: 1 });
  const sample = readValidCorpus(sampleDir, work);
  // Both contenders start from an empty graph, after one untimed load that warms the database.
  const empty = { ...sample, documents: [], people: [], organizations: [], statements: [] };
  await loadCorpus(sample, { reset: true });
  await loadCorpus(empty, { reset: true });
  const [, batchedSampleMs] = await time(() => loadCorpus(sample, { reset: true }));
  const sampleCounts = await getCounts();
  const sampleEntities = entityCount(sampleCounts);
  await loadCorpus(empty, { reset: true });
  const [perRowEntities, perRowMs] = await time(() => loadPerRow(sample));
  const perRowRate = perRowEntities / (perRowMs / 1000);
  const batchedSampleRate = sampleEntities / (batchedSampleMs / 1000);
  record({ name: "per-row baseline", value: Math.round(perRowRate), unit: "entities/s", note: `${perRowEntities} entities (no mentions) in ${round(perRowMs / 1000)} s` });
  record({ name: "batched, same sample", value: Math.round(batchedSampleRate), unit: "entities/s" });
  record({ name: "batched vs per-row", value: round(batchedSampleRate / perRowRate), unit: "×", goal: "≥ 100×" });

  const dir = path.join(work, "corpus");
  const made = generateCorpus(dir, { statements: STATEMENTS, people: Math.max(100, STATEMENTS / 10), documents: Math.max(10, STATEMENTS / 200), seed: 1 });
  const [corpus, readMs] = await time(() => Promise.resolve(readValidCorpus(dir, work)));
  record({ name: "validate corpus", value: round(readMs / 1000), unit: "s", note: `${made.statements} statements, ${made.people} people, ${made.passages} passages` });
  const [counts, loadMs] = await time(() => loadCorpus(corpus, { reset: true }));
  const entities = entityCount(counts);
  record({ name: "batched load", value: Math.round(entities / (loadMs / 1000)), unit: "entities/s", goal: "≥ 50,000/s at 100k statements", note: `${entities} entities in ${round(loadMs / 1000)} s` });
  const [, reloadMs] = await time(() => loadCorpus(corpus));
  record({ name: "re-seed unchanged / first load", value: round(reloadMs / loadMs, 2), unit: "×", goal: "≤ 1.5×" });

  console.log("\nQueries");
  // Ego networks of up to 500 elements, as the goal is stated: centres spread over every level of
  // activity (rank 1, 2, 4, 8, … of the synthetic people), keeping those whose network fits.
  const ranks = [...new Set(Array.from({ length: 14 }, (_, i) => Math.min(corpus.people.length - 1, 2 ** i - 1)))];
  const egoCentres = new Map<number, string[]>();
  for (const depth of [1, 2]) {
    const fitting: string[] = [];
    let elements = 0;
    for (const rank of ranks) {
      const id = corpus.people[rank]!.value.id;
      const ego = await getEgoNetwork(id, depth);
      const size = ego.nodes.length + ego.edges.length;
      if (size <= 500 && ego.edges.length > 0) {
        fitting.push(id);
        elements += size;
      }
    }
    egoCentres.set(depth, fitting);
    if (fitting.length === 0) {
      record({ name: `ego network depth ${depth}, via driver`, value: Number.NaN, unit: "ms p95", goal: "≤ 20 ms", note: `no centre's depth-${depth} network fits in 500 elements on this corpus` });
      continue;
    }
    let turn = 0;
    const times = await samples(REPEATS * 2, () => getEgoNetwork(fitting[turn++ % fitting.length]!, depth));
    record({
      name: `ego network depth ${depth}, via driver`,
      value: round(quantile(times, 0.95)),
      unit: "ms p95",
      goal: "≤ 20 ms",
      median: round(quantile(times, 0.5)),
      spread: [round(Math.min(...times)), round(Math.max(...times))],
      note: `${fitting.length} centres of every activity level, ≤ 500 elements each (mean ${Math.round(elements / fitting.length)})`,
    });
  }
  const busiest = corpus.people[0]!.value.id;
  const largest = await getEgoNetwork(busiest, 1);
  const largestTimes = await samples(REPEATS, () => getEgoNetwork(busiest, 1));
  record({
    name: "ego network of the busiest speaker, depth 1",
    value: round(quantile(largestTimes, 0.95)),
    unit: "ms p95",
    median: round(quantile(largestTimes, 0.5)),
    note: `${largest.nodes.length + largest.edges.length} elements (actors capped at 500): beyond the goal's size, recorded for scale`,
  });
  const filter = { from: "1955-01-01", to: "1955-12-31" };
  const cypherTimes = await samples(REPEATS, () => getLimitedNetwork(filter));
  const everything = await time(() => getLimitedNetwork({}));
  record({
    name: "network of the whole corpus, via driver",
    value: round(everything[1]),
    unit: "ms",
    note: `${everything[0].nodes.length} of ${everything[0].actorCount} actors (the most active), ${everything[0].edges.length} links`,
  });
  await closeDriver();

  if (buildIsStale()) build();
  const server = serve(config.port, "start", { hostname: "127.0.0.1", logFile: path.join(ROOT, "bench", "app.log") });
  const base = `http://127.0.0.1:${config.port}`;
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
    record({ name: "GraphQL / Cypher", value: round(quantile(graphqlTimes, 0.5) / quantile(cypherTimes, 0.5), 2), unit: "×", goal: "≤ 1.5×", note: "both computed; no cache" });
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
  } finally {
    server.kill("SIGTERM");
    await stop(config);
    fs.rmSync(work, { recursive: true, force: true });
  }

  return neo4jVersion();
}

runMain(async () => {
  const only = browserOnly ? "--browser-only" : layoutOnly ? "--layout-only" : null;
  const neo4j = only ? `not run (${only})` : await measureServer();
  if (!layoutOnly) await measureBrowser(quick, record);
  const layoutComparison = browserOnly ? undefined : compareLayouts(quick, record, { sweep: process.argv.includes("--sweep") });
  const report = {
    date: new Date().toISOString(),
    mode: quick ? "quick" : "full",
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), platform: `${os.platform()} ${os.release()}` },
    versions: { node: process.version, neo4j, java: execSync("java -version 2>&1").toString().split("\n")[0] },
    sizes: { statements: STATEMENTS, baselineStatements: BASELINE_STATEMENTS, repeats: REPEATS },
    figures: figures.map((f) => ({ ...f, value: Number.isNaN(f.value) ? null : f.value })),
    layoutComparison,
  };
  fs.mkdirSync(path.join(ROOT, "bench"), { recursive: true });
  fs.writeFileSync(path.join(ROOT, "bench", "report.json"), `${JSON.stringify(report, null, 2)}\n`);
  console.log("");
  console.table(figures.map((f) => ({ figure: f.name, value: Number.isNaN(f.value) ? "—" : `${f.value} ${f.unit}`, goal: f.goal ?? "", note: f.note ?? "" })));
  console.log("Report: bench/report.json");
});
