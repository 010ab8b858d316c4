import { describe, expect, it } from "vitest";
import { ConfigError, MANAGED_DEFAULT_PASSWORD, parseConfig } from "./config";

const SECRET = "a-session-secret-of-forty-characters-000";

describe("parseConfig", () => {
  it("defaults to the project-managed Neo4j on 127.0.0.1", () => {
    const config = parseConfig({});
    expect(config.neo4j).toMatchObject({
      managed: true,
      uri: "bolt://127.0.0.1:7687",
      username: "neo4j",
      password: MANAGED_DEFAULT_PASSWORD,
      database: "neo4j",
    });
    expect(config.port).toBe(3000);
  });

  it("uses a configured server, bolt:// or neo4j:// routing", () => {
    for (const uri of ["bolt://db:7687", "neo4j://cluster.example:7687", "neo4j+s://x.databases.neo4j.io"]) {
      const config = parseConfig({ NEO4J_URI: uri, NEO4J_PASSWORD: "secret-password", SESSION_SECRET: SECRET });
      expect(config.neo4j).toMatchObject({ managed: false, uri, password: "secret-password" });
    }
  });

  it("lists every wrong variable on its own line, without echoing secrets", () => {
    try {
      parseConfig({ NEO4J_URI: "http://db", PORT: "eighty", NEO4J_BOLT_PORT: "99999", CURATION_TOKEN: "short" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const problems = (error as ConfigError).problems;
      expect(problems.some((p) => p.startsWith("NEO4J_URI must start with bolt://"))).toBe(true);
      expect(problems.some((p) => p.startsWith("PORT "))).toBe(true);
      expect(problems.some((p) => p.startsWith("NEO4J_BOLT_PORT "))).toBe(true);
      expect(problems.some((p) => p.startsWith("CURATION_TOKEN ") && !p.includes("short"))).toBe(true);
    }
  });

  it("requires a password with a configured server", () => {
    expect(() => parseConfig({ NEO4J_URI: "bolt://db:7687" })).toThrow(/NEO4J_PASSWORD is required when NEO4J_URI is set/);
  });

  it("requires a session secret with a configured server, and never echoes it", () => {
    expect(() => parseConfig({ NEO4J_URI: "bolt://db:7687", NEO4J_PASSWORD: "secret-password" })).toThrow(/SESSION_SECRET is required when NEO4J_URI is set/);
    try {
      parseConfig({ SESSION_SECRET: "too-short-secret" });
      expect.unreachable();
    } catch (error) {
      const problems = (error as ConfigError).problems;
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/^SESSION_SECRET must be at least 32 characters/);
      expect(problems[0]).not.toContain("too-short-secret");
    }
  });

  it("leaves the managed stack's secret to be kept on disk, and lasts sessions 12 hours unless told", () => {
    expect(parseConfig({}).sessions).toEqual({ secret: undefined, ttlHours: 12 });
    expect(parseConfig({ SESSION_SECRET: SECRET, SESSION_TTL_HOURS: "0.5" }).sessions).toEqual({ secret: SECRET, ttlHours: 0.5 });
    expect(() => parseConfig({ SESSION_TTL_HOURS: "0" })).toThrow(/SESSION_TTL_HOURS must be a number of hours above 0/);
  });
});
