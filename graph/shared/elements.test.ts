import { describe, expect, it } from "vitest";
import { LEADING_ACTORS, toCytoscapeElements } from "./elements";

const node = (id: string, made: number, received: number) => ({ id, name: id, kind: "person" as const, country: null, statementsMade: made, statementsReceived: received });

describe("drawing elements", () => {
  it("marks the most active actors as leading, so their names stay on screen", () => {
    const nodes = Array.from({ length: 8 }, (_, i) => node(`a${i}`, i, i));
    const { nodes: drawn } = toCytoscapeElements({ nodes, edges: [] });
    const leading = drawn.filter((n) => n.data.leading).map((n) => n.data.id);
    expect(leading).toHaveLength(LEADING_ACTORS);
    expect(leading.sort()).toEqual(["a3", "a4", "a5", "a6", "a7"]);
    expect(drawn.find((n) => n.data.id === "a7")!.data.activity).toBe(14);
    expect(drawn.find((n) => n.data.id === "a0")!.data).not.toHaveProperty("leading");
  });
});
