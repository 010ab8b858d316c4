import { describe, expect, it } from "vitest";
import type { LayoutInput } from "@/app/lib/force-layout";
import { countBoxOverlaps, countDiscOverlaps, edgeLengthCv, fitZoom, meanShapeChange, measureQuality, nodeBoxes, samePositions, scaleToFit, SCREEN, type Rect } from "./layout-quality";
import { random } from "./random";

const disc = (x: number, y: number, r: number): Rect => ({ x, y, halfWidth: r, halfHeight: r });
const box = (x: number, y: number, halfWidth: number, halfHeight: number): Rect => ({ x, y, halfWidth, halfHeight });

/** The plain count the grid must agree with. */
const bruteForce = (items: Rect[], touch: (a: Rect, b: Rect) => boolean) => {
  let n = 0;
  for (let i = 0; i < items.length; i++) for (let j = i + 1; j < items.length; j++) if (touch(items[i]!, items[j]!)) n++;
  return n;
};

describe("overlap counts", () => {
  it("counts discs closer than their radii together, not those that merely touch", () => {
    expect(countDiscOverlaps([disc(0, 0, 10), disc(19, 0, 10), disc(40, 0, 10), disc(60, 0, 10)])).toBe(1);
    expect(countDiscOverlaps([disc(0, 0, 10), disc(0, 0, 10), disc(0, 0, 10)])).toBe(3);
    expect(countDiscOverlaps([])).toBe(0);
  });

  it("counts boxes sharing area on both axes", () => {
    expect(countBoxOverlaps([box(0, 0, 50, 5), box(90, 4, 50, 5), box(90, 20, 50, 5), box(-20, 10, 50, 5)])).toBe(1);
  });

  it("agrees with a pairwise scan on scattered items of mixed sizes, negative coordinates included", () => {
    const next = random(5);
    const items = Array.from({ length: 400 }, () => box(next() * 2_000 - 1_000, next() * 1_000 - 500, 5 + next() * 60, 5 + next() * 20));
    const overlap = (a: Rect, b: Rect) => Math.abs(a.x - b.x) < a.halfWidth + b.halfWidth && Math.abs(a.y - b.y) < a.halfHeight + b.halfHeight;
    expect(countBoxOverlaps(items)).toBe(bruteForce(items, overlap));
    const discs = items.map((b) => disc(b.x, b.y, b.halfHeight));
    expect(countDiscOverlaps(discs)).toBe(bruteForce(discs, (a, b) => Math.hypot(a.x - b.x, a.y - b.y) < a.halfWidth + b.halfWidth));
  });
});

const input: LayoutInput = {
  nodes: ["a", "b", "c"].map((id) => ({ id, width: 40, height: 30, dy: 5 })),
  edges: [
    { source: "a", target: "b" },
    { source: "b", target: "c" },
    { source: "c", target: "c" },
    { source: "a", target: "gone" },
  ],
};

describe("link lengths", () => {
  it("are even when every link is as long (self-links and missing ends ignored)", () => {
    expect(edgeLengthCv(input, { a: { x: 0, y: 0 }, b: { x: 100, y: 0 }, c: { x: 100, y: 100 } })).toBe(0);
  });

  it("spread as their standard deviation over their mean", () => {
    // Lengths 100 and 300: mean 200, deviation 100.
    expect(edgeLengthCv(input, { a: { x: 0, y: 0 }, b: { x: 100, y: 0 }, c: { x: 100, y: 300 } })).toBeCloseTo(0.5, 10);
  });
});

describe("the picture's size on screen", () => {
  it("fits the widest extent of the boxes within the margin", () => {
    const boxes = [box(0, 0, 10, 10), box(1_000, 0, 10, 10)];
    expect(fitZoom(boxes)).toBeCloseTo((SCREEN.width - 2 * SCREEN.margin) / 1_020, 10);
  });

  it("places each node's box below its centre by dy, the label hanging under the node", () => {
    expect(nodeBoxes(input, { a: { x: 1, y: 2 }, b: { x: 0, y: 0 }, c: { x: 0, y: 0 } })[0]).toEqual({ x: 1, y: 7, halfWidth: 20, halfHeight: 15 });
  });

  it("scales a picture until it fits at the asked zoom", () => {
    const small = { a: { x: 0, y: 0 }, b: { x: 50, y: 0 }, c: { x: 25, y: 40 } };
    const scaled = scaleToFit(input, small, 0.25);
    expect(fitZoom(nodeBoxes(input, scaled))).toBeCloseTo(0.25, 4);
    expect(measureQuality(input, scaled).edgeLengthCv).toBeCloseTo(edgeLengthCv(input, small), 10);
  });
});

describe("samePositions", () => {
  it("asks for every coordinate equal to the last bit", () => {
    const p = { a: { x: 0.1 + 0.2, y: 1 } };
    expect(samePositions(p, { a: { x: 0.1 + 0.2, y: 1 } })).toBe(true);
    expect(samePositions(p, { a: { x: 0.3, y: 1 } })).toBe(false);
    expect(samePositions(p, { b: { x: 0.1 + 0.2, y: 1 } })).toBe(false);
    expect(samePositions(p, { ...p, b: { x: 0, y: 0 } })).toBe(false);
  });
});

describe("meanShapeChange", () => {
  const before = { a: { x: 0, y: 0 }, b: { x: 100, y: 0 }, c: { x: 0, y: 50 }, d: { x: 30, y: 80 } };
  const turned = (angle: number, dx: number, dy: number) =>
    Object.fromEntries(Object.entries(before).map(([id, p]) => [id, { x: p.x * Math.cos(angle) - p.y * Math.sin(angle) + dx, y: p.x * Math.sin(angle) + p.y * Math.cos(angle) + dy }]));

  it("sees no change in a picture only shifted and turned", () => {
    expect(meanShapeChange(before, turned(0.7, 500, -20))).toBeCloseTo(0, 9);
    expect(meanShapeChange(before, turned(-2.5, 0, 0))).toBeCloseTo(0, 9);
  });

  it("measures a node moved within the picture", () => {
    // One of four nodes moved by 40. The best fit's squared error is at most the unaligned 40², so the
    // mean distance is at most its root mean square, 20; a turn cannot hide a change of shape.
    const moved = { ...before, d: { x: 70, y: 80 } };
    const change = meanShapeChange(before, moved);
    expect(change).toBeGreaterThan(5);
    expect(change).toBeLessThanOrEqual(20);
  });
});
