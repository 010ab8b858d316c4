import { afterAll, describe, expect, it } from "vitest";
import { start, stop } from "@/scripts/lib/neo4j-launcher";
import { BASE_URL, TEST_CONFIG } from "../support/env";
import { gql } from "../support/http";

/** Stops the test Neo4j under the running app, then brings it back; the app must not be restarted. */
describe("when Neo4j stops and comes back", () => {
  afterAll(async () => {
    await start(TEST_CONFIG, () => undefined);
  });

  it("answers 503 with a code while it is down, and recovers by itself", { timeout: 180_000 }, async () => {
    await stop(TEST_CONFIG);

    const began = performance.now();
    const health = await fetch(`${BASE_URL}/api/health`);
    expect(health.status).toBe(503);
    const body = (await health.json()) as { neo4j: { status: string; code: string } };
    expect(body.neo4j).toMatchObject({ status: "unavailable", code: "DATABASE_UNAVAILABLE" });

    const query = await gql("{ network { nodes { id } } }");
    expect(query.status).toBe(503);
    expect(query.errors?.[0]?.extensions?.code).toBe("DATABASE_UNAVAILABLE");
    expect(JSON.stringify(query)).not.toMatch(/password|stack|at \w+ \(/i);
    // Failing fast: both answers came back well before a client would give up.
    expect(performance.now() - began).toBeLessThan(15_000);

    await start(TEST_CONFIG, () => undefined);
    const deadline = Date.now() + 30_000;
    let status = 0;
    while (Date.now() < deadline && status !== 200) {
      status = (await fetch(`${BASE_URL}/api/health`)).status;
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(status).toBe(200);
    const after = await gql<{ network: { nodes: unknown[] } }>("{ network { nodes { id } } }");
    expect(after.status).toBe(200);
    expect(after.data?.network.nodes.length).toBeGreaterThan(0);
  });
});
