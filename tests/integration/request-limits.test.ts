import { afterAll, describe, expect, it } from "vitest";
import { withRequestStats } from "@/graph/request-stats";
import { CLIENT_HEADER } from "@/graph/schema/context";
import type { ServerOptions } from "@/graph/schema/yoga";
import { openTestDatabase } from "../support/database";
import { inProcessServer } from "../support/in-process";

const database = openTestDatabase();
afterAll(() => database.close());

/**
 * The server's own limits, called in-process (each test builds a server with its own limiters)
 * against the real test database.
 */
const server = (overrides: Partial<ServerOptions>) => inProcessServer(database, overrides).ask;

describe("the time budget", () => {
  it("stops a Neo4j transaction that outlives the request's budget, and says so", async () => {
    const started = Date.now();
    const error = await withRequestStats({ roundTrips: 0, budget: { ms: 300, deadline: Date.now() + 300 } }, () =>
      database.read("CALL apoc.util.sleep(20000) RETURN 1 AS done"),
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "TIME_BUDGET_EXCEEDED" });
    // Neo4j ends the transaction itself, long before the sleep would have.
    const stillRunning = async () =>
      Number((await database.read("SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS 'apoc.util.sleep(20000)' AND NOT currentQuery STARTS WITH 'SHOW' RETURN count(*) AS n"))[0]!.get("n"));
    while ((await stillRunning()) > 0 && Date.now() - started < 15_000) await new Promise((r) => setTimeout(r, 100));
    expect(await stillRunning()).toBe(0);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it("keeps answering health while a request waits on Neo4j", async () => {
    let slowDone = false;
    const slow = withRequestStats({ roundTrips: 0, budget: { ms: 3000, deadline: Date.now() + 3000 } }, () =>
      database.read("CALL apoc.util.sleep(20000) RETURN 1 AS done"),
    ).then(
      () => (slowDone = true),
      () => (slowDone = true),
    );
    const health = await server({})(`{ health { status } }`);
    expect(health.data).toEqual({ health: { status: "ok" } });
    expect(slowDone).toBe(false);
    await slow;
  });

  it("answers a request that runs out of budget with a coded error, and keeps answering others", async () => {
    const slow = server({ timeBudgetMs: 1, responseCacheBytes: 0 });
    const answer = await slow(`{ network(limit: 5000) { nodes { id } edges { id } } }`);
    expect(answer.status).toBe(503);
    expect(answer.code).toBe("TIME_BUDGET_EXCEEDED");
    expect(answer.message).toMatch(/at most 1 ms/);
    const ok = await server({})(`{ health { status } }`);
    expect(ok.data).toEqual({ health: { status: "ok" } });
  });
});

describe("per-client limits", () => {
  it("limits computed reads per client; cached answers are free, no-cache is not", async () => {
    const ask = server({ readsPerMinute: 3, responseCacheBytes: 1024 * 1024 });
    const query = `{ actor(id: "kardelj") { name } }`;
    expect((await ask(query)).status).toBe(200); // computed: 1
    for (let i = 0; i < 5; i++) expect((await ask(query)).headers.get("x-cache")).toBe("hit");
    expect((await ask(query, {}, { "cache-control": "no-cache" })).status).toBe(200); // 2
    expect((await ask(query, {}, { "cache-control": "no-cache" })).status).toBe(200); // 3
    const refused = await ask(query, {}, { "cache-control": "no-cache" });
    expect(refused.status).toBe(429);
    expect(refused.code).toBe("RATE_LIMITED");
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    // Another client is not affected, and the cached answer still serves the first.
    expect((await ask(query, {}, { [CLIENT_HEADER]: "198.51.100.21", "cache-control": "no-cache" })).status).toBe(200);
    expect((await ask(query)).headers.get("x-cache")).toBe("hit");
  });

  it("limits writes before it checks the token, so wrong-token guesses are limited too", async () => {
    const ask = server({ curationToken: "a-token-of-twenty-four-characters" });
    const guess = `mutation { retractStatement(id: "x", reason: "a guess", curator: "nobody") }`;
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 32; i++) codes.push((await ask(guess, {}, { authorization: `Bearer wrong-guess-${i}` })).code);
    expect(codes.slice(0, 30).every((c) => c === "UNAUTHENTICATED")).toBe(true);
    expect(codes.slice(30)).toEqual(["RATE_LIMITED", "RATE_LIMITED"]);
  });
});
