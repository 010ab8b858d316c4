import { describe, expect, it } from "vitest";
import { propose } from "./propose";
import { collectivesOf, descriptionMentions } from "./propose-descriptions";
import { RULES_ONLY } from "./propose-model";
import { testInput } from "./propose-test-input";
import type { FoundActor } from "./types";

// Actors, countries and sentences written for these tests; none is taken from the seed documents.
const actors: Record<string, FoundActor> = {
  Marek: { id: "marek", name: "Marek Novak" },
  Ilse: { id: "ilse", name: "Ilse Berg" },
  Oskar: { id: "oskar", name: "Oskar Lind" },
};
const organizations = [
  { id: "nlp", name: "Norwegian Labour League", kind: "party", country: "Norway" },
  { id: "norway", name: "Norway", kind: "state", country: "Norway" },
  { id: "gwp", name: "Greek Workers' Party", kind: "party", country: "Greece" },
  { id: "gazette", name: "Oslo Gazette", kind: "press", country: "Norway" },
];

const input = (passages: string[]) => testInput(actors, passages, { collectives: collectivesOf(organizations) });

const pairs = (passages: string[]) =>
  propose(input(passages), RULES_ONLY).map((p) => `${p.speaker.id}->${p.target.id}:${p.stance}:${p.mode}`);

describe("descriptions of a country's leadership or state", () => {
  it("takes only the registries' parties and states with a country", () => {
    expect(collectivesOf(organizations).map((c) => `${c.actor.id}:${c.kind}`)).toEqual(["nlp:party", "norway:state", "gwp:party"]);
  });

  it("finds a demonym with a group noun as the party, 'government' as the state, and the plural demonym as the party", () => {
    const found = descriptionMentions(
      input(["The Norwegian comrades met the Greek leadership. The Norwegian government and the Norwegians waited."]),
    );
    expect(found.map((m) => `${m.text}=${m.actor.id}`)).toEqual([
      "Norwegian comrades=nlp",
      "Greek leadership=gwp",
      "Norwegian government=norway",
      "Norwegians=nlp",
    ]);
  });

  it("leaves a demonym before any other noun alone, and a country with no party in the registries", () => {
    expect(descriptionMentions(input(["Norwegian fish and the Swedish comrades and the Greek government."]))).toEqual([]);
  });

  it("makes the description the target, not the last person named", () => {
    const found = pairs(["Marek visited us in May. The Norwegian leaders have slandered our work."]);
    expect(found).toContain("ilse->nlp:oppose:written");
    expect(found).not.toContain("ilse->marek:oppose:written");
  });

  it("makes the description the speaker of a speech verb", () => {
    expect(pairs(["The Greek comrades declared that Oskar was a traitor."])).toContain("gwp->oskar:oppose:reported");
  });

  it("resolves 'they' to a body or plural mention and 'he' to a person", () => {
    const they = pairs(["The Norwegian comrades spoke with Marek for an hour. Their behaviour was hostile."]);
    expect(they).toContain("ilse->nlp:oppose:written");
    expect(they).not.toContain("ilse->marek:oppose:written");
    const he = pairs(["Marek spoke with the Norwegian comrades for an hour. His behaviour was hostile."]);
    expect(he).toContain("ilse->marek:oppose:written");
  });
});
