import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fold, FOLD_EXTRA, foldUnit } from "./fold";

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

  it("folds any text unit by unit, as NFD without marks and the Latin spellings make each unit, ASCII and cache alike", () => {
    const byUnit = (text: string) => {
      let folded = "";
      const origin: number[] = [];
      for (let i = 0; i < text.length; i++) {
        for (const ch of foldUnit(text[i]!)) {
          folded += ch;
          origin.push(i);
        }
      }
      return { folded, origin: [...origin, text.length] };
    };
    const letters = fc.constantFrom(..."aZ. -’đĐłŁøØßáÁčćšžŽéëöüñ\u0301\u00a0\n1", ..."ÄÅ🙂");
    fc.assert(fc.property(fc.oneof(fc.string({ unit: "grapheme" }), fc.string({ unit: letters })), (text) => {
      expect(fold(text)).toEqual(byUnit(text));
    }));
    expect(fold("Kádár Kádár").folded).toBe("Kadar Kadar");
  });
});
