import { fold } from "../shared/fold";

/**
 * Finds every mention of a registry entity in a passage: diacritic-insensitive, whole words only,
 * longest alias first, with offsets into the original text (UTF-16 code units, as JavaScript and
 * Neo4j strings count them).
 */

export interface Named {
  id: string;
  aliases: readonly string[];
}

export interface Mention {
  entity: string;
  start: number;
  end: number;
  surface: string;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** `/\s/`, with the ASCII units (most of every text) told apart without the regular expression. */
function isSpace(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return code < 0x80 ? code === 32 || (code >= 9 && code <= 13) : /\s/.test(ch);
}

/**
 * Spacing that does not tell names apart, taken out of a folded text with its map back to the
 * original: the space between initials ("I. B. Tito" reads as "I.B. Tito") and runs of spaces (one
 * space). Aliases and texts are squeezed alike, so the patterns stay plain literals, which the
 * regular expression engine matches far faster than patterns with optional spaces.
 */
function squeeze(folded: string, origin: readonly number[]): { text: string; origin: number[] } {
  let text = "";
  const kept: number[] = [];
  for (let i = 0; i < folded.length; i++) {
    const ch = folded[i]!;
    if (isSpace(ch)) {
      const previous = text.at(-1);
      if (previous === " " || previous === undefined) continue;
      // After an initial's period, when another initial follows: "I. B." is "I.B.".
      if (previous === "." && /^\s*\p{L}\./u.test(folded.slice(i, i + 8))) continue;
      text += " ";
    } else {
      text += ch;
    }
    kept.push(origin[i]!);
  }
  kept.push(origin[folded.length]!);
  return { text, origin: kept };
}

const squeezed = (alias: string) => squeeze(alias, []).text;

export interface Matcher {
  find(text: string): Mention[];
}

/**
 * Builds one matcher for a registry. Aliases match as written or in capitals ("KHRUSHCHEV"), never
 * in lower case, so that a name that is also a word ("Tempo", "Marko") does not hit ordinary prose.
 */
export function createMatcher(entities: readonly Named[]): Matcher {
  const forms = new Map<string, string>();
  for (const entity of entities) {
    for (const alias of entity.aliases) {
      const folded = fold(alias).folded;
      for (const form of new Set([folded, folded.toUpperCase()])) {
        const key = squeezed(form);
        if (!forms.has(key)) forms.set(key, entity.id);
      }
    }
  }
  const ordered = [...forms.keys()].sort((a, b) => b.length - a.length);
  if (ordered.length === 0) return { find: () => [] };
  // Whole words only; the engine falls back to a shorter alias at the same place when a longer fails.
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${ordered.map(escape).join("|")})(?![\\p{L}\\p{N}])`, "gu");

  return {
    find(text: string): Mention[] {
      const folded = fold(text);
      const { text: plain, origin } = squeeze(folded.folded, folded.origin);
      const mentions: Mention[] = [];
      pattern.lastIndex = 0;
      for (let match = pattern.exec(plain); match; match = pattern.exec(plain)) {
        const from = match.index;
        const to = from + match[0].length;
        const start = origin[from]!;
        const end = origin[to]!;
        mentions.push({ entity: forms.get(match[0])!, start, end, surface: text.slice(start, end) });
      }
      return mentions;
    },
  };
}

const NOT_NAMES = new Set(
  (
    "A An The This That These Those It Its In On At Of For From By With To As And But Or If When While Then There Here " +
    "He She We They I You Our Your Their His Her My Me Us Them What Which Who Whom Why How Where After Before During " +
    "Since Until Also Only Even Yet So Not No Yes All Any Each Every Some Such One Two Three Both Many Much More Most " +
    "January February March April May June July August September October November December Monday Tuesday Wednesday " +
    "Thursday Friday Saturday Sunday Comrade Comrades Com Coms Dear Top Secret Note Letter Translation Moscow Belgrade"
  ).split(" "),
);

/**
 * Capitalised words and runs of words that no mention covers and that do not open a sentence:
 * candidates for the registry. A report for people, not a verdict: it over-reports on purpose.
 */
export function findUnmatchedNames(text: string, mentions: readonly Mention[]): string[] {
  const covered = (at: number) => mentions.some((m) => at >= m.start && at < m.end);
  const found: string[] = [];
  const run = /\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)*/gu;
  for (let match = run.exec(text); match; match = run.exec(text)) {
    const words: string[] = [];
    for (const word of match[0].matchAll(/\S+/g)) {
      const bare = word[0].replace(/[’'].*$/, "");
      if (!NOT_NAMES.has(bare) && !covered(match.index + word.index)) words.push(bare);
    }
    if (words.length === 0) continue;
    const before = text.slice(0, match.index).trimEnd();
    const opensSentence = before === "" || /[.!?:"“(\]]$/.test(before);
    if (opensSentence && match[0].split(/\s+/).length === 1) continue;
    if (words.every((w) => w === w.toUpperCase() && w.length <= 2)) continue;
    found.push(words.join(" "));
  }
  return found;
}
