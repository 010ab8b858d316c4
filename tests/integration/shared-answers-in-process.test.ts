import { afterAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../support/database";
import { inProcessServer } from "../support/in-process";

const database = openTestDatabase();
afterAll(() => database.close());

/**
 * Identical reads that arrive while the same answer is being computed, under the same data
 * version, wait for that answer instead of each computing it (graph/schema/answer-cache.ts): after
 * a write, the readers of a touched view cost one computation, not one each.
 */
describe("identical reads computed once", () => {
  const { ask } = inProcessServer(database, { responseCacheBytes: 8 * 1024 * 1024 });
  // Queries no other test sends, so the first of each is computed.
  const NETWORK = "query SharedNetwork($filter: StatementFilter) { network(filter: $filter) { nodes { id } edges { id count netStance } } }";

  it("answers a burst of identical reads from one computation, every reader the same answer", async () => {
    const filter = { from: "1950-01-02", includeOrganizations: true };
    const answers = await Promise.all(Array.from({ length: 8 }, () => ask(NETWORK, { filter })));
    const kinds = answers.map((a) => a.headers.get("x-cache"));
    expect(kinds.filter((k) => k === "miss")).toHaveLength(1);
    expect(kinds.filter((k) => k === "shared").length).toBeGreaterThan(0);
    expect(kinds.every((k) => k === "miss" || k === "shared" || k === "hit")).toBe(true);
    for (const a of answers) expect(a.data).toEqual(answers[0]!.data);
    expect((answers[0]!.data as { network: { edges: unknown[] } }).network.edges.length).toBeGreaterThan(0);
  });

  it("computes a fresh answer for every reader who asks for one", async () => {
    const filter = { from: "1950-01-03", includeOrganizations: true };
    const answers = await Promise.all(Array.from({ length: 4 }, () => ask(NETWORK, { filter }, { "cache-control": "no-cache" })));
    expect(answers.map((a) => a.headers.get("x-cache"))).toEqual(["miss", "miss", "miss", "miss"]);
  });

  it("lets waiting readers compute their own when the first one's answer is an error", async () => {
    const query = `{ egoNetwork(id: "no-such-actor-shared", depth: 1) { nodes { id } } }`;
    const answers = await Promise.all(Array.from({ length: 4 }, () => ask(query)));
    expect(answers.map((a) => a.code)).toEqual(["NOT_FOUND", "NOT_FOUND", "NOT_FOUND", "NOT_FOUND"]);
    expect(answers.every((a) => a.headers.get("x-cache") === null)).toBe(true);
  });
});
