/**
 * npm run seed [-- --reset] [-- --check] [-- --report-unmatched] [-- --if-empty] [-- --bulk] [-- --dir <seed folder>]
 * Validates the whole seed first and reports every problem with file and line; writes nothing
 * when anything is wrong; then loads it in one transaction and prints what the graph holds.
 * --bulk loads an EMPTY project-managed instance through Neo4j's own importer instead
 * (scripts/lib/bulk-load.ts, docs/decisions/0025-bulk-first-load.md) and refuses any other.
 */
import path from "node:path";
import { parseConfig } from "../graph/config";
import { createDatabase, type Database } from "../graph/db";
import { extractMentions, getCounts, loadCorpus, passageId, readValidCorpus, type Corpus, type Counts } from "../graph/seed";
import { findUnmatchedNames } from "../graph/seed/mentions";
import { bulkFirstLoad } from "./lib/bulk-load";
import { start } from "./lib/neo4j-launcher";
import { ROOT } from "./lib/paths";
import { runMain } from "./lib/run-main";

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

runMain(async () => {
  const dir = path.resolve(option("--dir") ?? path.join(ROOT, "seed"));
  const began = performance.now();
  const corpus = readValidCorpus(dir, ROOT);
  console.log(
    `Seed is valid: ${corpus.documents.length} documents, ${corpus.people.length} people, ${corpus.organizations.length} organizations, ${corpus.statements.length} statements.`,
  );

  if (process.argv.includes("--report-unmatched")) {
    const counts = new Map<string, number>();
    const mentions = new Map(extractMentions(corpus).map((pm) => [pm.passage, pm.mentions]));
    for (const d of corpus.documents) {
      d.passages.forEach((text, i) => {
        for (const name of findUnmatchedNames(text, mentions.get(passageId(d.meta.id, i + 1)) ?? [])) {
          counts.set(name, (counts.get(name) ?? 0) + 1);
        }
      });
    }
    const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    console.log(`\nCapitalised names that matched no registry entry (${sorted.length}):`);
    for (const [name, count] of sorted) console.log(`  ${String(count).padStart(3)}  ${name}`);
  }
  if (process.argv.includes("--check") || process.argv.includes("--report-unmatched")) return;

  const config = parseConfig(process.env);
  if (process.argv.includes("--bulk")) {
    const { counts } = await bulkFirstLoad(config, corpus);
    report(counts, began);
    return;
  }
  if (config.neo4j.managed) await start(config);
  const database = createDatabase(config.neo4j);
  try {
    await load(database, corpus, began);
  } finally {
    await database.close();
  }
});

/** Loads the corpus, unless --if-empty finds one there already, and says what the graph holds. */
async function load(database: Database, corpus: Corpus, began: number): Promise<void> {
  if (process.argv.includes("--if-empty") && (await getCounts(database)).documents > 0) {
    console.log("The database already holds a corpus; nothing to do (--if-empty).");
    return;
  }
  const counts = await loadCorpus(database, corpus, {
    reset: process.argv.includes("--reset"),
    progress: (step) => console.log(`  ${step}…`),
  });
  report(counts, began);
}

function report(counts: Counts, began: number): void {
  const seconds = ((performance.now() - began) / 1000).toFixed(1);
  console.log(
    `Loaded in ${seconds} s: ${counts.documents} documents, ${counts.passages} passages, ${counts.people} people, ` +
      `${counts.organizations} organizations, ${counts.mentions} mentions, ${counts.statements} statements.`,
  );
}
