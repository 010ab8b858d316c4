import path from "node:path";
import type { ChildProcess } from "node:child_process";
import { parseConfig, type Config, type Environment } from "../../graph/config";
import { createDatabase } from "../../graph/db";
import { loadCorpus, readValidCorpus } from "../../graph/seed";
import { start, stop } from "./neo4j-launcher";
import { build, buildIsStale, serve, waitForHttp } from "./next-server";
import { ROOT } from "./paths";

/**
 * The whole stack on a scratch project-managed Neo4j instance (scratch-env.ts), for the tests, the
 * load and fault runs and the benchmarks.
 */
export interface Stack {
  baseUrl: string;
  config: Config;
  server: ChildProcess;
  stop: (keepNeo4j?: boolean) => Promise<void>;
}

/**
 * Starts the Neo4j of a scratch environment (scratchEnv), loads a corpus into it (seed/ unless
 * told otherwise, replacing what was there), builds when stale, and serves the app with that
 * environment.
 */
export async function startStack(scratch: Environment, options: { seedDir?: string; log?: (line: string) => void } = {}): Promise<Stack> {
  const config = parseConfig(scratch);
  const { instance } = config.neo4j;
  const log = options.log ?? console.log;
  await start(config, log);
  const dir = options.seedDir ?? path.join(ROOT, "seed");
  const corpus = readValidCorpus(dir, path.dirname(dir));
  const database = createDatabase(config.neo4j);
  const counts = await loadCorpus(database, corpus, { reset: true }).finally(() => database.close());
  log(`Loaded ${counts.statements} statements, ${counts.people} people, ${counts.mentions} mentions into the "${instance}" instance.`);
  if (buildIsStale()) build(scratch);
  const server = serve(config.port, "start", { env: scratch, hostname: "127.0.0.1", logFile: path.join(ROOT, "test-results", `app-${instance}.log`) });
  const baseUrl = `http://127.0.0.1:${config.port}`;
  await waitForHttp(`${baseUrl}/api/health`);
  return {
    baseUrl,
    config,
    server,
    stop: async (keepNeo4j = false) => {
      server.kill("SIGTERM");
      if (!keepNeo4j) await stop(config);
    },
  };
}
