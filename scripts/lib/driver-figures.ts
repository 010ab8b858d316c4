import path from "node:path";
import type { Database } from "../../graph/db";
import { getEgoNetwork } from "../../graph/queries/ego";
import { getLimitedNetwork } from "../../graph/queries/network";
import { getCounts, loadCorpus, readValidCorpus, type Corpus } from "../../graph/seed";
import { emptyGraph } from "../../graph/seed/first-load";
import { quantile, round, samples, time, type Figure } from "./figure";
import type { Config } from "../../graph/config";
import { measureBulk } from "./bulk-figures";
import { loadPerRow } from "./load-per-row";
import { egoCentres } from "./ego-centres";
import { generateCorpus } from "./synthetic-corpus";

/**
 * The benchmark's figures taken through the driver, before the app is served: loading a synthetic
 * corpus (batched against the per-row baseline, then re-seeding), and ego-network and network
 * queries on it.
 */

export interface DriverSizes {
  statements: number;
  baselineStatements: number;
  repeats: number;
  /** The instance the bulk first load is timed on (bulk-figures.ts). */
  bulk: Config;
  /** Only the loading figures (npm run bench -- --load-only). */
  loadOnly: boolean;
}

/** What the figures over HTTP compare with, or ask about. */
export interface DriverFigures {
  corpus: Corpus;
  /** Per depth, the ego-network centres whose network fits in 500 elements. */
  egoCentres: Map<number, string[]>;
  busiest: string;
  filter: { from: string; to: string };
  /** Milliseconds of the network under `filter`, via the driver. */
  cypherTimes: number[];
}

/** Everything a load writes: nodes of every kind and the mentions. */
const entityCount = (c: Record<"documents" | "passages" | "people" | "organizations" | "statements" | "mentions", number>) =>
  c.documents + c.passages + c.people + c.organizations + c.statements + c.mentions;

/** Generates the corpora in `work` (an empty folder) and loads them into `database`; records the figures, returns what HTTP needs. */
export async function measureDriver(database: Database, work: string, sizes: DriverSizes, record: (figure: Figure) => void): Promise<DriverFigures> {
  console.log(`\nLoad (${sizes.statements} statements; per-row baseline on ${sizes.baselineStatements})`);
  const sampleDir = path.join(work, "sample");
  generateCorpus(sampleDir, { statements: sizes.baselineStatements, people: Math.max(50, sizes.baselineStatements / 10), seed: 1 });
  const sample = readValidCorpus(sampleDir, work);
  // Every contender starts from an empty graph, after one untimed load that warms the database.
  await loadCorpus(database, sample, { reset: true });
  await emptyGraph(database);
  const [, upsertSampleMs] = await time(() => loadCorpus(database, sample, { firstLoad: false }));
  await emptyGraph(database);
  const [, batchedSampleMs] = await time(() => loadCorpus(database, sample));
  const sampleCounts = await getCounts(database);
  const sampleEntities = entityCount(sampleCounts);
  await emptyGraph(database);
  const [perRowEntities, perRowMs] = await time(() => loadPerRow(database, sample));
  const perRowRate = perRowEntities / (perRowMs / 1000);
  const batchedSampleRate = sampleEntities / (batchedSampleMs / 1000);
  record({ name: "per-row baseline", value: Math.round(perRowRate), unit: "entities/s", note: `${perRowEntities} entities (no mentions) in ${round(perRowMs / 1000)} s` });
  record({ name: "batched upsert, same sample", value: Math.round(sampleEntities / (upsertSampleMs / 1000)), unit: "entities/s", note: "the load into a graph that already holds a corpus" });
  record({ name: "batched, same sample", value: Math.round(batchedSampleRate), unit: "entities/s", note: "first load into an empty graph" });
  record({ name: "batched vs per-row", value: round(batchedSampleRate / perRowRate), unit: "×", goal: "≥ 100×" });
  await emptyGraph(database);

  const dir = path.join(work, "corpus");
  const made = generateCorpus(dir, { statements: sizes.statements, people: Math.max(100, sizes.statements / 10), seed: 1 });
  const [corpus, readMs] = await time(() => Promise.resolve(readValidCorpus(dir, work)));
  record({ name: "validate corpus", value: round(readMs / 1000), unit: "s", note: `${made.statements} statements, ${made.people} people, ${made.passages} passages` });
  const [counts, loadMs] = await time(() => loadCorpus(database, corpus));
  const entities = entityCount(counts);
  record({ name: "batched load", value: Math.round(entities / (loadMs / 1000)), unit: "entities/s", goal: "≥ 50,000/s at 100k statements", note: `first load into an empty graph: ${entities} entities in ${round(loadMs / 1000)} s` });
  const [, reloadMs] = await time(() => loadCorpus(database, corpus));
  record({ name: "re-seed unchanged / first load", value: round(reloadMs / loadMs, 2), unit: "×", goal: "≤ 1.5×" });

  console.log("\nBulk first load (neo4j-admin database import, an instance of its own)");
  await measureBulk(sizes.bulk, [{ name: "same sample", corpus: sample }, { name: `${made.statements} statements`, corpus }], perRowRate, record);
  if (sizes.loadOnly) return { corpus, egoCentres: new Map(), busiest: corpus.people[0]!.value.id, filter: { from: "", to: "" }, cypherTimes: [] };

  console.log("\nQueries");
  // Ego networks of up to 500 elements, as the goal is stated, over centres of every level of activity.
  const centresByDepth = new Map<number, string[]>();
  for (const depth of [1, 2]) {
    const centres = await egoCentres(database, corpus.people, depth);
    const fitting = centres.map((c) => c.id);
    const elements = centres.reduce((n, c) => n + c.elements, 0);
    centresByDepth.set(depth, fitting);
    if (fitting.length === 0) {
      record({ name: `ego network depth ${depth}, via driver`, value: Number.NaN, unit: "ms p95", goal: "≤ 20 ms", note: `no centre's depth-${depth} network fits in 500 elements on this corpus` });
      continue;
    }
    let turn = 0;
    const times = await samples(sizes.repeats * 2, () => getEgoNetwork(database, fitting[turn++ % fitting.length]!, depth));
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
  const largest = await getEgoNetwork(database, busiest, 1);
  const largestTimes = await samples(sizes.repeats, () => getEgoNetwork(database, busiest, 1));
  record({
    name: "ego network of the busiest speaker, depth 1",
    value: round(quantile(largestTimes, 0.95)),
    unit: "ms p95",
    median: round(quantile(largestTimes, 0.5)),
    note: `${largest.nodes.length + largest.edges.length} elements (actors capped at 500): beyond the goal's size, recorded for scale`,
  });
  const filter = { from: "1955-01-01", to: "1955-12-31" };
  const cypherTimes = await samples(sizes.repeats, () => getLimitedNetwork(database, filter));
  const everything = await time(() => getLimitedNetwork(database, {}));
  record({
    name: "network of the whole corpus, via driver",
    value: round(everything[1]),
    unit: "ms",
    note: `${everything[0].nodes.length} of ${everything[0].actorCount} actors (the most active), ${everything[0].edges.length} links`,
  });
  return { corpus, egoCentres: centresByDepth, busiest, filter, cypherTimes };
}
