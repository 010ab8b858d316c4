import { afterAll, describe, expect, it } from "vitest";
import { runIn } from "@/graph/db";
import { withRequestStats, type DataStateProbe, type RequestStats } from "@/graph/request-stats";
import { readDataVersion, stampOf } from "@/graph/response-cache";
import { openTestDatabase } from "../support/database";
import { inProcessServer } from "../support/in-process";

/**
 * A fresh answer (Cache-Control: no-cache) is stored under the data state read as the first
 * statement of the request's first read transaction (graph/db.ts, graph/request-stats.ts), in the
 * same round trip as that transaction's first query, instead of a read of its own before it.
 */

const database = openTestDatabase();
afterAll(() => database.close());

function probedRequest(): { stats: RequestStats; probe: DataStateProbe } {
  const probe: DataStateProbe = {};
  return { stats: { roundTrips: 0, dataState: probe }, probe };
}

describe("the data state of a fresh answer", () => {
  it("is read in the request's first transaction at no round trip of its own, and later transactions wait for it", async () => {
    const { stats, probe } = probedRequest();
    // Whether the state was in when each transaction's work began: only the first had to send for it.
    const known: boolean[] = [];
    const count = (cypher: string) =>
      database.readTx(async (tx) => {
        known.push(probe.state !== undefined);
        return runIn(tx, cypher);
      });
    const [first, second] = await withRequestStats(stats, () => Promise.all([count("MATCH (p:Person) RETURN count(p) AS n"), count("MATCH (d:Document) RETURN count(d) AS n")]));
    expect(known.sort()).toEqual([false, true]);
    expect(Number(first[0]!.get("n"))).toBeGreaterThan(0);
    expect(Number(second[0]!.get("n"))).toBeGreaterThan(0);
    expect(stats.roundTrips).toBe(2);
    const now = await readDataVersion(database);
    expect(probe.state).toEqual({ version: now.version, seq: now.seq });
  });

  it("is the state before the transaction's own reads: a write committed while it computes is not in it", async () => {
    const { stats, probe } = probedRequest();
    const before = await readDataVersion(database);
    const seen = await withRequestStats(stats, () =>
      database.readTx(async (tx) => {
        // Another connection writes once the state is read, and this transaction's next read sees it (read committed).
        await probe.read;
        await withRequestStats({ roundTrips: 0 }, () => database.writeTx((w) => w.run("MERGE (n:ProbeMark {id: 'fresh-answer-state'}) SET n.at = timestamp()")));
        return runIn(tx, "MATCH (n:ProbeMark {id: 'fresh-answer-state'}) RETURN count(n) AS n");
      }),
    );
    await database.writeTx((tx) => tx.run("MATCH (n:ProbeMark) DELETE n"));
    expect(Number(seen[0]!.get("n"))).toBe(1);
    // The answer read the write, yet is stored under the state before it: never newer than its data.
    expect(probe.state).toEqual({ version: before.version, seq: before.seq });
    expect(stampOf(probe.state!)).not.toBe(stampOf(await readDataVersion(database)));
  });

  it("is read in the same auto-commit statement as a request's first one-statement read, which returns the same rows", async () => {
    const { stats, probe } = probedRequest();
    const cypher = "MATCH (p:Person) WHERE p.id IN $ids RETURN p.id AS id ORDER BY id";
    const params = { ids: ["tito", "khrushchev", "nobody"] };
    const plain = await database.readOne(cypher, params);
    const known: boolean[] = [];
    const [rows] = await withRequestStats(stats, () =>
      Promise.all([
        database.readOne(cypher, params),
        database.readTx(async (tx) => {
          known.push(probe.state !== undefined);
          return runIn(tx, "RETURN 1 AS one");
        }),
      ]),
    );
    expect(rows.map((r) => String(r.get("id")))).toEqual(plain.map((r) => String(r.get("id"))));
    expect(rows.length).toBeGreaterThan(0);
    // The later transaction began once the statement had brought the state.
    expect(known).toEqual([true]);
    expect(stats.roundTrips).toBe(2);
    const now = await readDataVersion(database);
    expect(probe.state).toEqual({ version: now.version, seq: now.seq });
  });

  it("is not known when the first one-statement read returns no row (nothing is stored under a state it did not bring)", async () => {
    const { stats, probe } = probedRequest();
    const rows = await withRequestStats(stats, () => database.readOne("MATCH (p:Person {id: $id}) RETURN p.id AS id", { id: "no-such-person" }));
    expect(rows).toEqual([]);
    await probe.read;
    expect(probe.read).toBeDefined();
    expect(probe.state).toBeUndefined();
  });

  it("stores the fresh answer: the next plain request is a hit with the same body, and a write makes it a miss", async () => {
    const { ask } = inProcessServer(database, { responseCacheBytes: 8 * 1024 * 1024 });
    const query = `query FreshState($f: StatementFilter) { network(filter: $f) { nodes { id } edges { id count } } }`;
    const variables = { f: { from: "1955-03-01", to: "1956-02-28" } };
    const fresh = await ask(query, variables, { "cache-control": "no-cache" });
    expect(fresh.headers.get("x-cache")).toBe("miss");
    const hit = await ask(query, variables);
    expect(hit.headers.get("x-cache")).toBe("hit");
    expect(JSON.stringify(hit.data)).toBe(JSON.stringify(fresh.data));
    await database.writeTx((tx) => tx.run("RETURN 1"));
    expect((await ask(query, variables)).headers.get("x-cache")).toBe("miss");
  });

  it("stores a fresh answer read in one auto-commit statement too (an ego network of depth 1)", async () => {
    const { ask } = inProcessServer(database, { responseCacheBytes: 8 * 1024 * 1024 });
    const query = `{ egoNetwork(id: "tito", depth: 1) { nodes { id } edges { id count } } }`;
    const fresh = await ask(query, {}, { "cache-control": "no-cache" });
    expect(fresh.headers.get("x-cache")).toBe("miss");
    expect((fresh.data as { egoNetwork: { edges: unknown[] } }).egoNetwork.edges.length).toBeGreaterThan(0);
    const hit = await ask(query);
    expect(hit.headers.get("x-cache")).toBe("hit");
    expect(JSON.stringify(hit.data)).toBe(JSON.stringify(fresh.data));
  });
});
