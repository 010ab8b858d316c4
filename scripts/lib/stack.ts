import path from "node:path";
import type { ChildProcess } from "node:child_process";
import { ROOT } from "./paths";

/**
 * The whole stack on a scratch project-managed Neo4j instance: used by the tests, the load and
 * fault runs and the benchmarks, so none of them touches development data. Call before anything
 * reads the configuration: it sets the environment the configuration is read from.
 */
export interface StackOptions {
  instance: string;
  boltPort: number;
  appPort: number;
  heap?: string;
  extraEnv?: Record<string, string>;
}

export function useScratchInstance(options: StackOptions): string {
  delete process.env.NEO4J_URI;
  delete process.env.NEO4J_PASSWORD;
  Object.assign(process.env, {
    NEO4J_INSTANCE: options.instance,
    NEO4J_BOLT_PORT: String(options.boltPort),
    NEO4J_HEAP: options.heap ?? "768m",
    PORT: String(options.appPort),
    ...options.extraEnv,
  });
  return `http://127.0.0.1:${options.appPort}`;
}

export interface Stack {
  baseUrl: string;
  server: ChildProcess;
  stop: (keepNeo4j?: boolean) => Promise<void>;
}

/** Starts Neo4j, loads a corpus (seed/ unless told otherwise), builds when stale, serves the app. */
export async function startStack(options: StackOptions & { seedDir?: string; log?: (line: string) => void }): Promise<Stack> {
  const baseUrl = useScratchInstance(options);
  const log = options.log ?? console.log;
  const { getConfig } = await import("../../graph/config");
  const { loadCorpus, readValidCorpus } = await import("../../graph/seed");
  const { closeDriver } = await import("../../graph/db");
  const { start, stop } = await import("./neo4j-launcher");
  const { build, buildIsStale, serve, waitForHttp } = await import("./next-server");
  const config = getConfig();
  await start(config, log);
  const dir = options.seedDir ?? path.join(ROOT, "seed");
  const counts = await loadCorpus(readValidCorpus(dir, path.dirname(dir)), { reset: true });
  log(`Loaded ${counts.statements} statements, ${counts.people} people, ${counts.mentions} mentions into the "${options.instance}" instance.`);
  await closeDriver();
  if (buildIsStale()) build();
  const server = serve(config.port, "start", { hostname: "127.0.0.1", quiet: true });
  await waitForHttp(`${baseUrl}/api/health`);
  return {
    baseUrl,
    server,
    stop: async (keepNeo4j = false) => {
      server.kill("SIGTERM");
      if (!keepNeo4j) await stop(config);
    },
  };
}
