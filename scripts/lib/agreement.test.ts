import { describe, expect, it } from "vitest";
import { agreementOf, krippendorffAlphaNominal, matchStatements, pool, type CodedStatement } from "./agreement";

const s = (speaker: string, target: string, stance: string, passage: number, span: [number, number]): CodedStatement => ({ speaker, target, stance, passage, span });

describe("Krippendorff's alpha, nominal, two coders", () => {
  it("gives the published figure for Krippendorff's binary example (α = 0.095)", () => {
    const a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0];
    const b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0];
    const alpha = krippendorffAlphaNominal(a.map((v, i) => [String(v), String(b[i])]));
    expect(alpha).toBeCloseTo(0.0952, 4);
  });

  it("is 1 for perfect agreement, below 0 for systematic disagreement, and undefined without variation", () => {
    expect(krippendorffAlphaNominal([["support", "support"], ["oppose", "oppose"], ["mixed", "mixed"]])).toBe(1);
    expect(krippendorffAlphaNominal([["support", "oppose"], ["oppose", "support"]])).toBeLessThan(0);
    expect(krippendorffAlphaNominal([["oppose", "oppose"]])).toBeNull();
    expect(krippendorffAlphaNominal([])).toBeNull();
  });
});

describe("matching two codings", () => {
  it("matches a statement with one of the same pair and passage whose quote shares the most characters", () => {
    const first = [s("tito", "nagy", "oppose", 3, [10, 50])];
    const second = [s("tito", "nagy", "oppose", 3, [0, 12]), s("tito", "nagy", "mixed", 3, [20, 60]), s("tito", "nagy", "oppose", 4, [10, 50])];
    expect(matchStatements(first, second)).toEqual([[first[0], second[1]]]);
  });

  it("never matches across pairs or passages, nor without shared characters, nor one statement twice", () => {
    const first = [s("tito", "nagy", "oppose", 3, [10, 20]), s("tito", "nagy", "oppose", 3, [12, 18])];
    expect(matchStatements(first, [s("nagy", "tito", "oppose", 3, [10, 20])])).toEqual([]);
    expect(matchStatements(first, [s("tito", "nagy", "oppose", 3, [20, 30])])).toEqual([]);
    expect(matchStatements(first, [s("tito", "nagy", "oppose", 3, [10, 20])])).toHaveLength(1);
  });

  it("reports pair and statement recall and precision against the first coding, and stance on what both found", () => {
    const first = [s("a", "b", "support", 1, [0, 10]), s("a", "c", "oppose", 2, [0, 10]), s("c", "a", "oppose", 3, [0, 10])];
    const second = [s("a", "b", "support", 1, [5, 15]), s("a", "c", "mixed", 2, [0, 4]), s("b", "c", "oppose", 4, [0, 10])];
    const result = agreementOf(first, second);
    expect(result.pairs).toEqual({ first: 3, second: 3, both: 2, recall: 2 / 3, precision: 2 / 3 });
    expect(result.statements).toMatchObject({ matched: 2, recall: 2 / 3, precision: 2 / 3 });
    expect(result.stance).toMatchObject({ units: 2, agreement: 0.5 });
    const pooled = pool([result, agreementOf(first, first)]);
    expect(pooled.pairs).toMatchObject({ first: 6, both: 5 });
    expect(pooled.stance.units).toBe(5);
  });
});
