import { describe, expect, it } from "vitest";
import { propose } from "./propose";
import { RULES_ONLY } from "./propose-model";
import { testInput } from "./propose-test-input";
import type { FoundActor, ImportedDocument } from "./types";

// Actors and sentences written for these tests; none is taken from the seed documents.
const actors: Record<string, FoundActor> = {
  Marek: { id: "marek", name: "Marek Novak" },
  Ilse: { id: "ilse", name: "Ilse Berg" },
  Oskar: { id: "oskar", name: "Oskar Lind" },
  Party: { id: "party", name: "Harbour Workers' Party" },
  Council: { id: "council", name: "Dock Council" },
};


const input = (passages: string[], document: Partial<ImportedDocument> = {}) => testInput(actors, passages, { document: { title: "Test", ...document } });

const pairs = (passages: string[], document: Partial<ImportedDocument> = {}) =>
  propose(input(passages, document), RULES_ONLY).map((p) => `${p.speaker.id}->${p.target.id}:${p.stance}:${p.mode}`);

describe("attribution beyond 'Name said'", () => {
  it("resolves 'he' before a speech verb to the last person named, at a lower confidence", () => {
    const found = propose(
      input(["Marek arrived late at the Party office. He said that the Party had betrayed the dockers."]),
      RULES_ONLY,
    );
    expect(found.map((p) => `${p.speaker.id}->${p.target.id}:${p.mode}`)).toContain("marek->party:reported");
    const byPronoun = found.find((p) => p.speaker.id === "marek")!;
    expect(byPronoun.reason).toContain("subject 'he'");
    expect(byPronoun.confidence).toBeLessThan(0.75 * 0.75);
  });

  it("resolves 'they' to a body, not to the person named last", () => {
    expect(pairs(["The Dock Council met Marek in the morning. They declared that Oskar was a traitor."])).toContain(
      "council->oskar:oppose:reported",
    );
  });

  it("carries a report's speaker into 'He added that…' even when another person was named in between", () => {
    const found = pairs([
      "Marek said that Oskar had been wrong about the strike. He added that the Party deserved praise for its patience.",
    ]);
    expect(found).toContain("marek->oskar:oppose:reported");
    expect(found).toContain("marek->party:support:reported");
    expect(found).not.toContain("oskar->party:support:reported");
  });

  it("takes the speaker after the verb: '…, said Marek'", () => {
    expect(pairs(["“The Party has slandered the dockers,” said Marek."])).toContain("marek->party:oppose:reported");
    expect(pairs(["The Party is hostile to us, declared the old docker Marek at the gate."])).toContain(
      "marek->party:oppose:reported",
    );
  });

  it("takes 'according to' as attribution", () => {
    expect(pairs(["According to Marek, the Party betrayed the strike."])).toContain("marek->party:oppose:reported");
  });

  it("gives the words to every speaker joined by 'and'", () => {
    const found = pairs(["Marek and Oskar told the meeting that the Party had lied."]);
    expect(found).toEqual(expect.arrayContaining(["marek->party:oppose:reported", "oskar->party:oppose:reported"]));
    expect(pairs(["Marek, Oskar and Ilse said nothing."])).toEqual([]);
  });

  it("makes a letter's recipient, from its salutation, the target of 'you'", () => {
    const found = propose(input(["Dear Comrade Oskar,", "I am grateful for your honest and useful letter."]), RULES_ONLY);
    expect(found.map((p) => `${p.speaker.id}->${p.target.id}:${p.stance}`)).toContain("ilse->oskar:support");
    expect(found.find((p) => p.target.id === "oskar")!.reason).toContain("recipient");
  });

  it("finds the recipient in a title '… letter to X' when the text names them", () => {
    const passages = ["Oskar will read this on his return.", "Your proposals are wrong and harmful."];
    expect(pairs(passages, { title: "Ilse Berg's letter to Oskar" })).toContain("ilse->oskar:oppose:written");
    expect(pairs(passages, { title: "A note on the harbour" })).not.toContain("ilse->oskar:oppose:written");
  });

  it("makes the reporter the target of 'you' in a reported reply", () => {
    expect(pairs(["Marek replied: you are wrong about this."])).toContain("marek->ilse:oppose:reported");
  });
});
