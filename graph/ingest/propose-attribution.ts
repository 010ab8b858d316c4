import { COLLECTIVE_NAME, SPEECH_VERBS } from "./propose-lexicon";
import type { Span } from "./propose-text";
import type { FoundActor, ImportedDocument, ImportedMention, ImportedPassage } from "./types";

/**
 * Attribution a careful reader makes beyond "Name said" (codebook §2, §3 and English grammar): a
 * pronoun subject of a speech verb is the actor last named who fits it ("He said" a person, "they
 * declared" a body), preferring the speaker of the report it continues ("He added that…"); the
 * speaker after the verb in an inverted attribution ("…, said Tito"); several subjects joined by
 * "and"; and the recipient of a letter, whom "you" and "your" address.
 */

/** A body or a state rather than a person, by its name (the registries do not say). */
export const isBody = (actor: FoundActor) => COLLECTIVE_NAME.test(actor.name) || !/\s/.test(actor.name.trim());
export const isPerson = (actor: FoundActor) => !isBody(actor);

const PRONOUN_SUBJECT = new RegExp(
  `(?:^|[.;:,"“]\\s*|\\b(?:and|but|then|when|where|as)\\s+)(He|She|They|he|she|they)\\s+(?:(?:also|then|again|later|further|once\\s+more|in\\s+turn|in\\s+reply|had|has|have)\\s+)*(${SPEECH_VERBS})\\b`,
  "g",
);

export interface PronounAttribution {
  actor: FoundActor;
  pronoun: string;
  verb: string;
  after: number;
  /** True when the actor is the speaker of the report the sentence continues. */
  continued: boolean;
}

/**
 * "He said", "she stressed", "they declared": the pronoun's actor is the last speaker of a report
 * when the pronoun fits them, or else the last actor named before the sentence who fits it.
 */
export function pronounAttributionIn(
  sentence: Span,
  history: FoundActor[],
  lastSpeaker: FoundActor | null,
): PronounAttribution | null {
  PRONOUN_SUBJECT.lastIndex = 0;
  const found = PRONOUN_SUBJECT.exec(sentence.text);
  if (!found) return null;
  const pronoun = found[1]!.toLowerCase();
  const fits = pronoun === "they" ? isBody : isPerson;
  const after = sentence.start + found.index + found[0].length;
  const verb = found[2]!.toLowerCase().replace(/\s+/g, " ");
  if (lastSpeaker && fits(lastSpeaker)) return { actor: lastSpeaker, pronoun, verb, after, continued: true };
  const named = [...history].reverse().find(fits);
  return named ? { actor: named, pronoun, verb, after, continued: false } : null;
}

const INVERTED = new RegExp(
  `(?:[,"”’:]|^)\\s*(${SPEECH_VERBS})\\s+(?:(?:the|Comrades?|Com\\.|Mr\\.|Mrs\\.)\\s+)?(?:[\\p{L}-]+\\s+){0,3}$`,
  "iu",
);

/** "…, said Tito", "…,” declared the Yugoslav leader Tito": the mention right after the verb speaks. */
export function invertedAttributionIn(
  sentence: Span,
  passage: string,
  mentions: ImportedMention[],
): { actor: FoundActor; verb: string; at: number } | null {
  for (const m of mentions) {
    const before = passage.slice(sentence.start, m.start);
    const found = INVERTED.exec(before.slice(-60));
    if (!found || m.start - sentence.start < 8) continue;
    return { actor: m.actor, verb: found[1]!.toLowerCase(), at: m.start };
  }
  return null;
}

/** Subjects joined to the named one before it: "Kardelj and Popović told", "Tito, Kardelj and Ranković said". */
export function coSubjectsOf(subject: ImportedMention, passage: string, mentions: ImportedMention[]): FoundActor[] {
  const joined: FoundActor[] = [];
  let right = subject;
  for (const m of [...mentions].reverse()) {
    if (m.end > right.start) continue;
    if (!/^\s*(?:,\s*(?:and\s+)?|and\s+)(?:(?:Comrades?|Com\.)\s+)?$/.test(passage.slice(m.end, right.start))) break;
    joined.unshift(m.actor);
    right = m;
  }
  return joined;
}

const SALUTATION =
  /^\s*(?:(?:My\s+)?Dear\s+|To\s+(?:the\s+)?)(?:(?:Comrades?|Com\.|Mr\.|Mrs\.|Marshal|President|Minister)\s+)*$/i;

/**
 * Whom a letter or note addresses: the actor of a salutation opening one of its first passages
 * ("Dear Comrade Tito", "To the Central Committee of …"), or the actor the title names after "to"
 * ("Khrushchev's letter to Tito").
 */
export function recipientOf(
  document: ImportedDocument,
  passages: ImportedPassage[],
  mentions: ImportedMention[],
): FoundActor | null {
  const opening = new Set(passages.slice(0, 3).map((p) => p.n));
  for (const m of mentions) {
    const text = passages.find((p) => p.n === m.passage)?.text ?? "";
    if (opening.has(m.passage) && SALUTATION.test(text.slice(0, m.start))) return m.actor;
  }
  const to = /\b(?:to|addressed\s+to)\s+(.+)$/i.exec(document.title);
  if (!to) return null;
  const addressed = to[1]!.toLowerCase();
  const named = mentions
    .filter((m) => addressed.includes(m.text.toLowerCase()))
    .sort((a, b) => addressed.indexOf(a.text.toLowerCase()) - addressed.indexOf(b.text.toLowerCase()));
  return named[0]?.actor ?? null;
}
