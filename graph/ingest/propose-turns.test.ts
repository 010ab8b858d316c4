import { describe, expect, it } from "vitest";
import { propose } from "./propose";
import { RULES_ONLY } from "./propose-model";
import { isHeading } from "./propose-turns";
import { testInput } from "./propose-test-input";
import type { FoundActor, Proposal } from "./types";

// Actors and sentences written for these tests; none is taken from the seed documents.
const actors: Record<string, FoundActor> = {
  Marek: { id: "marek", name: "Marek Novak" },
  Ilse: { id: "ilse", name: "Ilse Berg" },
  Oskar: { id: "oskar", name: "Oskar Lind" },
  Party: { id: "party", name: "Harbour Workers' Party" },
  Council: { id: "council", name: "Dock Council" },
};

const input = (passages: string[]) => testInput(actors, passages, { document: { title: "Notes of a conversation" } });

const run = (passages: string[]) => propose(input(passages), RULES_ONLY);
const about = (found: Proposal[], target: string) => found.find((p) => p.target.id === target);

describe("reported turns: the words after 'X replied:' stay X's", () => {
  it("keeps the sentences after a colon the speaker's, reported by the reporter, less certain further on", () => {
    const found = run([
      "Marek replied: we have waited long enough. The Party has betrayed the dockers. Oskar is a coward and a liar.",
    ]);
    const party = about(found, "party")!;
    const oskar = about(found, "oskar")!;
    expect([party.speaker.id, party.mode, party.reportedBy?.id, party.stance]).toEqual(["marek", "reported", "ilse", "oppose"]);
    expect([oskar.speaker.id, oskar.mode, oskar.reportedBy?.id]).toEqual(["marek", "reported", "ilse"]);
    expect(party.reason).toContain("reported words continued (1 sentence after 'replied'");
    expect(oskar.confidence).toBeLessThan(party.confidence);
    expect(party.confidence).toBeLessThan(0.75);
  });

  it("carries the words into the next passage when nothing there ends them", () => {
    const found = run(["Marek said: the strike is just.", "The Party has betrayed the dockers."]);
    expect(about(found, "party")).toMatchObject({ speaker: { id: "marek" }, mode: "reported", reportedBy: { id: "ilse" } });
    expect(about(found, "party")!.reason).toContain("in the next passage");
  });

  it("ends at a new speech verb, whoever its subject", () => {
    const found = run(["Marek replied: we are right. I said that the Party had betrayed the dockers."]);
    expect(about(found, "party")).toMatchObject({ speaker: { id: "ilse" }, mode: "written" });
    const other = run(["Marek replied: we are right. Someone answered that the Party had betrayed the dockers."]);
    expect(about(other, "party")?.speaker.id).not.toBe("marek");
  });

  it("ends after indirect speech when the reporter speaks in the first person", () => {
    const found = run(["Marek said that the strike was over. I think the Party has betrayed the dockers."]);
    expect(about(found, "party")).toMatchObject({ speaker: { id: "ilse" }, mode: "written" });
  });

  it("ends at a turn in the minutes and at a heading", () => {
    const turn = run(["Marek replied: we are right.", "Oskar: The Party has betrayed the dockers."]);
    expect(about(turn, "party")).toMatchObject({ speaker: { id: "oskar" }, mode: "direct" });
    const heading = run(["Marek replied: we are right.", "The second day", "The Party has betrayed the dockers."]);
    expect(about(heading, "party")?.speaker.id).toBe("ilse");
    expect(isHeading("The second day")).toBe(true);
    expect(isHeading("The Party has betrayed the dockers.")).toBe(false);
  });

  it("does not run on past the passage after the speech verb", () => {
    const found = run(["Marek replied: we are right.", "The dockers are tired.", "The Party has betrayed the dockers."]);
    expect(about(found, "party")?.speaker.id).toBe("ilse");
  });
});
