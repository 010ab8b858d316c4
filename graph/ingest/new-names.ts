import nlp from "compromise";
import type { ImportedMention, NewName } from "./types";
import type { Registry } from "./registry";
import { suggestActor } from "./name-variants";
import { notAName } from "./new-names-filters";

/**
 * Names in a text that no registry alias covers: people and organisations the registries do not
 * know yet, found with compromise's part-of-speech tagger (its lexicon and rules ship with the
 * package; nothing is downloaded at run time; docs/decisions/0020-finding-new-names.md). The tagger
 * reads a capitalised word it has never seen ("Mićunović", "Hruschev") as a noun and often a
 * proper noun; the rules below take capitalised runs of those, leave out titles, places and words
 * that only open a sentence, and join an organisation's name across "of (the)"; new-names-filters.ts
 * leaves out common words, doctrines, descriptions, events, texts and places.
 */

interface Term {
  text: string;
  post: string;
  offset: { start: number; length: number };
  tags: string[];
}

interface Sentence {
  terms: Term[];
}

interface Span {
  start: number;
  end: number;
  organization: boolean;
  /** Every word a country's name: "Albania", "Greece". */
  state: boolean;
}

/** Tags that a word of a name never carries (compromise's tag names). */
const NOT_IN_NAMES = [
  "Determiner",
  "Pronoun",
  "Preposition",
  "Conjunction",
  "Verb",
  "Adverb",
  "Adjective",
  "Value",
  "Date",
  "Month",
  "WeekDay",
  "Honorific",
  "Actor",
  "Place",
  "Country",
  "City",
  "Region",
  "Demonym",
  "QuestionWord",
];

/** Head words of an organisation's name: what makes "the Central Committee of X" one name. */
const ORGANIZATION_HEADS = new Set(
  (
    "Committee Party League Union Ministry Council Front Bureau Presidium Government Agency Army Congress Assembly " +
    "Secretariat Cominform Comintern Embassy Legation Federation Association Office Directorate Commission"
  ).split(" "),
);

/** Titles before a name, left out of it ("Marshal Tito" is Tito). */
const TITLES = new Set(
  "Comrade Comrades Com Coms Mr Mrs Dear Sir Marshal General President Premier Minister Secretary Chairman Ambassador".split(" "),
);

/** Capitalised words that are no name on their own, even when the tagger calls them proper nouns. */
const NOT_NAMES = new Set(
  "Top Secret Note Letter Translation First Deputy Foreign Central Soviet Communist Communists Socialist Socialism Party".split(
    " ",
  ),
);

const START_OF_SENTENCE = /[.!?:;"“”«»([]\s*$/;
const capitalised = (word: string) => /^\p{Lu}/u.test(word);
const isInitial = (t: Term) => /^\p{Lu}$/u.test(t.text) && t.post.startsWith(".");
const has = (t: Term, tag: string) => t.tags.includes(tag);

/**
 * A country's name: what the tagger tags #Country (and not #City), or a state it does not know
 * (decision 0020). States are actors (codebook §3); cities and regions stay out.
 */
const STATES_THE_TAGGER_MISSES = new Set("Yugoslavia Czechoslovakia USSR GDR FRG DDR".split(" "));
const isState = (t: Term) => (has(t, "Country") && !has(t, "City")) || STATES_THE_TAGGER_MISSES.has(t.text);

function canBeName(t: Term): boolean {
  if (!capitalised(t.text) || t.text.length < 2) return false;
  if (isState(t)) return true;
  if (NOT_IN_NAMES.some((tag) => has(t, tag)) && !has(t, "Person") && !has(t, "Organization")) return false;
  return has(t, "Noun") || has(t, "ProperNoun") || has(t, "Person") || has(t, "Organization");
}

/** Candidate spans in one passage, with offsets into it. */
function spansIn(text: string): Span[] {
  const sentences = nlp(text).json({ offset: true, terms: { offset: true } }) as Sentence[];
  const spans: Span[] = [];
  for (const sentence of sentences) {
    const terms = sentence.terms;
    let i = 0;
    while (i < terms.length) {
      const from = i;
      while (i < terms.length && (canBeName(terms[i]!) || (isInitial(terms[i]!) && terms[i + 1] !== undefined))) {
        const joined = !/[,;:)"”]/.test(terms[i]!.post) || isInitial(terms[i]!);
        i++;
        if (!joined) break;
        // "the Central Committee of the League": an organisation's name runs on across "of (the)".
        const head = ORGANIZATION_HEADS.has(terms[i - 1]!.text);
        if (head && terms[i]?.text === "of") {
          const next = terms[i + 1]?.text === "the" ? i + 2 : i + 1;
          if (terms[next] && canBeName(terms[next])) i = next;
        }
      }
      if (i === from) {
        i++;
        continue;
      }
      let run = terms.slice(from, i);
      while (run.length > 0 && TITLES.has(run[0]!.text)) run = run.slice(1);
      const words = run.filter((t) => !isInitial(t));
      if (words.length === 0 || words.every((t) => NOT_NAMES.has(t.text) || TITLES.has(t.text))) continue;
      if (notAName(words.map((t) => t.text), terms[i]?.text)) continue;
      const opens = run[0] === terms[0] || START_OF_SENTENCE.test(text.slice(0, run[0]!.offset.start));
      // A lone capitalised word opening a sentence is read as a name only when the tagger knows it is one.
      if (opens && run.length === 1 && !has(run[0]!, "ProperNoun") && !has(run[0]!, "Person")) continue;
      const first = run[0]!;
      const last = run.at(-1)!;
      const end = last.offset.start + last.offset.length;
      const organization = run.some((t) => has(t, "Organization") || ORGANIZATION_HEADS.has(t.text));
      const state = !organization && run.every(isState);
      spans.push({
        state,
        start: first.offset.start,
        end: text.slice(first.offset.start, end).replace(/[^\p{L}\p{N}.]+$/u, "").length + first.offset.start,
        organization,
      });
    }
  }
  return spans;
}

export interface NewNames {
  mentions: ImportedMention[];
  names: NewName[];
}

/**
 * New names in numbered passages, grouped by surface form (whitespace squeezed): each with its
 * passages, a kind guess and, when the form reads as a known actor's variant, a suggested merge.
 * A span that overlaps a registry mention is that actor's, never a new name.
 */
export function findNewNames(registry: Registry, passages: readonly string[], known: readonly ImportedMention[]): NewNames {
  const mentions: ImportedMention[] = [];
  const groups = new Map<string, { organization: number; state: number; passages: Set<number> }>();
  passages.forEach((text, index) => {
    const n = index + 1;
    const taken = known.filter((m) => m.passage === n);
    for (const span of spansIn(text)) {
      if (taken.some((m) => m.start < span.end && span.start < m.end)) continue;
      const surface = text.slice(span.start, span.end);
      const name = surface.replace(/\s+/g, " ").replace(/\.$/, (dot) => (/\b\p{Lu}\.$/u.test(surface) ? dot : ""));
      const group = groups.get(name) ?? { organization: 0, state: 0, passages: new Set<number>() };
      group.organization += span.organization ? 1 : 0;
      group.state += span.state ? 1 : 0;
      group.passages.add(n);
      groups.set(name, group);
      mentions.push({
        passage: n,
        start: span.start,
        end: span.start + name.length,
        text: text.slice(span.start, span.start + name.length),
        actor: { id: null, name },
      });
    }
  });
  const count = (name: string) => mentions.filter((m) => m.actor.name === name).length;
  const names: NewName[] = [...groups].map(([name, g]) => {
    const n = count(name);
    return {
      name,
      kind: g.state * 2 > n ? "state" : g.organization * 2 > n ? "organization" : "person",
      count: n,
      passages: [...g.passages],
      suggestion: suggestActor(registry, name),
    };
  });
  names.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return { mentions, names };
}
