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

/**
 * The ports of a scratch stack, overridable so that two checkouts on one machine can run their
 * suites side by side: `<PREFIX>_BOLT_PORT` and `<PREFIX>_APP_PORT` (e.g. TEST_BOLT_PORT=7698).
 */
export function scratchPorts(prefix: string, instance: string, boltPort: number, appPort: number): Pick<StackOptions, "instance" | "boltPort" | "appPort"> {
  const read = (name: string, fallback: number): number => {
    const raw = process.env[`${prefix}_${name}`];
    if (raw === undefined || raw === "") return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1 || value > 65535) {
      throw new Error(`${prefix}_${name} must be a port number between 1 and 65535; it is "${raw}".`);
    }
    return value;
  };
  return { instance, boltPort: read("BOLT_PORT", boltPort), appPort: read("APP_PORT", appPort) };
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

/**
 * The load, fault and benchmark runs stand in for many clients from one address, so their server
 * does not limit reads per client (READ_RATE_LIMIT=0); every other limit stays as configured.
 */
export const LOAD_GENERATOR_ENV: Record<string, string> = { READ_RATE_LIMIT: "0" };

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
  const { createDatabase } = await import("../../graph/db");
  const { start, stop } = await import("./neo4j-launcher");
  const { build, buildIsStale, serve, waitForHttp } = await import("./next-server");
  const config = getConfig();
  await start(config, log);
  const dir = options.seedDir ?? path.join(ROOT, "seed");
  const corpus = readValidCorpus(dir, path.dirname(dir));
  const database = createDatabase(config.neo4j);
  const counts = await loadCorpus(database, corpus, { reset: true }).finally(() => database.close());
  log(`Loaded ${counts.statements} statements, ${counts.people} people, ${counts.mentions} mentions into the "${options.instance}" instance.`);
  if (buildIsStale()) build();
  const server = serve(config.port, "start", { hostname: "127.0.0.1", logFile: path.join(ROOT, "test-results", `app-${options.instance}.log`) });
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
