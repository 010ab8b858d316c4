import { describe, expect, it } from "vitest";
import { learnLexicon } from "./propose-model";
import { readStance } from "./propose-stance";

const known = (w: string) => w === "wrong";

describe("learnLexicon", () => {
  const quotes = [
    { document: "a", quote: "their scheming has gone far", stance: "oppose" as const },
    { document: "a", quote: "the scheming of the clique", stance: "oppose" as const },
    { document: "b", quote: "such scheming is wrong", stance: "oppose" as const },
    { document: "b", quote: "a steadfast ally in all things", stance: "support" as const },
    { document: "a", quote: "steadfast as ever", stance: "support" as const },
    { document: "a", quote: "steadfast in the scheming", stance: "oppose" as const },
    { document: "a", quote: "the harvest was large", stance: "support" as const },
    { document: "a", quote: "the harvest came", stance: "support" as const },
    { document: "a", quote: "the harvest went", stance: "support" as const },
  ];
  const texts = [
    {
      document: "a",
      passages: [
        "their scheming has gone far. the scheming of the clique. steadfast as ever. steadfast in the scheming. the harvest was large, the harvest came, the harvest went.",
      ],
    },
    { document: "b", passages: ["such scheming is wrong. a steadfast ally in all things. wrong wrong wrong."] },
  ];
  const learned = learnLexicon(quotes, texts, known);

  it("learns stems quoted often, in several documents, mostly with one polarity", () => {
    expect(learned.negative.map((c) => c.stem)).toEqual(["schemin"]);
  });

  it("leaves out stems split between polarities, found in one document only, or already in the hand lexicon", () => {
    const stems = [...learned.positive, ...learned.negative].map((c) => c.stem);
    expect(stems).not.toContain("steadfa"); // 2 support, 1 oppose: not 80 % one way
    expect(stems).not.toContain("harvest"); // one document only
    expect(stems).not.toContain("wrong");
  });

  it("lets readStance use a learned stem, and says so in the cue", () => {
    expect(readStance("their scheming goes on")).toBeNull();
    const reading = readStance("their scheming goes on", learned);
    expect(reading?.stance).toBe("oppose");
    expect(reading?.cues.join(" ")).toContain("learned 'scheming'");
  });
});
