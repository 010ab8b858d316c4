import { describe, expect, it } from "vitest";
import { propose } from "./propose";
import { readStance } from "./propose-stance";
import { dateIn, sentencesOf } from "./propose-text";
import { testInput } from "./propose-test-input";
import type { FoundActor, ImportedDocument } from "./types";

const actors: Record<string, FoundActor> = {
  Marek: { id: "marek", name: "Marek Novak" },
  Ilse: { id: "ilse", name: "Ilse Berg" },
  Party: { id: "party", name: "Harbour Workers' Party" },
};


const input = (passages: string[], document: Partial<ImportedDocument> = {}) => testInput(actors, passages, { document: { id: "doc-test", title: "Test", ...document } });

describe("propose", () => {
  it("attributes reported speech to the subject of a speech verb, reported by the author", () => {
    const [p, ...rest] = propose(input(["Marek stressed that the Party had slandered him openly."]));
    expect(rest).toHaveLength(0);
    expect(p).toMatchObject({
      speaker: { id: "marek" },
      target: { id: "party" },
      stance: "oppose",
      mode: "reported",
      reportedBy: { id: "ilse" },
    });
    expect(p!.reason).toContain("speech verb 'stressed'");
    expect(p!.intensity).toBe(-2);
  });

  it("takes 'according to' as attribution", () => {
    const [p] = propose(input(["According to Marek, Ilse was a loyal and honest comrade."], { authors: [] }));
    expect(p).toMatchObject({
      speaker: { id: "marek" },
      target: { id: "ilse" },
      stance: "support",
      mode: "reported",
      reportedBy: null,
    });
  });

  it("gives first-person text to the author, as written", () => {
    const [p] = propose(input(["I told the meeting that Marek was right and deserves our full support."]));
    expect(p).toMatchObject({
      speaker: { id: "ilse" },
      target: { id: "marek" },
      stance: "support",
      mode: "written",
      reportedBy: null,
    });
  });

  it("gives a turn in minutes to its speaker, as direct, until the next turn", () => {
    const proposals = propose(
      input(["Comrade Marek: Ilse has betrayed us.", "Her conduct is shameful.", "Comrade Ilse: Marek is wrong."], {
        authors: [],
      }),
    );
    expect(proposals.map((p) => [p.passage, p.speaker.id, p.target.id, p.stance, p.mode])).toEqual([
      [1, "marek", "ilse", "oppose", "direct"],
      [2, "marek", "ilse", "oppose", "direct"],
      [3, "ilse", "marek", "oppose", "direct"],
    ]);
    expect(proposals[0]!.quote).toBe("Ilse has betrayed us.");
  });

  it("proposes nothing for a request or a report of fact", () => {
    expect(propose(input(["We ask Marek to send a delegation to the congress in June."]))).toEqual([]);
    expect(propose(input(["Marek arrived in the capital on 3 May and met Ilse at the station."]))).toEqual([]);
  });

  it("still codes a request whose own words accuse (codebook §1)", () => {
    const [p] = propose(input(["We ask Marek to stop this slander against the Party."]));
    expect(p).toMatchObject({ target: { id: "marek" }, stance: "oppose" });
  });

  it("reads a tertiary source's own words as nobody's", () => {
    expect(propose(input(["Marek was a traitor to Ilse."], { sourceKind: "tertiary", authors: [] }))).toEqual([]);
  });

  it("quotes verbatim from its passage, and dates what the text dates", () => {
    const passages = ["Preamble.   On 12 March Marek declared that Ilse’s  policy was “a grave mistake”!  Nothing else."];
    const proposals = propose(input(passages));
    expect(proposals.length).toBeGreaterThan(0);
    for (const p of proposals) expect(passages[p.passage - 1]).toContain(p.quote);
    expect(proposals[0]).toMatchObject({
      quote: "On 12 March Marek declared that Ilse’s  policy was “a grave mistake”!",
      date: "1960-03-12",
      speaker: { id: "marek" },
    });
  });

  it("is deterministic", () => {
    const text = ["Comrade Marek: Ilse is wrong, but she is honest.", "I said that Marek was hostile."];
    expect(propose(input(text))).toEqual(propose(input(text)));
  });
});

describe("readStance", () => {
  it("turns a negated cue", () => {
    expect(readStance("their policy is correct")).toMatchObject({ stance: "support", intensity: 1 });
    expect(readStance("their policy is not correct")).toMatchObject({ stance: "oppose", intensity: -1 });
    expect(readStance("he was never hostile to us")).toMatchObject({ stance: "support", intensity: 1 });
  });

  it("weakens a hedged cue", () => {
    const plain = readStance("they betrayed the movement")!;
    const hedged = readStance("they perhaps betrayed the movement")!;
    expect(plain).toMatchObject({ stance: "oppose", intensity: -2 });
    expect(hedged).toMatchObject({ stance: "oppose", intensity: -1 });
    expect(hedged.strength).toBeLessThan(plain.strength);
    expect(hedged.cues).toContain("hedged");
  });

  it("reads praise and criticism joined by a contrast as mixed", () => {
    expect(readStance("we agree with them on many points, but their conduct was wrong")).toMatchObject({ stance: "mixed" });
  });

  it("finds no stance in a request, a question or a fact", () => {
    expect(readStance("we propose that the talks continue in good faith")).toBeNull();
    expect(readStance("is their position correct?")).toBeNull();
    expect(readStance("the delegation arrived on 26 May")).toBeNull();
  });
});

describe("sentences and dates", () => {
  it("does not end a sentence at an abbreviation or an initial", () => {
    expect(sentencesOf("Com. Tito met I. B. Marek. Then they left.").map((s) => s.text)).toEqual([
      "Com. Tito met I. B. Marek.",
      "Then they left.",
    ]);
  });

  it("reads dates at the precision given, never after the document", () => {
    expect(dateIn("on 26 September 1956 he said", "1956-10-06")).toBe("1956-09-26");
    expect(dateIn("in September he said", "1956-10-06")).toBe("1956-09");
    expect(dateIn("in 1955 he said", "1956-10-06")).toBe("1955");
    expect(dateIn("on 26 December he said", "1956-10-06")).toBeNull();
    expect(dateIn("he said so", "1956-10-06")).toBeNull();
  });
});
