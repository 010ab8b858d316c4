import type { Mode } from "../types";
import { coSubjectsOf, invertedAttributionIn, pronounAttributionIn } from "./propose-attribution";
import { COLLECTIVE_NAME, FIRST_PERSON_PLURAL, FIRST_PERSON_SINGULAR, SPEECH_VERBS } from "./propose-lexicon";
import type { Span } from "./propose-text";
import { carriedVoice, type ReportedTurn } from "./propose-turns";
import type { FoundActor, ImportedDocument, ImportedMention } from "./types";

/**
 * Who speaks in a sentence, and how the words reached the record (codebook §2, §5): a speaker's
 * turn in minutes ("Comrade Khrushchev: …") is direct; a speech or attribution verb with its
 * subject ("Tito said", "according to Kardelj") is reported, by whoever's account holds it; the
 * author's own words (first person, or the document's voice) are written.
 */

export interface Voice {
  speaker: FoundActor;
  /** Further speakers of the same words: "Kardelj and Popović told me". */
  alsoSpeakers: FoundActor[];
  mode: Mode;
  reportedBy: FoundActor | null;
  /** Where the speaker's words begin in the passage: after the turn's name or the speech verb. */
  contentFrom: number;
  confidence: number;
  cue: string;
  /** The words continue a reported turn opened by an earlier speech verb (propose-turns.ts). */
  carried?: boolean;
}

export const sameActor = (a: FoundActor, b: FoundActor) =>
  (a.id !== null && a.id === b.id) || (a.id === null && b.id === null && a.name === b.name);

/** A turn's speaker at a passage's start: "Comrade Enver Hoxha:" or "Khrushchev (interrupting):". */
export function turnAt(text: string, mentions: ImportedMention[]): { actor: FoundActor; end: number } | null {
  const first = mentions.find(
    (m) => m.start <= 16 && /^\s*(?:(?:Comrades?|Com\.|Mr\.|Mrs\.)\s+)?(?:\[[^\]]*\]\s*)?$/.test(text.slice(0, m.start)),
  );
  if (!first) return null;
  const after = /^\s*(?:\[[^\]]*\]\s*)?(?:\([^)]*\)\s*)?:/.exec(text.slice(first.end));
  return after ? { actor: first.actor, end: first.end + after[0].length } : null;
}

const VERB = new RegExp(`\\b(${SPEECH_VERBS})\\b`, "gi");
const ACCORDING = /\b(?:according\s+to|in\s+the\s+words\s+of|in\s+the\s+opinion\s+of)\s+(?:(?:Comrades?|Com\.)\s+)?$/i;
/** What may stand between a subject and its verb: "Tito, however, said", "Com. Kardelj then told". */
const BETWEEN =
  /^\s*(?:(?:,|\([^)]*\)|\[[^\]]*\]|also|then|again|however|later|once|further|himself|herself|themselves|openly|bluntly|sharply|has|had|have|also|in\s+turn|in\s+reply|clearly|directly)\s*)*$/i;

/** What came before a sentence, for the pronoun subject of a speech verb. */
export interface Context {
  /** Actors named before the sentence, oldest first. */
  history: FoundActor[];
  /** The speaker of the report the sentence may continue ("He added that…"). */
  lastSpeaker: FoundActor | null;
  /** The reported turn the sentence continues when it has no speech verb of its own. */
  carried?: ReportedTurn | null;
}

export interface Attribution {
  actor: FoundActor;
  also: FoundActor[];
  verb: string;
  /** Where the speaker's words begin (after the verb), or the sentence's start for "…, said X". */
  after: number;
  confidence: number;
  cue: string;
}

/** A speech verb with its subject (a name, names joined by "and", or a pronoun), "…, said X", or "according to X". */
export function attributionIn(
  sentence: Span,
  passage: string,
  mentions: ImportedMention[],
  context?: Context,
): Attribution | null {
  for (const m of mentions) {
    if (ACCORDING.test(passage.slice(sentence.start, m.start)))
      return {
        actor: m.actor,
        also: [],
        verb: "according to",
        after: m.end,
        confidence: 0.7,
        cue: `'according to', ${m.actor.name}`,
      };
  }
  VERB.lastIndex = 0;
  for (let verb = VERB.exec(sentence.text); verb; verb = VERB.exec(sentence.text)) {
    const at = sentence.start + verb.index;
    const subject = [...mentions]
      .reverse()
      .find((m) => m.end <= at && m.start >= sentence.start && BETWEEN.test(passage.slice(m.end, at)));
    if (!subject) continue;
    const also = coSubjectsOf(
      subject,
      passage,
      mentions.filter((m) => m.start >= sentence.start),
    );
    const name = verb[1]!.toLowerCase();
    const names = [...also, subject.actor].map((a) => a.name).join(" and ");
    return {
      actor: subject.actor,
      also,
      verb: name,
      after: at + verb[0].length,
      confidence: 0.75,
      cue: `speech verb '${name}', subject ${names}`,
    };
  }
  const inverted = invertedAttributionIn(sentence, passage, mentions);
  if (inverted)
    return {
      actor: inverted.actor,
      also: [],
      verb: inverted.verb,
      after: sentence.start,
      confidence: 0.7,
      cue: `speech verb '${inverted.verb}' before its subject ${inverted.actor.name}`,
    };
  const byPronoun = context && pronounAttributionIn(sentence, context.history, context.lastSpeaker);
  if (byPronoun)
    return {
      actor: byPronoun.actor,
      also: [],
      verb: byPronoun.verb,
      after: byPronoun.after,
      confidence: byPronoun.continued ? 0.6 : 0.5,
      cue: `speech verb '${byPronoun.verb}', subject '${byPronoun.pronoun}': ${byPronoun.actor.name}, ${byPronoun.continued ? "the speaker of the report it continues" : "the last fitting actor named"}`,
    };
  return null;
}

/** The author whose voice a sentence is: the signatory for "I", the body for "we" or a body's letter. */
export function authorVoice(document: ImportedDocument, sentence: string): FoundActor | null {
  const { authors } = document;
  if (authors.length === 0) return null;
  const collective = authors.find((a) => COLLECTIVE_NAME.test(a.name));
  const person = authors.find((a) => !COLLECTIVE_NAME.test(a.name));
  if (FIRST_PERSON_SINGULAR.test(sentence)) return person ?? authors[0]!;
  return collective ?? person ?? authors[0]!;
}

/**
 * The voice of a sentence given the turn in force (minutes) or the document's author. Null when
 * nobody can be said to speak: a tertiary source's own words, or an authorless text's narration.
 */
export function voiceOf(
  sentence: Span,
  passage: string,
  mentions: ImportedMention[],
  document: ImportedDocument,
  turn: FoundActor | null,
  context?: Context,
): Voice | null {
  const base = turn ?? (document.sourceKind === "tertiary" ? null : authorVoice(document, sentence.text));
  const baseMode: Mode = turn ? "direct" : "written";
  const attributed = attributionIn(sentence, passage, mentions, context);
  if (attributed && !(base && sameActor(attributed.actor, base))) {
    const reporter = base && document.sourceKind !== "tertiary" ? base : null;
    return {
      speaker: attributed.actor,
      alsoSpeakers: attributed.also.filter((a) => !(base && sameActor(a, base))),
      mode: "reported",
      reportedBy: reporter,
      contentFrom: attributed.after,
      confidence: attributed.confidence,
      cue: `${attributed.cue}${reporter ? `, reported by ${reporter.name}` : ""}`,
    };
  }
  if (context?.carried) return carriedVoice(context.carried, sentence);
  if (!base) return null;
  const firstPerson = FIRST_PERSON_SINGULAR.test(sentence.text) || FIRST_PERSON_PLURAL.test(sentence.text);
  if (turn)
    return {
      speaker: turn,
      alsoSpeakers: [],
      mode: "direct",
      reportedBy: null,
      contentFrom: sentence.start,
      confidence: 0.7,
      cue: `turn of ${turn.name} in the minutes`,
    };
  return {
    speaker: base,
    alsoSpeakers: [],
    mode: baseMode,
    reportedBy: null,
    contentFrom: sentence.start,
    confidence: firstPerson ? 0.6 : 0.4,
    cue: firstPerson ? `first person, the author ${base.name}` : `the author ${base.name}'s narration`,
  };
}
