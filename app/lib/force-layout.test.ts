import { describe, expect, it } from "vitest";
import { syntheticElements } from "@/scripts/lib/synthetic-graph";
import { forceLayout, type LayoutInput } from "./force-layout";
import { toLayoutInput } from "./layout-input";

const boxesOverlap = (input: LayoutInput, positions: ReturnType<typeof forceLayout>) => {
  const found: string[] = [];
  const boxes = input.nodes.map((n) => ({ id: n.id, x: positions[n.id]!.x, y: positions[n.id]!.y + n.dy, w: n.width, h: n.height }));
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      if (Math.abs(a.x - b.x) < (a.w + b.w) / 2 && Math.abs(a.y - b.y) < (a.h + b.h) / 2) found.push(`${a.id}/${b.id}`);
    }
  }
  return found;
};

describe("forceLayout", () => {
  const input = toLayoutInput(syntheticElements(300));

  it("is a pure function of the element set: the same picture whatever the input order", () => {
    const first = forceLayout(input);
    const shuffled = { ...input, nodes: [...input.nodes].reverse(), edges: [...input.edges].reverse() };
    expect(forceLayout(shuffled)).toEqual(first);
  });

  it("places every node at a finite position", () => {
    const positions = forceLayout(input);
    expect(Object.keys(positions).sort()).toEqual(input.nodes.map((n) => n.id).sort());
    for (const p of Object.values(positions)) {
      expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    }
  });

  it("separates nodes: no two node-and-label boxes overlap", () => {
    expect(boxesOverlap(input, forceLayout(input))).toEqual([]);
  });

  it("keeps linked nodes closer than unlinked ones", () => {
    const positions = forceLayout(input);
    const distance = (a: string, b: string) => Math.hypot(positions[a]!.x - positions[b]!.x, positions[a]!.y - positions[b]!.y);
    const linked = input.edges.map((e) => distance(e.source, e.target));
    const ids = input.nodes.map((n) => n.id);
    const unlinked = ids.slice(0, 100).map((id, i) => distance(id, ids[(i * 37 + 101) % ids.length]!));
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean(linked)).toBeLessThan(0.75 * mean(unlinked));
  });

  it("draws another picture for another seed (Re-layout), still deterministic", () => {
    const again = forceLayout({ ...input, seed: 3 });
    expect(again).not.toEqual(forceLayout(input));
    expect(forceLayout({ ...input, seed: 3 })).toEqual(again);
  });

  it("handles the edge cases: nothing, one node, coincident links", () => {
    expect(forceLayout({ nodes: [], edges: [] })).toEqual({});
    const one = forceLayout({ nodes: [{ id: "a", width: 20, height: 30, dy: 5 }], edges: [{ source: "a", target: "a" }, { source: "a", target: "gone" }] });
    expect(Number.isFinite(one.a!.x)).toBe(true);
  });
});
