import type { Corpus } from "../../graph/seed";

/**
 * The shape of a corpus: how statements spread over speakers, targets, pairs, modes, stances,
 * dates, documents and passages. Measured on seed/ (npm run shape writes scripts/lib/seed-shape.json)
 * and on a generated corpus, so that the synthetic corpus can be checked against the real one.
 * Every figure is a share, a mean or a Gini coefficient, so that corpora of different sizes
 * compare.
 */

export interface ShapeStatement {
  speaker: string;
  target: string;
  mode: string;
  stance: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY as said. */
  date: string;
  dateSource: string;
  document: string;
  passage: number;
}

export interface ShapeInput {
  actors: number;
  documents: { id: string; date: string; passages: number }[];
  statements: ShapeStatement[];
}

export interface CorpusShape {
  statements: number;
  actors: number;
  documents: number;
  passages: number;
  /** Share of the registry's actors who speak at least once, and who are spoken of at least once. */
  speakingActors: number;
  targetedActors: number;
  /** Inequality of statements per speaker (among speakers) and per target (among targets): 0 even, 1 one takes all. */
  speakerGini: number;
  targetGini: number;
  /** Share of statements made by the busiest tenth of the speakers. */
  topTenthSpeakersShare: number;
  /** Statements per (speaker, target) pair: mean, share of pairs with a single statement, share of statements in pairs of 5 or more. */
  statementsPerPair: number;
  singleStatementPairs: number;
  statementsInPairsOfFivePlus: number;
  modes: Record<string, number>;
  stances: Record<string, number>;
  /** Share of statements whose date the text gives (else the document's date stands in). */
  datedByText: number;
  /** Share of statements dated in the busiest tenth of the months the corpus spans. */
  inBusiestTenthOfMonths: number;
  /** Share of statements dated within 30 days before or on their document's date. */
  withinMonthOfDocument: number;
  passagesPerDocument: number;
  statementsPerDocument: number;
  /** Share of passages that hold a statement, and statements per such passage. */
  passagesWithStatements: number;
  statementsPerPassageWithAny: number;
}

const round = (value: number, digits = 3) => Math.round(value * 10 ** digits) / 10 ** digits;

function tally(keys: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/** Gini coefficient of non-negative values. */
export function gini(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const total = sorted.reduce((a, b) => a + b, 0);
  if (sorted.length === 0 || total === 0) return 0;
  const weighted = sorted.reduce((sum, v, i) => sum + (i + 1) * v, 0);
  return (2 * weighted) / (sorted.length * total) - (sorted.length + 1) / sorted.length;
}

function shares(keys: string[]): Record<string, number> {
  return Object.fromEntries([...tally(keys)].sort(([a], [b]) => a.localeCompare(b)).map(([k, n]) => [k, round(n / keys.length)]));
}

const dayOf = (date: string) => Date.parse(`${date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date}T00:00:00Z`) / 86_400_000;

function monthsSpanned(dates: string[]): number {
  const months = dates.map((d) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7) || "1") - 1);
  return Math.max(...months) - Math.min(...months) + 1;
}

export function measureShape(input: ShapeInput): CorpusShape {
  const st = input.statements;
  const n = st.length;
  const bySpeaker = [...tally(st.map((s) => s.speaker)).values()];
  const byTarget = [...tally(st.map((s) => s.target)).values()];
  const byPair = [...tally(st.map((s) => `${s.speaker}\u0000${s.target}`)).values()];
  const speakersDesc = [...bySpeaker].sort((a, b) => b - a);
  const topTenth = speakersDesc.slice(0, Math.max(1, Math.round(speakersDesc.length / 10))).reduce((a, b) => a + b, 0);
  const byMonth = [...tally(st.map((s) => s.date.slice(0, 7))).values()].sort((a, b) => b - a);
  const busiest = Math.max(1, Math.round(monthsSpanned(st.map((s) => s.date)) / 10));
  const documentDay = new Map(input.documents.map((d) => [d.id, dayOf(d.date)]));
  const nearDocument = st.filter((s) => {
    const lag = documentDay.get(s.document)! - dayOf(s.date);
    return lag >= 0 && lag <= 30;
  }).length;
  const passages = input.documents.reduce((sum, d) => sum + d.passages, 0);
  const usedPassages = tally(st.map((s) => `${s.document}#${s.passage}`)).size;
  return {
    statements: n,
    actors: input.actors,
    documents: input.documents.length,
    passages,
    speakingActors: round(bySpeaker.length / input.actors),
    targetedActors: round(byTarget.length / input.actors),
    speakerGini: round(gini(bySpeaker)),
    targetGini: round(gini(byTarget)),
    topTenthSpeakersShare: round(topTenth / n),
    statementsPerPair: round(n / byPair.length, 2),
    singleStatementPairs: round(byPair.filter((c) => c === 1).length / byPair.length),
    statementsInPairsOfFivePlus: round(byPair.filter((c) => c >= 5).reduce((a, b) => a + b, 0) / n),
    modes: shares(st.map((s) => s.mode)),
    stances: shares(st.map((s) => s.stance)),
    datedByText: round(st.filter((s) => s.dateSource === "text").length / n),
    inBusiestTenthOfMonths: round(byMonth.slice(0, busiest).reduce((a, b) => a + b, 0) / n),
    withinMonthOfDocument: round(nearDocument / n),
    passagesPerDocument: round(passages / input.documents.length, 1),
    statementsPerDocument: round(n / input.documents.length, 1),
    passagesWithStatements: round(usedPassages / passages),
    statementsPerPassageWithAny: round(n / usedPassages, 2),
  };
}

/** A validated corpus (seed/ or a generated one read back) as the shape measure reads it. */
export function shapeInputOf(corpus: Corpus): ShapeInput {
  return {
    actors: corpus.people.length + corpus.organizations.length,
    documents: corpus.documents.map((d) => ({ id: d.meta.id, date: d.meta.date, passages: d.passages.length })),
    statements: corpus.statements.map(({ value: s }) => ({
      speaker: s.speaker,
      target: s.target,
      mode: s.mode,
      stance: s.stance,
      date: s.date,
      dateSource: s.date_source,
      document: s.document,
      passage: s.passage,
    })),
  };
}
