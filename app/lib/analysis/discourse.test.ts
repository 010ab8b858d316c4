import { describe, expect, it } from "vitest";
import { discourseNetworks } from "./discourse";
import type { StanceEdge } from "./signed";

const said = (source: string, target: string, stance: "support" | "oppose" | "mixed"): StanceEdge => ({
  source,
  target,
  counts: { support: stance === "support" ? 1 : 0, oppose: stance === "oppose" ? 1 : 0, mixed: stance === "mixed" ? 1 : 0, neutral: 0 },
});

describe("congruence and conflict networks", () => {
  it("ties speakers who take the same side on a target in congruence, opposite sides in conflict", () => {
    const { congruence, conflict } = discourseNetworks([
      said("hoxha", "tito", "oppose"),
      said("khrushchev", "tito", "oppose"),
      said("kardelj", "tito", "support"),
      said("hoxha", "nagy", "oppose"),
      said("khrushchev", "nagy", "oppose"),
      said("kardelj", "nagy", "mixed"),
    ]);
    expect(congruence).toEqual([{ a: "hoxha", b: "khrushchev", weight: 2, targets: ["nagy", "tito"] }]);
    expect(conflict).toEqual([
      { a: "hoxha", b: "kardelj", weight: 1, targets: ["tito"] },
      { a: "kardelj", b: "khrushchev", weight: 1, targets: ["tito"] },
    ]);
  });

  it("counts a speaker who both supports and opposes a target with each side, never with itself", () => {
    const edge: StanceEdge = { source: "a", target: "t", counts: { support: 1, oppose: 2, mixed: 0, neutral: 0 } };
    const { congruence, conflict } = discourseNetworks([edge, said("b", "t", "support"), said("c", "t", "oppose")]);
    expect(congruence).toEqual([
      { a: "a", b: "b", weight: 1, targets: ["t"] },
      { a: "a", b: "c", weight: 1, targets: ["t"] },
    ]);
    expect(conflict).toEqual([
      { a: "a", b: "b", weight: 1, targets: ["t"] },
      { a: "a", b: "c", weight: 1, targets: ["t"] },
      { a: "b", b: "c", weight: 1, targets: ["t"] },
    ]);
  });
});
