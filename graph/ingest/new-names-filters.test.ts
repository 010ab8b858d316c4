import { describe, expect, it } from "vitest";
import { findNewNames } from "./new-names";
import { notAName } from "./new-names-filters";
import { createRegistry, findMentions } from "./registry";

// Sentences written for these tests; none is taken from the seed documents.
const registry = createRegistry([{ id: "kardelj", name: "Edvard Kardelj", aliases: ["Kardelj"] }]);

const namesIn = (passages: string[]) =>
  findNewNames(registry, passages, findMentions(registry, passages)).names.map((n) => n.name);

describe("what the name finder keeps out", () => {
  it("keeps regions and places by their head word out, and keeps countries", () => {
    const names = namesIn(["Kardelj said the Balkans were calm, and Greece agreed. He flew from Akmolinskaya Oblast to Vrbnik Airfield."]);
    expect(names).not.toContain("Balkans");
    expect(names).not.toContain("Akmolinskaya Oblast");
    expect(names).not.toContain("Vrbnik Airfield");
    expect(names).toContain("Greece");
  });

  it("keeps a name used before a document's or event's noun out: 'the Cominform resolution'", () => {
    expect(namesIn(["Kardelj rejected the Cominform resolution once more."])).not.toContain("Cominform");
    expect(namesIn(["Kardelj attacked the Cominform once more."])).toContain("Cominform");
  });

  it("keeps doctrines, meetings and descriptions out", () => {
    const names = namesIn([
      "Kardelj spoke of Marxism-Leninism and the Leninists. The Ninth Congress and the Brdo Party Conference met. The Polish Communists and the Yugoslavs disagreed.",
    ]);
    expect(names).toEqual([]);
  });

  it("keeps lone words that the lexicon knows as common words out, and unknown surnames in", () => {
    expect(notAName(["Thus"], undefined)).toBe("a common word");
    expect(notAName(["Western"], undefined)).toBe("a common word");
    expect(notAName(["January"], undefined)).toBe("a common word");
    expect(notAName(["Todorović"], undefined)).toBeNull();
    expect(notAName(["Vlahović"], "replied")).toBeNull();
    expect(notAName(["Yugoslav", "Mission"], undefined)).toBeNull();
  });
});
