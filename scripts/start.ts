/**
 * npm start   — the whole app on the seed corpus at http://localhost:$PORT (default 3000)
 * npm run dev — the same with Next.js in development mode
 * Starts the project-managed Neo4j when NEO4J_URI is not set, seeds it when empty, builds when the
 * build is missing or stale, then serves.
 */
import path from "node:path";
import { parseConfig, type Config } from "../graph/config";
import { createDatabase, type Database } from "../graph/db";
import { getDatabaseHealth } from "../graph/health";
import { getCounts, loadCorpus, readValidCorpus } from "../graph/seed";
import { start } from "./lib/neo4j-launcher";
import { build, buildIsStale, serve } from "./lib/next-server";
import { ROOT } from "./lib/paths";
import { runMain } from "./lib/run-main";

runMain(async () => {
  const config = parseConfig(process.env);
  const dev = process.argv.includes("--dev");
  if (config.neo4j.managed) await start(config);
  const database = createDatabase(config.neo4j);
  try {
    await prepare(database, config);
  } finally {
    await database.close();
  }
  if (!dev && buildIsStale()) build(process.env);

  const child = serve(config.port, dev ? "dev" : "start", { env: process.env });
  console.log(`\nStance Graph: http://localhost:${config.port}  (GraphQL playground: /api/graphql)\n`);
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  await new Promise<void>((resolve) => child.on("exit", (code) => {
    process.exitCode = code ?? 0;
    resolve();
  }));
});

/** A database that answers and holds a corpus: the seed corpus when it was empty. */
async function prepare(database: Database, config: Config): Promise<void> {
  if (!config.neo4j.managed && (await getDatabaseHealth(database)).status !== "ok") {
    throw new Error(`Neo4j at ${config.neo4j.uri} does not answer. Start it, or unset NEO4J_URI to use the project-managed Neo4j.`);
  }
  if ((await getCounts(database)).documents === 0) {
    console.log("The database is empty: loading the seed corpus...");
    const counts = await loadCorpus(database, readValidCorpus(path.join(ROOT, "seed"), ROOT));
    console.log(`Loaded ${counts.statements} statements about ${counts.people} people.`);
  }
}
