import type { Environment } from "../../graph/config";

/**
 * The environment of a scratch stack: a project-managed Neo4j instance and an app port of its
 * own, used by the tests, the load and fault runs and the benchmarks, so that none of them touches
 * development data. The scripts build it as an object from their own environment and pass it to
 * parseConfig and to the processes they start; their own process.env stays as it was.
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
export function scratchPorts(env: Environment, prefix: string, instance: string, boltPort: number, appPort: number): Pick<StackOptions, "instance" | "boltPort" | "appPort"> {
  const read = (name: string, fallback: number): number => {
    const raw = env[`${prefix}_${name}`];
    if (raw === undefined || raw === "") return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 1 || value > 65535) {
      throw new Error(`${prefix}_${name} must be a port number between 1 and 65535; it is "${raw}".`);
    }
    return value;
  };
  return { instance, boltPort: read("BOLT_PORT", boltPort), appPort: read("APP_PORT", appPort) };
}

/**
 * `base` pointed at a scratch instance: a configured server (NEO4J_URI and its password) is left
 * out, so the project manages this one; the rest of `base` (PATH, JAVA_HOME, …) is kept.
 */
export function scratchEnv(base: Environment, options: StackOptions): Environment {
  const kept = Object.entries(base).filter(([name]) => name !== "NEO4J_URI" && name !== "NEO4J_PASSWORD");
  return {
    ...Object.fromEntries(kept),
    NEO4J_INSTANCE: options.instance,
    NEO4J_BOLT_PORT: String(options.boltPort),
    NEO4J_HEAP: options.heap ?? "768m",
    PORT: String(options.appPort),
    ...options.extraEnv,
  };
}

/**
 * The load, fault and benchmark runs stand in for many clients from one address, so their server
 * does not limit reads per client (READ_RATE_LIMIT=0); every other limit stays as configured.
 */
export const LOAD_GENERATOR_ENV: Record<string, string> = { READ_RATE_LIMIT: "0" };
