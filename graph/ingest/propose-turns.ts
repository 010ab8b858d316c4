import { FIRST_PERSON_PLURAL, FIRST_PERSON_SINGULAR, SPEECH_VERBS } from "./propose-lexicon";
import type { Voice } from "./propose-speaker";
import type { Span } from "./propose-text";
import type { FoundActor } from "./types";

/**
 * A reported turn (codebook §2, §5 reported): after a speech verb that introduces a speaker's words
 * ("Tito replied: …", "Kardelj said that …", "He went on: …"), the sentences and passages that
 * continue those words are still that speaker's, reported by the same reporter, until the text
 * gives the words to someone else or returns to the reporter's own narration: a new speech verb
 * (whoever its subject, "I said", "Someone replied"), a new turn in the minutes, a heading, or,
 * after indirect speech ("said that …"), the first person, which is then the reporter's ("I", "we"). The
 * further from the speech verb, the less certain: the confidence decays with each sentence and
 * more with each passage.
 */
export interface ReportedTurn {
  speaker: FoundActor;
  alsoSpeakers: FoundActor[];
  reportedBy: FoundActor | null;
  /** The words follow a colon or stand in an inverted attribution ("…, said Tito"): the speaker's own. */
  quoted: boolean;
  /** The passage and how many sentences after the speech verb the turn has run. */
  passage: number;
  sentences: number;
  passages: number;
  cue: string;
}

/** A reported turn runs at most this far from its speech verb. */
const MAX_SENTENCES = 6;
const MAX_PASSAGES = 1;
const OPENING = 0.6;
const INDIRECT = 0.5;
const PER_SENTENCE = 0.85;
const PER_PASSAGE = 0.7;

/** Indirect speech gives the speaker's words in the third person: a first person is the reporter's. */
const FIRST_PERSON = new RegExp(`${FIRST_PERSON_SINGULAR.source}|${FIRST_PERSON_PLURAL.source}`, "i");
const ANY_SPEECH_VERB = new RegExp(`\\b(?:${SPEECH_VERBS})\\b`, "i");

/** The turn a reported voice opens, or null when the voice is not a report made by a speech verb. */
export function openedTurn(voice: Voice, passage: { n: number; text: string }, sentence: Span): ReportedTurn | null {
  if (voice.mode !== "reported" || voice.carried) return null;
  const after = passage.text.slice(voice.contentFrom, sentence.end);
  const quoted = voice.contentFrom <= sentence.start || /^\s*(?:\([^)]*\)\s*)?[:“"]/.test(after);
  // A verb introduces words with a colon, a quote or "that"; "X spoke with Y for an hour" introduces none.
  if (!quoted && !/^[^.:;“"]{0,40}?\bthat\b/.test(after)) return null;
  // "X says that …, but we say otherwise": the words already went back to someone else.
  if (!quoted && (ANY_SPEECH_VERB.test(after) || FIRST_PERSON.test(after))) return null;
  return {
    speaker: voice.speaker,
    alsoSpeakers: voice.alsoSpeakers,
    reportedBy: voice.reportedBy,
    quoted,
    passage: passage.n,
    sentences: 0,
    passages: 0,
    cue: voice.cue.split(",")[0] ?? voice.cue,
  };
}

/** A passage that reads as a heading: short, and not ending as a sentence does. */
export const isHeading = (text: string) => {
  const body = text.trim();
  return body.startsWith("#") || (body.length < 80 && !/[.!?:;,"”’)\]]$/.test(body));
};

/**
 * The turn carried into a sentence without a speech verb of its own, one sentence further on; null
 * when the sentence ends it (a speech verb, first person after indirect speech) or it has run too
 * far. `passage` is the sentence's passage number.
 */
export function carriedInto(turn: ReportedTurn, sentence: Span, passage: number): ReportedTurn | null {
  if (ANY_SPEECH_VERB.test(sentence.text)) return null;
  if (!turn.quoted && FIRST_PERSON.test(sentence.text)) return null;
  const passages = turn.passages + (passage === turn.passage ? 0 : 1);
  const sentences = turn.sentences + 1;
  if (passages > MAX_PASSAGES || sentences > MAX_SENTENCES) return null;
  return { ...turn, passage, passages, sentences };
}

/** The voice of a sentence a reported turn carries. */
export function carriedVoice(turn: ReportedTurn, sentence: Span): Voice {
  const confidence =
    (turn.quoted ? OPENING : INDIRECT) * PER_SENTENCE ** (turn.sentences - 1) * PER_PASSAGE ** turn.passages;
  return {
    speaker: turn.speaker,
    alsoSpeakers: turn.alsoSpeakers,
    mode: "reported",
    reportedBy: turn.reportedBy,
    contentFrom: sentence.start,
    confidence: Math.round(confidence * 100) / 100,
    carried: true,
    cue: `${turn.speaker.name}'s reported words continued (${turn.sentences} sentence${turn.sentences === 1 ? "" : "s"} after ${turn.cue.replace(/^speech verb /, "")}${turn.passages ? ", in the next passage" : ""})${turn.reportedBy ? `, reported by ${turn.reportedBy.name}` : ""}`,
  };
}
