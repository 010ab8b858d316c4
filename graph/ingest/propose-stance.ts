import type { Stance } from "../shared/stance";
import { CONTRAST, HEDGES, INTENSIFIERS, NEGATIVE, NEGATORS, POSITIVE, REQUEST, type Cue } from "./propose-lexicon";
import type { ProposerModel } from "./propose-model";

/**
 * Stance and intensity of a span from its evaluative words (codebook §4), with negation ("not
 * hostile"), hedging ("perhaps wrong") and contrast ("agree, but …": mixed) handled. A span
 * without evaluative words, a request or a report of fact, is no stance: null.
 */

export interface StanceReading {
  stance: Stance;
  intensity: number;
  /** 0–1: how clear the evaluation is. */
  strength: number;
  /** The cues that fired, for the reviewer. */
  cues: string[];
}

const tokensOf = (text: string) => text.toLowerCase().match(/[\p{L}]+(?:[-'’][\p{L}]+)*/gu) ?? [];

/** Short stems match only the word and its plain endings, so "warm" does not match "warning". */
function matches(token: string, stem: string): boolean {
  if (stem.length >= 5) return token.startsWith(stem);
  return token === stem || ["s", "ed", "ly", "ing", "es", "d"].some((end) => token === stem + end);
}

function lookup(token: string, list: Cue[]): Cue | undefined {
  return list.find((cue) => matches(token, cue.stem));
}

/** True when the hand-written lexicon has a cue for the word: learned stems only add to it. */
export const inHandLexicon = (word: string) => lookup(word, POSITIVE) !== undefined || lookup(word, NEGATIVE) !== undefined;

type Learned = Pick<ProposerModel, "positive" | "negative">;
const NOTHING_LEARNED: Learned = { positive: [], negative: [] };

/** True when the span asks, proposes, offers or questions rather than evaluates (§1). */
export function isRequest(span: string): boolean {
  return REQUEST.test(span.trim());
}

interface Hit {
  polarity: 1 | -1;
  weight: number;
  at: number;
  word: string;
}

function hitsOf(tokens: string[], learned: Learned): { hits: Hit[]; hedged: boolean; cues: string[] } {
  const hits: Hit[] = [];
  const cues: string[] = [];
  let hedged = false;
  tokens.forEach((token, i) => {
    if (HEDGES.test(token)) hedged = true;
    const hand = lookup(token, POSITIVE) ?? lookup(token, NEGATIVE);
    const positive = hand ? lookup(token, POSITIVE) : lookup(token, learned.positive);
    const negative = positive ? undefined : hand ? lookup(token, NEGATIVE) : lookup(token, learned.negative);
    const cue = positive ?? negative;
    if (!cue) return;
    const source = hand ? "" : "learned ";
    let polarity: 1 | -1 = positive ? 1 : -1;
    let weight: number = cue.weight;
    const before = tokens.slice(Math.max(0, i - 3), i);
    const negated = before.some((t) => NEGATORS.test(t)) || /n't$/.test(tokens[i - 1] ?? "");
    if (negated) {
      // "not hostile" is no praise; "not correct" is criticism: a negated cue turns, and weakens.
      polarity = polarity === 1 ? -1 : 1;
      weight = 1;
      cues.push(`negated ${source}'${token}' (${polarity > 0 ? "positive" : "negative"})`);
    } else {
      if (before.some((t) => INTENSIFIERS.test(t))) weight = 2;
      cues.push(`${source}'${token}' (${polarity > 0 ? "positive" : "negative"}${weight === 2 ? ", strong" : ""})`);
    }
    hits.push({ polarity, weight, at: i, word: token });
  });
  return { hits, hedged, cues };
}

/** Reads a span's stance; null when nothing in it evaluates, or a request carries only mild words. */
export function readStance(span: string, learned: Learned = NOTHING_LEARNED): StanceReading | null {
  const tokens = tokensOf(span);
  const { hits, hedged, cues } = hitsOf(tokens, learned);
  if (hits.length === 0) return null;
  const strongest = Math.max(...hits.map((h) => h.weight));
  if (isRequest(span) && strongest < 2) return null;
  const positive = hits.filter((h) => h.polarity > 0);
  const negative = hits.filter((h) => h.polarity < 0);
  const score = hits.reduce((n, h) => n + h.polarity * h.weight, 0);
  const contrasted = CONTRAST.test(span) && positive.length > 0 && negative.length > 0;
  if (hedged) cues.push("hedged");

  let stance: Stance;
  let intensity: number;
  if (contrasted) {
    stance = "mixed";
    intensity = Math.sign(score);
    cues.push("contrast: praise and criticism");
  } else if (score > 0 || (score === 0 && positive.length > negative.length)) {
    stance = "support";
    intensity = strongest === 2 && !hedged && negative.length === 0 ? 2 : 1;
  } else if (score < 0 || negative.length > 0) {
    stance = "oppose";
    intensity = strongest === 2 && !hedged && positive.length === 0 ? -2 : -1;
  } else {
    stance = "neutral";
    intensity = 0;
  }
  const strength = Math.min(1, 0.45 + 0.15 * Math.abs(score)) * (hedged ? 0.7 : 1) * (contrasted ? 0.8 : 1);
  return { stance, intensity, strength, cues };
}
