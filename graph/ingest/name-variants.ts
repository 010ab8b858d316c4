import { editDistance, typosAllowed } from "../queries/search";
import { fold } from "../shared/fold";
import type { Registry } from "./registry";
import type { NameSuggestion } from "./types";

/**
 * Whether a name found in a text reads as a known actor's variant: another transliteration
 * ("Hruščov", "Chruschtschow" for Khrushchev), initials ("E. Kardelj"), or a misspelling within the
 * typos search forgives (graph/queries/search.ts). A suggestion for a curator to confirm, never a
 * merge made on its own.
 */

/** Spellings of one sound across the transliterations of this corpus, folded to one. */
const SOUNDS: [RegExp, string][] = [
  [/shch|sch|szcz/g, "sc"],
  [/tsch|tch|ch|cz|tj/g, "c"],
  [/kh/g, "h"],
  [/sh|sz/g, "s"],
  [/zh/g, "z"],
  [/dj|dzh|gj/g, "d"],
  [/ph/g, "f"],
  [/ck|q/g, "k"],
  [/w/g, "v"],
  [/[yj]/g, "i"],
  [/ou/g, "u"],
  [/x/g, "ks"],
  [/(.)\1+/g, "$1"],
];

const plain = (word: string) =>
  fold(word)
    .folded.toLowerCase()
    .replace(/[^\p{L}]/gu, "");

/** A word as it sounds, whatever alphabet it was transliterated from. */
export function skeleton(word: string): string {
  return SOUNDS.reduce((w, [pattern, sound]) => w.replace(pattern, sound), plain(word));
}

interface Form {
  words: string[];
  initials: string[];
}

function formOf(name: string): Form {
  const parts = name.split(/[\s]+|(?<=\.)(?=\p{L})/u).filter(Boolean);
  const initials = parts.filter((p) => /^\p{L}\.$/u.test(p)).map((p) => plain(p));
  return {
    words: parts
      .filter((p) => !/^\p{L}\.$/u.test(p))
      .map(plain)
      .filter(Boolean),
    initials,
  };
}

/** How far a word is from an alias word: 0 for the same sounds, else edits within search's typos, else null. */
function wordCost(word: string, aliasWord: string): number | null {
  if (word === aliasWord) return 0;
  if (skeleton(word) === skeleton(aliasWord)) return 0.5;
  const typos = typosAllowed(word);
  if (typos === 0) return null;
  const edits = editDistance(word, aliasWord, typos);
  return edits <= typos ? edits : null;
}

interface Match {
  cost: number;
  why: string;
}

/** How a found name reads as one alias, or null when it does not. */
export function variantOf(name: string, alias: string): Match | null {
  const found = formOf(name);
  const known = formOf(alias);
  const surname = found.words.at(-1);
  const knownSurname = known.words.at(-1);
  if (surname === undefined || knownSurname === undefined || surname.length < 4) return null;
  const last = wordCost(surname, knownSurname);
  if (last === null) return null;
  const given = found.words.slice(0, -1);
  const knownGiven = known.words.slice(0, -1);
  let cost = last;
  let firstCost = 0;
  for (const [k, word] of given.entries()) {
    const other = knownGiven[k];
    if (other === undefined) return null;
    const c = wordCost(word, other);
    if (c === null) return null;
    firstCost += c;
  }
  cost += firstCost;
  if (found.initials.length > 0) {
    const letters = [...known.initials, ...knownGiven.map((w) => w[0])];
    if (found.initials.some((letter, k) => letters[k] !== letter)) return null;
    if (cost === 0) return { cost: 0.25, why: `initials of "${alias}"` };
  }
  if (cost === 0) return given.length === 0 && knownGiven.length > 0 ? { cost: 0.2, why: `the surname of "${alias}"` } : null;
  if (last === 0.5 && firstCost <= 0.5 * given.length) return { cost, why: `another transliteration of "${alias}"` };
  return { cost, why: `a misspelling of "${alias}" (${Math.ceil(cost)} letter${Math.ceil(cost) === 1 ? "" : "s"} apart)` };
}

/** The known actor a new name most plausibly is, or null. */
export function suggestActor(registry: Registry, name: string): NameSuggestion | null {
  let best: (Match & { id: string; name: string }) | null = null;
  for (const actor of registry.actors.values()) {
    for (const alias of actor.aliases) {
      const match = variantOf(name, alias);
      if (match && (best === null || match.cost < best.cost)) best = { ...match, id: actor.id, name: actor.name };
    }
  }
  return best && { id: best.id, name: best.name, why: best.why };
}
