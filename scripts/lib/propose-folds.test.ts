import fs from "node:fs";
import { describe, expect, it } from "vitest";
import type { Proposal } from "../../graph/ingest/types";
import {
  chooseThreshold,
  evalDocumentsOf,
  foldsOf,
  MODEL_FILE,
  readSeedCorpus,
  trainedModelText,
  type EvalDocument,
} from "./propose-folds";

const corpus = readSeedCorpus();
const documents = evalDocumentsOf(corpus);
const largest = [...documents].sort((a, b) => b.truth.length - a.truth.length)[0]!;

/** The same documents with one document's coding turned around: every stance flipped, every quote cut short. */
function withCodingAltered(id: string): EvalDocument[] {
  const flip = { support: "oppose", oppose: "support", mixed: "neutral", neutral: "mixed" } as const;
  return documents.map((d) =>
    d.id !== id ? d : { ...d, truth: d.truth.map((s) => ({ ...s, stance: flip[s.stance], quote: s.quote.slice(0, 12) })) },
  );
}

describe("leave-one-document-out folds", () => {
  const folds = foldsOf(documents);
  const altered = foldsOf(withCodingAltered(largest.id));

  it("fits each fold on the other documents only", () => {
    for (const { heldOut, model } of folds) {
      expect(model.trainedOn).not.toContain(heldOut.id);
      expect(model.trainedOn).toHaveLength(documents.length - 1);
    }
  });

  it("gives the held-out document's fold the same model whatever its own coding says", () => {
    const mine = (list: typeof folds) => list.find((f) => f.heldOut.id === largest.id)!.model;
    expect(mine(altered)).toEqual(mine(folds));
  });

  it("changes the other folds' models when that coding changes, so the check above can fail", () => {
    const others = folds.filter((f) => f.heldOut.id !== largest.id);
    const changed = others.filter((f) => {
      const twin = altered.find((a) => a.heldOut.id === f.heldOut.id)!;
      return JSON.stringify(twin.model) !== JSON.stringify(f.model);
    });
    expect(changed.length).toBeGreaterThan(0);
  });
});

describe("the model imports use", () => {
  it("is the one fitted on every seed document now (run npm run train:propose when this fails)", () => {
    expect(fs.readFileSync(MODEL_FILE, "utf8")).toBe(trainedModelText(corpus));
  });
});

describe("chooseThreshold", () => {
  const proposal = (speaker: string, target: string, confidence: number) =>
    ({ speaker: { id: speaker, name: speaker }, target: { id: target, name: target }, confidence }) as Proposal;
  const truth = (speaker: string, target: string) =>
    ({ speaker, target, stance: "oppose", mode: "written", passage: 1, quote: "x" }) as const;

  it("keeps the most recall at precision of one half or more", () => {
    const run = {
      truth: [truth("a", "b"), truth("a", "c"), truth("d", "e")],
      proposals: [
        proposal("a", "b", 0.9),
        proposal("x", "y", 0.5),
        proposal("a", "c", 0.4),
        proposal("x", "z", 0.3),
        proposal("q", "r", 0.2),
        proposal("d", "e", 0.1),
      ],
    };
    // At 0.4: 2 of 3 right (recall 2/3); at 0.1: 3 of 6 right (recall 1, precision 0.5).
    expect(chooseThreshold([run])).toBe(0.1);
    // One more wrong pair at 0.1 takes it below one half: the highest threshold with recall 2/3 stands.
    const noisier = { ...run, proposals: [...run.proposals, proposal("s", "t", 0.1)] };
    expect(chooseThreshold([noisier])).toBe(0.4);
  });

  it("keeps the most precise threshold when none reaches one half", () => {
    const run = {
      truth: [truth("a", "b")],
      proposals: [proposal("x", "y", 0.9), proposal("a", "b", 0.6), proposal("x", "z", 0.2), proposal("x", "w", 0.1)],
    };
    expect(chooseThreshold([run])).toBe(0.6);
  });
});
