/**
 * npm run export-seed -- --out <folder>
 * Publishes the graph's accepted statements and its actors (those made while annotating included)
 * in the seed format, without the record of curation, for a team to review as a diff and commit.
 * Re-seeding the folder reproduces the accepted graph. The output is checked as the seed is: an
 * actor made while annotating without what the registry needs (a person's country and bio) is
 * named, so it can be completed before the commit.
 */
import path from "node:path";
import { parseConfig } from "../graph/config";
import { createDatabase } from "../graph/db";
import { readCorpus } from "../graph/seed/read";
import { exportSeed } from "../graph/seed/export";
import { validateCorpus } from "../graph/seed/validate";
import { start } from "./lib/neo4j-launcher";
import { runMain } from "./lib/run-main";

runMain(async () => {
  const at = process.argv.indexOf("--out");
  const out = at >= 0 ? process.argv[at + 1] : undefined;
  if (!out) throw Object.assign(new Error("usage: npm run export-seed -- --out <folder>"), { name: "ConfigError" });
  const config = parseConfig(process.env);
  if (config.neo4j.managed) await start(config);
  const database = createDatabase(config.neo4j);
  const dir = path.resolve(out);
  const summary = await exportSeed(database, dir, { published: true }).finally(() => database.close());
  console.log(`Wrote ${summary.documents} documents, ${summary.people} people, ${summary.organizations} organizations and ${summary.statements} accepted statements to ${out}.`);
  const { corpus, problems } = readCorpus(dir, dir);
  const all = [...problems, ...validateCorpus(corpus)];
  if (all.length > 0) {
    console.error(`Complete these before committing the folder as a seed:\n${all.map((p) => `  ${p.file}:${p.line}: ${p.message}`).join("\n")}`);
    process.exitCode = 1;
  }
});
