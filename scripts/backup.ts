/**
 * npm run backup -- --out <folder>
 * Writes the graph (curated statements included) in the seed format. Restore with
 * `npm run seed -- --reset --dir <folder>`; docs/data-safety.md.
 */
import path from "node:path";
import { parseConfig } from "../graph/config";
import { createDatabase } from "../graph/db";
import { exportSeed } from "../graph/seed/export";
import { start } from "./lib/neo4j-launcher";
import { runMain } from "./lib/run-main";

runMain(async () => {
  const at = process.argv.indexOf("--out");
  const out = at >= 0 ? process.argv[at + 1] : undefined;
  if (!out) throw Object.assign(new Error("usage: npm run backup -- --out <folder>"), { name: "ConfigError" });
  const config = parseConfig(process.env);
  if (config.neo4j.managed) await start(config);
  const database = createDatabase(config.neo4j);
  const summary = await exportSeed(database, path.resolve(out)).finally(() => database.close());
  console.log(`Wrote ${summary.documents} documents, ${summary.people} people, ${summary.organizations} organizations and ${summary.statements} statements to ${out}.`);
});
