import { describe, expect, it } from "vitest";
import { partitionCamps, toSignedTies, triadBalance, type StanceEdge } from "./signed";

const edge = (source: string, target: string, support: number, oppose: number): StanceEdge => ({ source, target, counts: { support, oppose, mixed: 0, neutral: 0 } });

describe("signed ties", () => {
  it("nets support against opposition over both directions, and drops pairs that cancel out", () => {
    const ties = toSignedTies([edge("b", "a", 2, 0), edge("a", "b", 0, 1), edge("a", "c", 1, 1), edge("c", "d", 0, 3)]);
    expect(ties).toEqual([
      { a: "a", b: "b", sign: 1, weight: 1 },
      { a: "c", b: "d", sign: -1, weight: 3 },
    ]);
  });
});

describe("balanced triads", () => {
  it("a triangle of friends is balanced", () => {
    expect(triadBalance(toSignedTies([edge("a", "b", 1, 0), edge("b", "c", 1, 0), edge("c", "a", 1, 0)]))).toEqual({ triads: 1, balanced: 1, share: 1 });
  });
  it("the enemy of my enemy as a friend is balanced; two friends who share a friend they oppose is not", () => {
    expect(triadBalance(toSignedTies([edge("a", "b", 0, 1), edge("b", "c", 0, 1), edge("a", "c", 1, 0)])).balanced).toBe(1);
    expect(triadBalance(toSignedTies([edge("a", "b", 1, 0), edge("b", "c", 1, 0), edge("a", "c", 0, 1)]))).toEqual({ triads: 1, balanced: 0, share: 0 });
  });
  it("counts each closed triad once, and none in an open chain", () => {
    // K4 minus one tie: triangles abc and abd; abd has one negative tie (unbalanced).
    const ties = toSignedTies([edge("a", "b", 1, 0), edge("a", "c", 1, 0), edge("b", "c", 1, 0), edge("a", "d", 1, 0), edge("b", "d", 0, 2)]);
    expect(triadBalance(ties)).toEqual({ triads: 2, balanced: 1, share: 0.5 });
    expect(triadBalance(toSignedTies([edge("a", "b", 1, 0), edge("b", "c", 0, 1)]))).toEqual({ triads: 0, balanced: 0, share: null });
  });
});

describe("two camps", () => {
  it("splits two blocs that support within and oppose across, with no frustration", () => {
    const ties = toSignedTies([
      edge("khrushchev", "bulganin", 2, 0),
      edge("hoxha", "khrushchev", 1, 0),
      edge("tito", "kardelj", 2, 0),
      edge("kardelj", "rankovic", 1, 0),
      edge("hoxha", "tito", 0, 3),
      edge("khrushchev", "tito", 0, 1),
      edge("rankovic", "bulganin", 0, 1),
    ]);
    const { camps, frustration, totalWeight } = partitionCamps(ties);
    expect(frustration).toBe(0);
    expect(totalWeight).toBe(11);
    const campOf = (id: string) => camps.get(id);
    expect(new Set(["khrushchev", "bulganin", "hoxha"].map(campOf)).size).toBe(1);
    expect(new Set(["tito", "kardelj", "rankovic"].map(campOf)).size).toBe(1);
    expect(campOf("tito")).not.toBe(campOf("hoxha"));
    // Equal camps: camp 0 holds the first id in order.
    expect(campOf("bulganin")).toBe(0);
  });

  it("an unbalanced triangle leaves its lightest tie frustrated, whichever split is found", () => {
    const ties = toSignedTies([edge("a", "b", 3, 0), edge("b", "c", 2, 0), edge("a", "c", 0, 1)]);
    const result = partitionCamps(ties);
    expect(result.frustration).toBe(1);
    expect(result.frustrated).toEqual([{ a: "a", b: "c", sign: -1, weight: 1 }]);
    expect(new Set(result.camps.values())).toEqual(new Set([0]));
  });

  it("gives the same camps every time, and leaves actors with no signed tie out", () => {
    const edges = [edge("a", "b", 0, 1), edge("b", "c", 0, 1), edge("c", "d", 0, 1), edge("d", "a", 1, 0), edge("e", "f", 0, 0)];
    const first = partitionCamps(toSignedTies(edges));
    expect(partitionCamps(toSignedTies(edges))).toEqual(first);
    expect(first.camps.has("e")).toBe(false);
    expect(first.frustration).toBe(1);
  });
});
