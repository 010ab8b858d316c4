import { describe, expect, it } from "vitest";
import { propose } from "./propose";
import { collectivesOf } from "./propose-descriptions";
import { RULES_ONLY } from "./propose-model";
import { testInput } from "./propose-test-input";
import type { FoundActor } from "./types";

// Actors, countries and sentences written for these tests; none is taken from the seed documents.
const actors: Record<string, FoundActor> = {
  Marek: { id: "marek", name: "Marek Novak" },
  Ilse: { id: "ilse", name: "Ilse Berg" },
  Oskar: { id: "oskar", name: "Oskar Lind" },
  Norway: { id: "norway", name: "Norway" },
  Greece: { id: "greece", name: "Greece" },
  "Norwegian Labour League": { id: "nll", name: "Norwegian Labour League" },
};
const organizations = [
  { id: "nll", name: "Norwegian Labour League", kind: "party", country: "Norway" },
  { id: "norway", name: "Norway", kind: "state", country: "Norway" },
  { id: "greece", name: "Greece", kind: "state", country: "Greece" },
];
const countries = [
  { id: "marek", country: "Norway" },
  { id: "ilse", country: "Greece" },
  { id: "oskar", country: "Greece" },
];

const input = (passages: string[]) => testInput(actors, passages, { collectives: collectivesOf(organizations), countries });

const pairs = (passages: string[]) =>
  propose(input(passages), RULES_ONLY).map((p) => `${p.speaker.id}->${p.target.id}:${p.stance}`);

describe("what the codebook says is not evaluated", () => {
  it("leaves out the parties to a relation: 'friendly relations between Norway and Oskar'", () => {
    const found = pairs(["Marek said that he wanted friendly relations between Norway and Oskar's union."]);
    expect(found).not.toContain("marek->norway:support");
    expect(found).not.toContain("marek->oskar:support");
    expect(pairs(["Marek said that Oskar was a friend of the dockers."])).toContain("marek->oskar:support");
  });

  it("leaves out a state named as the place: 'hostile elements in Norway'", () => {
    expect(pairs(["Oskar said that hostile elements are active in Norway."])).not.toContain("oskar->norway:oppose");
    expect(pairs(["Oskar said that Norway is hostile to us."])).toContain("oskar->norway:oppose");
  });

  it("leaves out a speaker on their own party or state, not on another's", () => {
    expect(pairs(["Marek declared that the Norwegian Labour League had been right all along."])).toEqual([]);
    expect(pairs(["Oskar declared that the Norwegian Labour League had been right all along."])).toContain(
      "oskar->nll:support",
    );
  });
});
