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
