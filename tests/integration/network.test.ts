import { describe, expect, it } from "vitest";
import { gql } from "../support/http";

interface NetworkResult {
  network: {
    nodes: { id: string; name: string; statementsMade: number; statementsReceived: number; degree: number }[];
    edges: { id: string; source: string; target: string; count: number; netStance: string; firstDate: string; lastDate: string }[];
  };
}

const NETWORK = `query Network($filter: StatementFilter) {
  network(filter: $filter) {
    nodes { id name statementsMade statementsReceived degree }
    edges { id source target count netStance firstDate lastDate }
  }
}`;

describe("network over HTTP", () => {
  it("derives a person-to-person graph from the seeded statements", async () => {
    const result = await gql<NetworkResult>(NETWORK);
    expect(result.errors).toBeUndefined();
    const { nodes, edges } = result.data!.network;
    expect(nodes.length).toBeGreaterThan(5);
    expect(edges.length).toBeGreaterThan(5);
    const ids = new Set(nodes.map((n) => n.id));
    for (const e of edges) {
      expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
      expect(["support", "oppose", "mixed", "neutral"]).toContain(e.netStance);
      expect(e.firstDate <= e.lastDate).toBe(true);
    }
    expect(ids.has("khrushchev") && ids.has("tito")).toBe(true);
    const made = nodes.reduce((sum, n) => sum + n.statementsMade, 0);
    expect(made).toBe(edges.reduce((sum, e) => sum + e.count, 0));
  });

  it("narrows to a date range", async () => {
    const all = (await gql<NetworkResult>(NETWORK)).data!.network.edges;
    const only1957 = (await gql<NetworkResult>(NETWORK, { filter: { from: "1957-01-01", to: "1957-12-31" } })).data!.network.edges;
    expect(only1957.length).toBeGreaterThan(0);
    expect(only1957.length).toBeLessThan(all.length);
    for (const e of only1957) expect(e.firstDate >= "1957-01-01").toBe(true);
  });

  it("draws a large corpus from its most active actors, the same ones under every filter", async () => {
    const LIMITED = `query Limited($filter: StatementFilter, $limit: Int) {
      network(filter: $filter, limit: $limit) { nodes { id statementsMade statementsReceived } edges { source target count } actorCount limit truncated }
    }`;
    type Limited = { network: NetworkResult["network"] & { actorCount: number; limit: number; truncated: boolean } };
    const whole = (await gql<Limited>(LIMITED)).data!.network;
    expect(whole.truncated).toBe(false);
    expect(whole.limit).toBe(1000);
    expect(whole.actorCount).toBeGreaterThanOrEqual(whole.nodes.length);

    const five = (await gql<Limited>(LIMITED, { limit: 5 })).data!.network;
    expect(five.truncated).toBe(true);
    expect(five.actorCount).toBe(whole.actorCount);
    expect(five.nodes.length).toBeGreaterThan(1);
    expect(five.nodes.length).toBeLessThanOrEqual(5);
    const cast = new Set(five.nodes.map((n) => n.id));
    for (const e of five.edges) expect(cast.has(e.source) && cast.has(e.target)).toBe(true);
    // The most active speaker of the seed corpus is always in the cast.
    expect(cast.has("khrushchev")).toBe(true);
    // A filtered view draws from the same cast, so nodes keep their place as filters change.
    const filtered = (await gql<Limited>(LIMITED, { limit: 5, filter: { from: "1956-01-01", to: "1956-12-31" } })).data!.network;
    expect(filtered.nodes.length).toBeGreaterThan(0);
    for (const n of filtered.nodes) expect(cast.has(n.id)).toBe(true);
    // Asking for someone outside the cast draws nothing rather than everyone.
    const outsider = whole.nodes.map((n) => n.id).find((id) => !cast.has(id))!;
    const none = (await gql<Limited>(LIMITED, { limit: 5, filter: { speakers: [outsider] } })).data!.network;
    expect(none.nodes).toEqual([]);
  });

  it("refuses a limit outside 1–5000 and says which", async () => {
    for (const limit of [0, 5001]) {
      const result = await gql(`{ network(limit: ${limit}) { actorCount } }`);
      expect(result.errors?.[0]?.extensions?.code).toBe("LIMIT_EXCEEDED");
      expect(result.errors?.[0]?.message).toContain("between 1 and 5000");
    }
  });
});
