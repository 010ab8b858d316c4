import { afterAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../support/database";
import { BASE_URL } from "../support/env";

const database = openTestDatabase();
afterAll(() => database.close());

async function ask(query: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${BASE_URL}/api/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query }),
  });
  return { cache: response.headers.get("x-cache"), body: (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] } };
}

describe("cached answers over HTTP", () => {
  it("sends a cached answer byte for byte as the computed one, with the same headers", async () => {
    // The network of a year, computed (Cache-Control: no-cache) and then served from the cache: serialised once
    // when stored, and that JSON is what every hit sends (graph/schema/answer-cache.ts).
    const body = JSON.stringify({ query: `query Y($f: StatementFilter) { network(filter: $f) { nodes { id name } edges { id count netStance } } }`, variables: { f: { from: "1956-01-01", to: "1956-12-31" } } });
    const send = (headers: Record<string, string> = {}) => fetch(`${BASE_URL}/api/graphql`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
    const computed = await send({ "cache-control": "no-cache" });
    const cached = await send();
    expect(cached.headers.get("x-cache")).toBe("hit");
    expect(cached.headers.get("content-type")).toBe(computed.headers.get("content-type"));
    const [computedText, cachedText] = [await computed.text(), await cached.text()];
    expect(cachedText).toBe(computedText);
    expect((JSON.parse(cachedText) as { data: { network: { nodes: unknown[] } } }).data.network.nodes.length).toBeGreaterThan(0);
  });

  // A query no other test sends, so the first answer here is computed.
  const NAME = `{ actor(id: "tito") { name aliases } }`;

  it("answers a repeated read from memory until a write changes the data", async () => {
    const first = await ask(NAME);
    expect(first.cache).toBe("miss");
    const second = await ask(NAME);
    expect(second.cache).toBe("hit");
    expect(second.body).toEqual(first.body);

    // A write from another process (this test's own connection) makes the next answer fresh.
    await database.writeTx(async (tx) => {
      await tx.run("MATCH (p:Person {id: 'tito'}) SET p.name = p.name + ' (renamed)'");
    });
    try {
      const renamed = await ask(NAME);
      expect(renamed.cache).toBe("miss");
      expect((renamed.body.data?.actor as { name: string }).name).toMatch(/\(renamed\)$/);
    } finally {
      await database.writeTx(async (tx) => {
        await tx.run("MATCH (p:Person {id: 'tito'}) SET p.name = replace(p.name, ' (renamed)', '')");
      });
    }
    const restored = await ask(NAME);
    expect(restored.cache).toBe("miss");
    expect(restored.body).toEqual(first.body);
  });

  it("computes afresh when asked to, and never caches errors or live answers", async () => {
    await ask(NAME);
    expect((await ask(NAME, { "cache-control": "no-cache" })).cache).toBe("miss");

    const missing = `{ actor(id: "nobody-by-this-id") { name } }`;
    const failed = await ask(missing);
    expect(failed.body.errors).toBeDefined();
    expect(failed.cache).toBeNull();
    expect((await ask(missing)).cache).toBeNull();

    const health = `{ health { status } }`;
    await ask(health);
    expect((await ask(health)).cache).toBeNull();
  });
});
