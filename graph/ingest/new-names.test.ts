import { describe, expect, it } from "vitest";
import { findNewNames } from "./new-names";
import { variantOf } from "./name-variants";
import { createRegistry, findMentions } from "./registry";

const registry = createRegistry([
  { id: "khrushchev", name: "Nikita Khrushchev", aliases: ["Khrushchev", "N. S. Khrushchev"] },
  { id: "kardelj", name: "Edvard Kardelj", aliases: ["Kardelj"] },
  { id: "rankovic", name: "Aleksandar Ranković", aliases: ["Ranković"] },
  { id: "cc-cpsu", name: "Central Committee of the CPSU", aliases: ["CC CPSU"] },
]);

function namesIn(passages: string[]) {
  const known = findMentions(registry, passages);
  return { known, ...findNewNames(registry, passages, known) };
}

describe("new names", () => {
  it("suggests the known actor a misspelt or transliterated name is", () => {
    const { names } = namesIn(["In his reply Hruschev attacked the Yugoslav leaders once more."]);
    expect(names.map((n) => n.name)).toEqual(["Hruschev"]);
    expect(names[0]!.suggestion).toMatchObject({ id: "khrushchev", name: "Nikita Khrushchev" });
    expect(names[0]!.suggestion!.why).toContain("Khrushchev");
  });

  it("groups an unknown name by its form, with its passages and count", () => {
    const passages = [
      "The ambassador Veljko Mićunović reported the conversation to Kardelj.",
      "Kardelj answered that Veljko Mićunović had exaggerated.",
      "Nothing more was said.",
    ];
    const { names, mentions } = namesIn(passages);
    const group = names.find((n) => n.name === "Veljko Mićunović");
    expect(group).toEqual({ name: "Veljko Mićunović", kind: "person", count: 2, passages: [1, 2], suggestion: null });
    for (const m of mentions.filter((x) => x.actor.name === "Veljko Mićunović")) {
      expect(passages[m.passage - 1]!.slice(m.start, m.end)).toBe("Veljko Mićunović");
      expect(m.actor.id).toBeNull();
    }
  });

  it("never offers a registry mention again as a new name", () => {
    const { known, names } = namesIn(["Then Kardelj and N. S. Khrushchev met Milovan Djilas in Brioni."]);
    expect(known.map((m) => m.actor.id)).toEqual(["kardelj", "khrushchev"]);
    const found = names.map((n) => n.name);
    expect(found).toContain("Milovan Djilas");
    expect(found.some((n) => /Kardelj|Khrushchev/.test(n))).toBe(false);
  });

  it("reads initials and a surname as a known actor's variants", () => {
    expect(variantOf("E. Kardelj", "Edvard Kardelj")?.why).toBe('initials of "Edvard Kardelj"');
    expect(variantOf("A. Rankovich", "Aleksandar Ranković")?.why).toContain("transliteration");
    expect(variantOf("J. Kardelj", "Edvard Kardelj")).toBeNull();
    expect(variantOf("Tempo", "Kardelj")).toBeNull();
  });

  it("guesses an organisation from its name and joins it across 'of the'", () => {
    const { names } = namesIn(["The Presidium of the Hungarian Workers Party met on Tuesday."]);
    expect(names).toEqual([expect.objectContaining({ name: "Presidium of the Hungarian Workers Party", kind: "organization" })]);
  });

  it("proposes countries as states, and leaves cities out", () => {
    const { names } = namesIn(["Kardelj said that Albania and Greece had closed the border south of Belgrade."]);
    expect(
      names
        .filter((n) => n.kind === "state")
        .map((n) => n.name)
        .sort(),
    ).toEqual(["Albania", "Greece"]);
    expect(names.map((n) => n.name)).not.toContain("Belgrade");
  });

  it("proposes a state the tagger does not know as a country", () => {
    const { names } = namesIn(["Khrushchev flew to Yugoslavia in the spring."]);
    expect(names.find((n) => n.name === "Yugoslavia")?.kind).toBe("state");
  });
});
