import { readStance } from "./propose-stance";
import { isBody, isPerson, recipientOf } from "./propose-attribution";
import { descriptionMentions } from "./propose-descriptions";
import { notEvaluated, ownSideOf } from "./propose-exclusions";
import { sameActor, turnAt, voiceOf } from "./propose-speaker";
import { carriedInto, isHeading, openedTurn, type ReportedTurn } from "./propose-turns";
import { dateIn, sentencesOf, type Span } from "./propose-text";
import type { FoundActor, ImportedMention, Proposal, ProposerInput } from "./types";
import trained from "./generated/propose-model.json";
import { RULES_ONLY, type ProposerModel } from "./propose-model";

/** The model fitted on all the seed documents' coding (`npm run train:propose`). */
export const TRAINED_MODEL: ProposerModel = trained as ProposerModel;

/**
 * What imports use: the rules alone. Held out, the learned stems and threshold gain one pair in 129
 * and cost pair precision, stance accuracy and alpha (docs/proposer.md); they are measured beside
 * the rules on every `npm run eval:propose` and can be switched back on here when they earn it.
 */
export const IMPORT_MODEL: ProposerModel = RULES_ONLY;

/**
 * The statement proposer (issue 16): for each sentence of each passage, who speaks, about whom,
 * with what stance, in which mode, when, and the quote, each proposal with its confidence and the
 * cues that fired. Rule-based, pure and deterministic: the same input gives the same proposals.
 * The rules follow the codebook (docs/annotation-guidelines.md); docs/proposer.md measures them.
 */

const FIRST_PERSON = /\b(?:I|me|my|we|us|our)\b/;
const SECOND_PERSON = /\b(?:you|your|yours|yourself|yourselves)\b/i;
const PRONOUN = /\b(he|she|they|him|her|them|his|their|theirs)\b/i;

/** The actor a pronoun points back to: a body or plural for "they", a person for "he"/"she" (grammar's agreement). */
function antecedentOf(content: string, named: FoundActor[], speaker: FoundActor): FoundActor | null {
  const pronoun = PRONOUN.exec(content)?.[1]?.toLowerCase();
  if (!pronoun) return null;
  const fits = /^(?:they|them|their|theirs)$/.test(pronoun) ? isBody : isPerson;
  return [...named].reverse().find((a) => fits(a) && !sameActor(a, speaker)) ?? null;
}

/** The actors a span names after `from`, in order, each once, without those excluded. */
function targetsIn(mentions: ImportedMention[], from: number, to: number, excluded: (FoundActor | null)[]): ImportedMention[] {
  const seen: FoundActor[] = [];
  const found: ImportedMention[] = [];
  for (const m of mentions) {
    if (m.start < from || m.end > to) continue;
    if (excluded.some((e) => e && sameActor(e, m.actor)) || seen.some((s) => sameActor(s, m.actor))) continue;
    seen.push(m.actor);
    found.push(m);
  }
  return found;
}

function mentionsByPassage(mentions: ImportedMention[]): Map<number, ImportedMention[]> {
  const by = new Map<number, ImportedMention[]>();
  for (const m of mentions) by.set(m.passage, [...(by.get(m.passage) ?? []), m]);
  for (const list of by.values()) list.sort((a, b) => a.start - b.start);
  return by;
}

/** The quote: the sentence after a turn's name, trimmed; verbatim in the passage by construction. */
function quoteOf(passage: string, sentence: Span, from: number): string {
  return passage.slice(Math.max(sentence.start, from), sentence.end).trim();
}

/** Proposals for a document; `model` adds learned stems and a confidence threshold to the rules. */
export function propose(input: ProposerInput, model: ProposerModel = IMPORT_MODEL): Proposal[] {
  const { document } = input;
  const byPassage = mentionsByPassage([...input.mentions, ...descriptionMentions(input)]);
  const proposals: Proposal[] = [];
  let turn: FoundActor | null = null;
  const history: FoundActor[] = [];
  let lastSpeaker: FoundActor | null = null;
  let reportedTurn: ReportedTurn | null = null;
  const own = ownSideOf(input);
  const recipient = recipientOf(document, input.passages, input.mentions);

  for (const passage of input.passages) {
    const mentions = byPassage.get(passage.n) ?? [];
    const opened = turnAt(passage.text, mentions);
    if (opened) {
      turn = opened.actor;
      lastSpeaker = null;
    }
    if (opened || isHeading(passage.text)) reportedTurn = null;
    const bodyFrom = opened?.end ?? 0;

    for (const sentence of sentencesOf(passage.text)) {
      if (sentence.end <= bodyFrom) continue;
      const inSentence = mentions.filter((m) => m.start >= Math.max(sentence.start, bodyFrom) && m.end <= sentence.end);
      const carried: ReportedTurn | null = reportedTurn && carriedInto(reportedTurn, sentence, passage.n);
      const voice = voiceOf(sentence, passage.text, inSentence, document, turn, { history, lastSpeaker, carried });
      reportedTurn = voice?.carried ? carried : voice ? openedTurn(voice, passage, sentence) : null;
      const named = [...history];
      history.push(...inSentence.map((m) => m.actor));
      if (voice?.mode === "reported") lastSpeaker = voice.speaker;
      if (!voice) continue;

      const content = passage.text.slice(voice.contentFrom, sentence.end);
      const reading = readStance(content, model);
      if (!reading) continue;
      const quote = quoteOf(passage.text, sentence, bodyFrom);
      if (quote.length < 3 || !passage.text.includes(quote)) continue;

      // The reporter may be the one evaluated: "Tito told me that I was wrong" is Tito's about the reporter.
      const speakers = [voice.speaker, ...voice.alsoSpeakers];
      const from = voice.contentFrom < sentence.start ? sentence.start : voice.contentFrom;
      let targets = targetsIn(inSentence, from, sentence.end, speakers).filter(
        (m) => !notEvaluated(input, own, passage.text, sentence, m, voice.speaker),
      );
      let pronoun = false;
      let reporterTarget = false;
      let addressee = false;
      // In a reported conversation "you" addresses the reporter's side, as "me" names the reporter.
      if (targets.length === 0 && voice.reportedBy && (FIRST_PERSON.test(content) || SECOND_PERSON.test(content))) {
        targets = [{ passage: passage.n, start: -1, end: -1, text: voice.reportedBy.name, actor: voice.reportedBy }];
        reporterTarget = true;
      }
      // A letter's "you" and "your" are its recipient's (codebook §3: the one the words are about).
      if (
        targets.length === 0 &&
        voice.mode === "written" &&
        recipient &&
        SECOND_PERSON.test(content) &&
        !speakers.some((a) => sameActor(a, recipient))
      ) {
        targets = [{ passage: passage.n, start: -1, end: -1, text: recipient.name, actor: recipient }];
        addressee = true;
      }
      const antecedent = targets.length === 0 ? antecedentOf(content, named, voice.speaker) : null;
      if (antecedent) {
        targets = [{ passage: passage.n, start: -1, end: -1, text: antecedent.name, actor: antecedent }];
        pronoun = true;
      }
      const date = dateIn(sentence.text, document.date);
      for (const speaker of speakers)
        for (const target of targets) {
          const confidence =
            voice.confidence *
            reading.strength *
            (pronoun || reporterTarget ? 0.6 : addressee ? 0.8 : 1) *
            (targets.length > 1 ? 0.85 : 1);
          proposals.push({
            passage: passage.n,
            quote,
            speaker,
            target: target.actor,
            stance: reading.stance,
            intensity: reading.intensity,
            mode: voice.mode,
            reportedBy: voice.reportedBy,
            date,
            confidence: Math.round(confidence * 100) / 100,
            reason: [
              voice.cue,
              reporterTarget
                ? `target the reporter ${target.actor.name} (first person in the report)`
                : addressee
                  ? `target the recipient ${target.actor.name} ('you' in the letter)`
                  : pronoun
                    ? `target ${target.actor.name} from a pronoun (named before)`
                    : `target ${target.actor.name} named in the sentence`,
              `evaluative ${reading.cues.join(", ")}`,
              ...(date ? [`date '${date}' in the text`] : []),
            ].join("; "),
          });
        }
    }
  }
  return proposals.filter((p) => p.confidence >= model.threshold);
}
