import { resolveSessionSecret } from "@/graph/auth/session-secret";
import { parseConfig } from "@/graph/config";

/**
 * What the tests run against. scripts/test.ts builds the environment of the test stack and gives
 * it to vitest, whose workers inherit it: the configuration of the test database and app comes
 * from it as every entry point's does, and so does where the test server runs.
 */
export const TEST_CONFIG = parseConfig(process.env);
export const BASE_URL = process.env.TEST_BASE_URL ?? "http://127.0.0.1:3100";
export const CURATION_TOKEN = TEST_CONFIG.curationToken ?? "";
/** The test stack's session secret: the one the app server under test seals its cookies with. */
export const TEST_SESSION_SECRET = resolveSessionSecret(TEST_CONFIG, process.cwd());

/**
 * A second project-managed instance for tests that must stop and start their Neo4j (the bulk
 * first load): its own folder, and a Bolt port 20 above the test instance's.
 */
export function secondInstanceConfig(instance: string, overrides: Record<string, string> = {}) {
  return parseConfig({
    ...process.env,
    NEO4J_INSTANCE: instance,
    NEO4J_BOLT_PORT: String(TEST_CONFIG.neo4j.boltPort + 20),
    NEO4J_HEAP: "512m",
    ...overrides,
  });
}
