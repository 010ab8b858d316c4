import { describe, expect, it } from "vitest";
import { parseConfig } from "../../graph/config";
import { scratchEnv, scratchPorts } from "./scratch-env";

const configured = {
  PATH: "/usr/bin",
  NEO4J_URI: "neo4j+s://production.example:7687",
  NEO4J_PASSWORD: "production-password",
  NEO4J_DATABASE: "neo4j",
  PORT: "3000",
};

describe("the environment of a scratch stack", () => {
  it("leaves a configured server out and points at its own instance and ports", () => {
    const env = scratchEnv(configured, { instance: "test", boltPort: 7791, appPort: 3191, extraEnv: { CURATION_TOKEN: "a-token-of-at-least-24-characters" } });
    expect(env).not.toHaveProperty("NEO4J_URI");
    expect(env).not.toHaveProperty("NEO4J_PASSWORD");
    expect(env).toMatchObject({ PATH: "/usr/bin", NEO4J_INSTANCE: "test", NEO4J_BOLT_PORT: "7791", NEO4J_HEAP: "768m", PORT: "3191", CURATION_TOKEN: "a-token-of-at-least-24-characters" });

    const config = parseConfig(env);
    expect(config.neo4j).toMatchObject({ managed: true, instance: "test", boltPort: 7791, uri: "bolt://127.0.0.1:7791" });
    expect(config.port).toBe(3191);
  });

  it("changes neither the environment it starts from nor the process's", () => {
    const base = { ...configured };
    scratchEnv(base, { instance: "bench", boltPort: 7689, appPort: 3200, heap: "3g" });
    expect(base).toEqual(configured);

    const before = { ...process.env };
    scratchEnv(process.env, { instance: "bench", boltPort: 7689, appPort: 3200, extraEnv: { NEO4J_PAGECACHE: "512m" } });
    expect(process.env).toEqual(before);
  });

  it("takes its ports from <PREFIX>_BOLT_PORT and <PREFIX>_APP_PORT when they are set", () => {
    expect(scratchPorts({}, "TEST", "test", 7688, 3100)).toEqual({ instance: "test", boltPort: 7688, appPort: 3100 });
    expect(scratchPorts({ TEST_BOLT_PORT: "7791", TEST_APP_PORT: "3191" }, "TEST", "test", 7688, 3100)).toEqual({ instance: "test", boltPort: 7791, appPort: 3191 });
    expect(() => scratchPorts({ TEST_BOLT_PORT: "seventy" }, "TEST", "test", 7688, 3100)).toThrow(/TEST_BOLT_PORT must be a port number/);
  });
});
