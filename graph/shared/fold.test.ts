import { describe, expect, it } from "vitest";
import { fold, FOLD_EXTRA } from "./fold";

describe("fold", () => {
  it("drops diacritics and maps positions back", () => {
    const { folded, origin } = fold("Kádár đak");
    expect(folded).toBe("Kadar dak");
    expect(origin[1]).toBe(1);
    expect(origin.at(-1)).toBe(9);
  });

  it("spells the letters NFD leaves whole the Latin way, every folded position pointing at its letter", () => {
    for (const [letter, latin] of Object.entries(FOLD_EXTRA)) {
      const { folded, origin } = fold(`a${letter}b`);
      expect(folded).toBe(`a${latin}b`);
      expect(origin).toEqual([0, ...Array<number>(latin.length).fill(1), 2, 3]);
    }
  });
});
