/**
 * Text folding for matching names as people type and write them: diacritics dropped, a few
 * letters NFD leaves whole spelled the usual Latin way. Pure and browser-safe, so the seed's
 * mention finder, its validator and search all fold the same way.
 */

/** Letters NFD does not decompose, written as their usual Latin transliteration. */
export const FOLD_EXTRA: Readonly<Record<string, string>> = { đ: "d", Đ: "D", ł: "l", Ł: "L", ø: "o", Ø: "O", ß: "ss", "’": "'" };

/** One UTF-16 unit folded: NFD without its marks, then the Latin spelling of what NFD leaves whole. */
export function foldUnit(unit: string): string {
  const base = unit.normalize("NFD").replace(/\p{M}/gu, "");
  return FOLD_EXTRA[base] ?? base;
}

// Folding a unit costs a normalisation and a regular expression; texts repeat few units, so each
// is folded once. ASCII folds to itself and skips even the lookup (it is most of every text).
const folds = new Map<string, string>();

/** Folds a string for matching, keeping a map from each folded position back to the original. */
export function fold(text: string): { folded: string; origin: number[] } {
  let folded = "";
  const origin: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const unit = text[i]!;
    if (unit.charCodeAt(0) < 0x80) {
      folded += unit;
      origin.push(i);
      continue;
    }
    let mapped = folds.get(unit);
    if (mapped === undefined) folds.set(unit, (mapped = foldUnit(unit)));
    for (const ch of mapped) {
      folded += ch;
      origin.push(i);
    }
  }
  origin.push(text.length);
  return { folded, origin };
}
