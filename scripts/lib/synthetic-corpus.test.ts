import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readValidCorpus } from "@/graph/seed";
import { measureShape, shapeInputOf, type CorpusShape } from "./corpus-shape";
import SEED_SHAPE from "./seed-shape.json";
import { buildCorpus, generateCorpus, shapeInputOfSynthetic } from "./synthetic-corpus";
import { ROOT } from "./paths";

/**
 * The synthetic corpus keeps the seed's shape at the sizes the benchmark runs (5k and 100k
 * statements): each figure within the stated tolerance of seed/'s own (scripts/lib/seed-shape.json).
 */
type Figure = { [K in keyof CorpusShape]: CorpusShape[K] extends number ? K : never }[keyof CorpusShape];
const ABSOLUTE: Partial<Record<Figure, number>> = {
  speakerGini: 0.12,
  targetGini: 0.12,
  topTenthSpeakersShare: 0.15,
  singleStatementPairs: 0.08,
  statementsInPairsOfFivePlus: 0.1,
  datedByText: 0.05,
  inBusiestTenthOfMonths: 0.12,
  withinMonthOfDocument: 0.03,
  passagesWithStatements: 0.07,
  speakingActors: 0.06,
  targetedActors: 0.1,
};
const RELATIVE: Partial<Record<Figure, number>> = {
  statementsPerPair: 0.1,
  statementsPerDocument: 0.1,
  passagesPerDocument: 0.15,
  statementsPerPassageWithAny: 0.1,
};
const SHARE = 0.05;

function expectSeedShape(shape: CorpusShape): void {
  for (const [key, tolerance] of Object.entries(ABSOLUTE) as [Figure, number][]) {
    expect(Math.abs(shape[key] - SEED_SHAPE[key]), `${key}: ${shape[key]} vs the seed's ${SEED_SHAPE[key]}`).toBeLessThanOrEqual(tolerance);
  }
  for (const [key, tolerance] of Object.entries(RELATIVE) as [Figure, number][]) {
    const seed = SEED_SHAPE[key];
    expect(Math.abs(shape[key] - seed) / seed, `${key}: ${shape[key]} vs the seed's ${seed}`).toBeLessThanOrEqual(tolerance);
  }
  for (const table of ["modes", "stances"] as const) {
    for (const [key, seed] of Object.entries(SEED_SHAPE[table])) {
      const share = shape[table][key] ?? 0;
      expect(Math.abs(share - seed), `${table}.${key}: ${share} vs the seed's ${seed}`).toBeLessThanOrEqual(SHARE);
    }
  }
}

describe("the synthetic corpus", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stance-shape-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("measures the seed as scripts/lib/seed-shape.json says", () => {
    expect(measureShape(shapeInputOf(readValidCorpus(path.join(ROOT, "seed"), ROOT)))).toEqual(SEED_SHAPE);
  });

  it("at 5,000 statements is valid seed data with the seed's shape, read back from its files", () => {
    const made = generateCorpus(dir, { statements: 5000, seed: 1 });
    const corpus = readValidCorpus(dir, dir);
    expect(corpus.statements).toHaveLength(5000);
    expect(made.statements).toBe(5000);
    const shape = measureShape(shapeInputOf(corpus));
    expect(shape.statements).toBe(5000);
    expectSeedShape(shape);
  });

  it("at 100,000 statements has the seed's shape", { timeout: 60_000 }, () => {
    const shape = measureShape(shapeInputOfSynthetic(buildCorpus({ statements: 100_000, people: 10_000, seed: 1 })));
    expect(shape.statements).toBe(100_000);
    expect(shape.actors).toBe(10_001);
    expectSeedShape(shape);
  });

  it("is the same corpus for the same seed number, and another for another", () => {
    const a = JSON.stringify(buildCorpus({ statements: 2000, seed: 3 }));
    expect(JSON.stringify(buildCorpus({ statements: 2000, seed: 3 }))).toBe(a);
    expect(JSON.stringify(buildCorpus({ statements: 2000, seed: 4 }))).not.toBe(a);
  });
});
