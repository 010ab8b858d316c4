/**
 * Where a curator's reader marks statements: each statement's quote placed in its passage, and the
 * passage cut into runs at every mention and quote boundary, so a run can be a link, a mark or both
 * and statements whose quotes overlap are all marked. Pure and browser-safe.
 */
import type { Span } from "../segments";

export interface Placed<S> {
  statement: S;
  start: number;
  end: number;
}

export interface MarkedRun<M extends Span, S> {
  text: string;
  start: number;
  end: number;
  mention: M | null;
  /** The statements whose quote covers this run, shortest quote first (the one a click opens). */
  statements: S[];
  /** Inside the quote being annotated. */
  highlighted: boolean;
}

/**
 * Each statement at the first place its quote stands in the text; a statement whose quote is not
 * found (the text was re-imported since) is left unmarked rather than marked in the wrong place.
 */
export function placeQuotes<S extends { quote: string }>(text: string, statements: readonly S[]): Placed<S>[] {
  return statements.flatMap((statement) => {
    const start = statement.quote.length > 0 ? text.indexOf(statement.quote) : -1;
    return start < 0 ? [] : [{ statement, start, end: start + statement.quote.length }];
  });
}

export function markRuns<M extends Span, S>(
  text: string,
  mentions: readonly M[],
  placed: readonly Placed<S>[],
  highlight: Span | null = null,
): MarkedRun<M, S>[] {
  const cuts = new Set([0, text.length]);
  for (const s of [...mentions, ...placed, ...(highlight ? [highlight] : [])]) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].filter((p) => p >= 0 && p <= text.length).sort((a, b) => a - b);
  const runs: MarkedRun<M, S>[] = [];
  for (let i = 1; i < points.length; i++) {
    const start = points[i - 1]!;
    const end = points[i]!;
    const covering = placed.filter((p) => p.start <= start && end <= p.end).sort((a, b) => a.end - a.start - (b.end - b.start));
    runs.push({
      text: text.slice(start, end),
      start,
      end,
      mention: mentions.find((m) => m.start <= start && end <= m.end) ?? null,
      statements: covering.map((p) => p.statement),
      highlighted: highlight !== null && highlight.start <= start && end <= highlight.end,
    });
  }
  return runs;
}

/**
 * The span a selection names, trimmed of the whitespace around it only (the words inside stay as
 * they are), or null when nothing but whitespace is selected.
 */
export function trimSpan(text: string, start: number, end: number): Span | null {
  let from = Math.max(0, Math.min(start, end));
  let to = Math.min(text.length, Math.max(start, end));
  while (from < to && /\s/.test(text[from]!)) from++;
  while (to > from && /\s/.test(text[to - 1]!)) to--;
  return to > from ? { start: from, end: to } : null;
}
