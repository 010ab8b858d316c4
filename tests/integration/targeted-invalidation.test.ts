import { afterAll, describe, expect, it } from "vitest";
import { deleteStatements } from "@/graph/aggregates";
import type { Viewer } from "@/graph/auth/viewer";
import { createStatement, updateStatement } from "@/graph/curation";
import { statementInput } from "../support/curation";
import { openTestDatabase } from "../support/database";
import { inProcessServer } from "../support/in-process";

const database = openTestDatabase();
const { ask } = inProcessServer(database, { responseCacheBytes: 16 * 1024 * 1024 });

/**
 * A curator's write empties only the cached answers it could change: those that read its speaker
 * or target over the days its date covered, and every answer that does not say what it read.
 * Every answer served after the write equals one computed afresh.
 */
const id = "s-test-targeted-invalidation";
const admin: Viewer = { username: "invalidation-admin", role: "admin", via: "token" };

afterAll(async () => {
  await database.writeTx(async (tx) => {
    await tx.run("MATCH (r:Revision {subject: $id}) DETACH DELETE r", { id });
    await deleteStatements(tx, [id]);
  });
  await database.close();
});

const NETWORK = `query N($filter: StatementFilter) { network(filter: $filter) { nodes { id statementsMade } edges { id count firstDate lastDate } } }`;
const EGO = `query E($id: ID!) { egoNetwork(id: $id, depth: 1) { nodes { id } edges { id count } } }`;
const TIMELINE = `query T($filter: StatementFilter) { timeline(filter: $filter) { month total } }`;
const ACTOR = `query A { actor(id: "tito") { name } }`;
const Y1955 = { filter: { from: "1955-01-01", to: "1955-12-31" } };
const Y1957 = { filter: { from: "1957-01-01", to: "1957-12-31" } };

type Asked = { query: string; variables: Record<string, unknown> };
const views: Record<string, Asked> = {
  network: { query: NETWORK, variables: {} },
  network1955: { query: NETWORK, variables: Y1955 },
  network1957: { query: NETWORK, variables: Y1957 },
  timeline: { query: TIMELINE, variables: {} },
  timeline1955: { query: TIMELINE, variables: Y1955 },
  egoHoxha: { query: EGO, variables: { id: "hoxha" } },
  actor: { query: ACTOR, variables: {} },
};

/** Each view as the cache answers it now, with whether it was computed, and as computed afresh. */
async function askAll() {
  const seen: Record<string, { cache: string | null; body: unknown; fresh: unknown }> = {};
  for (const [name, v] of Object.entries(views)) {
    const answer = await ask(v.query, v.variables);
    const fresh = await ask(v.query, v.variables, { "cache-control": "no-cache" });
    expect(answer.errors, name).toBeUndefined();
    seen[name] = { cache: answer.headers.get("x-cache"), body: answer.data, fresh: fresh.data };
  }
  return seen;
}

describe("a write empties only the cached answers it could change", () => {
  it("recomputes every answer a curator's statement touches, keeps the others, and never serves a stale one", async () => {
    await askAll();
    const warm = await askAll();
    for (const [name, v] of Object.entries(warm)) expect(v.cache, name).toBe("hit");

    // Hoxha about Khrushchev, April 1957: the 1957 and unfiltered views change; 1955 ones cannot.
    const passage = (await database.read("MATCH (p:Passage {id: $id}) RETURN p.text AS t", { id: statementInput(id, "").passage }))[0]!.get("t") as string;
    await createStatement(database, { ...statementInput(id, passage.slice(0, 30)), stance: "support", mode: "direct", date: "1957-04" }, admin);
    const afterCreate = await askAll();
    for (const name of ["network", "network1957", "timeline", "egoHoxha", "actor"]) expect(afterCreate[name]!.cache, name).toBe("miss");
    for (const name of ["network1955", "timeline1955"]) expect(afterCreate[name]!.cache, name).toBe("hit");
    for (const [name, v] of Object.entries(afterCreate)) expect(v.body, name).toEqual(v.fresh);
    expect(afterCreate.network!.body).not.toEqual(warm.network!.body);
    expect(afterCreate.network1955!.body).toEqual(warm.network1955!.body);

    // Moved to June 1955: now the 1955 views change too, and the 1957 ones (it left them).
    await updateStatement(database, id, { date: "1955-06" }, "invalidation-admin");
    const afterMove = await askAll();
    for (const name of ["network", "network1955", "network1957", "timeline", "timeline1955", "egoHoxha", "actor"]) expect(afterMove[name]!.cache, name).toBe("miss");
    for (const [name, v] of Object.entries(afterMove)) expect(v.body, name).toEqual(v.fresh);
    expect(afterMove.network1955!.body).not.toEqual(warm.network1955!.body);
  });

  it("still sees a write by another process that says nothing of what it changed", async () => {
    await ask(NETWORK, Y1955);
    expect((await ask(NETWORK, Y1955)).headers.get("x-cache")).toBe("hit");
    await database.writeTx((tx) => tx.run("MATCH (p:Person {id: 'tito'}) SET p.name = p.name"));
    expect((await ask(NETWORK, Y1955)).headers.get("x-cache")).toBe("miss");
  });
});
