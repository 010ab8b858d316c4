/**
 * Text folding for matching names as people type and write them: diacritics dropped, a few
 * letters NFD leaves whole spelled the usual Latin way. Pure and browser-safe, so the seed's
 * mention finder, its validator and search all fold the same way.
 */

/** Letters NFD does not decompose, written as their usual Latin transliteration. */
export const FOLD_EXTRA: Readonly<Record<string, string>> = { đ: "d", Đ: "D", ł: "l", Ł: "L", ø: "o", Ø: "O", ß: "ss", "’": "'" };

/** Folds a string for matching, keeping a map from each folded position back to the original. */
export function fold(text: string): { folded: string; origin: number[] } {
  let folded = "";
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const base = text[i]!.normalize("NFD").replace(/\p{M}/gu, "");
    const mapped = FOLD_EXTRA[base] ?? base;
    for (const ch of mapped) {
      folded += ch;
      origin.push(i);
    }
  }
  origin.push(text.length);
  return { folded, origin };
}
