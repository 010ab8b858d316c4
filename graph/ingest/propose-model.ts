import type { Stance } from "../shared/stance";
import type { Cue } from "./propose-lexicon";

/**
 * What the proposer learns from coded documents (docs/proposer.md): evaluative stems the coders'
 * quotes use, with their polarity, beside the hand-written lexicon; and the confidence below which
 * a proposal is left out, chosen on the same documents. Learning is pure and deterministic: the
 * same coded statements give the same model, so a fold's model can be checked to see nothing of
 * the document it is measured on.
 */

export interface ProposerModel {
  /** The documents whose coding the model was fitted on, sorted. */
  trainedOn: string[];
  /** Learned stems that read as praise (+) or criticism (−); the hand-written lexicon goes first. */
  positive: Cue[];
  negative: Cue[];
  /** Proposals below this confidence are left out. */
  threshold: number;
}

/** A model that adds nothing to the rules: no learned stems, nothing left out. */
export const RULES_ONLY: ProposerModel = { trainedOn: [], positive: [], negative: [], threshold: 0 };

/** A coded statement as the learner reads it: its quote and stance. */
export interface CodedQuote {
  document: string;
  quote: string;
  stance: Stance;
}

/** A training document's text, to tell words coders quote from words the whole text uses. */
export interface TrainingText {
  document: string;
  passages: string[];
}

/** Words too common to carry an evaluation, whatever share of them falls inside quotes. */
const FUNCTION_WORDS = new Set(
  `that this these those with from have has had been were will would shall should could which what when where
   there their they them then than also only into upon about after before because such same other more most very
   your yours ours said says being does done made make just even over under between both each every some many
   much must here himself herself itself themselves whom whose while comrade comrades letter question questions`
    .trim()
    .split(/\s+/),
);

/** Lower-case words of four letters or more: capitalised words are names, not evaluation. */
const wordsOf = (text: string) =>
  (text.match(/(?<![\p{L}])[\p{Ll}][\p{Ll}]{3,}(?:-[\p{Ll}]+)*/gu) ?? []).filter((w) => !FUNCTION_WORDS.has(w));

/** A word's stem as the lexicon matches it: its first seven letters (the proposer matches prefixes of five or more). */
export const stemOf = (word: string) => word.slice(0, 7);

/** How a learned stem must stand out: quoted often, in several documents, mostly with one polarity. */
export const LEARNING = { minQuoted: 3, minDocuments: 2, minQuotedShare: 0.6, minPolarity: 0.8 } as const;

interface Tally {
  quoted: number;
  inText: number;
  support: number;
  oppose: number;
  documents: Set<string>;
}

/**
 * Stems the coders' quotes use more than the text around them, and mostly in one stance. Only the
 * given documents' quotes and text are read; stems the hand-written lexicon already has are kept
 * out by the caller's `known`.
 */
export function learnLexicon(
  quotes: CodedQuote[],
  texts: TrainingText[],
  known: (word: string) => boolean,
): Pick<ProposerModel, "positive" | "negative"> {
  const tallies = new Map<string, Tally>();
  const tally = (stem: string) => {
    let t = tallies.get(stem);
    if (!t) tallies.set(stem, (t = { quoted: 0, inText: 0, support: 0, oppose: 0, documents: new Set() }));
    return t;
  };
  for (const text of texts) for (const passage of text.passages) for (const w of wordsOf(passage)) tally(stemOf(w)).inText++;
  for (const q of quotes) {
    for (const w of new Set(wordsOf(q.quote))) {
      if (known(w)) continue;
      const t = tally(stemOf(w));
      t.quoted++;
      t.documents.add(q.document);
      if (q.stance === "support") t.support++;
      if (q.stance === "oppose") t.oppose++;
    }
  }
  const positive: Cue[] = [];
  const negative: Cue[] = [];
  for (const [stem, t] of [...tallies].sort(([a], [b]) => a.localeCompare(b))) {
    if (t.quoted < LEARNING.minQuoted || t.documents.size < LEARNING.minDocuments) continue;
    if (t.quoted / Math.max(t.quoted, t.inText) < LEARNING.minQuotedShare) continue;
    const polar = t.support + t.oppose;
    if (polar === 0) continue;
    if (t.support / polar >= LEARNING.minPolarity) positive.push({ stem, weight: 1 });
    else if (t.oppose / polar >= LEARNING.minPolarity) negative.push({ stem, weight: 1 });
  }
  return { positive, negative };
}
