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
});
