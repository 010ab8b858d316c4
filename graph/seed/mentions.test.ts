import { describe, expect, it } from "vitest";
import { createMatcher, findUnmatchedNames } from "./mentions";

const matcher = createMatcher([
  { id: "rankovic", aliases: ["Ranković", "Aleksandar Ranković"] },
  { id: "kadar", aliases: ["Kádár", "János Kádár"] },
  { id: "tito", aliases: ["Tito", "Com. Tito", "I.B. Tito", "Josip Broz Tito"] },
  { id: "vukmanovic-tempo", aliases: ["Vukmanović-Tempo", "Tempo"] },
  { id: "khrushchev", aliases: ["Khrushchev"] },
]);

describe("createMatcher", () => {
  it("matches without diacritics and reports the original surface and offsets", () => {
    const text = "Coms. Kardelj, Rankovic and Kadar were present.";
    const found = matcher.find(text);
    expect(found.map((m) => m.entity)).toEqual(["rankovic", "kadar"]);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.surface);
    expect(found[0]!.surface).toBe("Rankovic");
  });

  it("matches initials however they are spaced, and names broken over two spaces", () => {
    const text = "Signed: I. B. Tito, then I.B. Tito, then Josip  Broz Tito.";
    const found = matcher.find(text);
    expect(found.map((m) => [m.entity, m.surface])).toEqual([
      ["tito", "I. B. Tito"],
      ["tito", "I.B. Tito"],
      ["tito", "Josip  Broz Tito"],
    ]);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.surface);
  });

  it("keeps the space after an abbreviation that is not followed by an initial", () => {
    const usa = createMatcher([{ id: "usa", aliases: ["U.S."] }]);
    expect(usa.find("Both the U.S. and Britain.").map((m) => m.surface)).toEqual(["U.S."]);
  });

  it("prefers the longest alias and never double-counts", () => {
    const found = matcher.find("I said to Com. Tito and to Josip Broz Tito.");
    expect(found.map((m) => m.surface)).toEqual(["Com. Tito", "Josip Broz Tito"]);
  });

  it("keeps offsets right after characters with diacritics", () => {
    const text = "Kádár met Ranković; Tito’s reply";
    for (const m of matcher.find(text)) expect(text.slice(m.start, m.end)).toBe(m.surface);
    expect(matcher.find(text)).toHaveLength(3);
  });

  it("does not hit ordinary words or parts of words", () => {
    expect(matcher.find("the tempo of change; Titoism; Khrushchevite")).toEqual([]);
    expect(matcher.find("Vukmanovic-Tempo noted").map((m) => m.entity)).toEqual(["vukmanovic-tempo"]);
  });

  it("matches names in capitals", () => {
    expect(matcher.find("comrade KHRUSHCHEV").map((m) => m.entity)).toEqual(["khrushchev"]);
  });
});

describe("findUnmatchedNames", () => {
  it("lists capitalised names no mention covers, not sentence openers", () => {
    const text = "Tito spoke with Edvard Kardelj. Then Khrushchev answered Moša Pijade.";
    const names = findUnmatchedNames(text, matcher.find(text));
    expect(names).toContain("Edvard Kardelj");
    expect(names).toContain("Moša Pijade");
    expect(names).not.toContain("Tito");
    expect(names).not.toContain("Then");
  });
});
