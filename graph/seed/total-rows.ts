import type { AggregateRow } from "./aggregate-rows";

/**
 * The pair totals and month totals (graph/aggregates.ts, docs/decisions/0026) computed from the
 * SAID_ABOUT rows a load writes, as BUILD_TOTALS and BUILD_MONTHS make them in the database, so
 * that a bulk import writes them as files instead of building them in a transaction after its
 * start (docs/decisions/0028). The month totals come from the rows rather than the statements: the
 * rows partition the same counted statements (accepted or proposed, dated, in a document's
 * passage) by a finer key, so adding their counts gives the same numbers.
 */

export interface PairTotalRow {
  speaker: string;
  target: string;
  proposed: boolean;
  tertiary: boolean;
  count: number;
  support: number;
  oppose: number;
  mixed: number;
  neutral: number;
  intensitySum: number;
  date: string;
  dateLast: string;
}

export interface MonthTotalRow {
  key: string;
  month: string;
  lastMonth: string;
  stance: string;
  proposed: boolean;
  tertiary: boolean;
  persons: boolean;
  count: number;
}

const STANCES = ["support", "oppose", "mixed", "neutral"] as const;

/** One total per speaker, target, proposed and tertiary, with its counts by stance and its first and last day. */
export function toPairTotalRows(rows: readonly AggregateRow[]): PairTotalRow[] {
  const totals = new Map<string, PairTotalRow>();
  for (const r of rows) {
    const key = JSON.stringify([r.speaker, r.target, r.proposed, r.tertiary]);
    let total = totals.get(key);
    if (!total) {
      total = { speaker: r.speaker, target: r.target, proposed: r.proposed, tertiary: r.tertiary, count: 0, support: 0, oppose: 0, mixed: 0, neutral: 0, intensitySum: 0, date: r.date, dateLast: r.dateLast };
      totals.set(key, total);
    }
    total.count += r.count;
    const stance = STANCES.find((s) => s === r.stance);
    if (stance) total[stance] += r.count;
    total.intensitySum += r.intensitySum;
    // ISO dates (YYYY-MM-DD) order as strings do.
    if (r.date < total.date) total.date = r.date;
    if (r.dateLast > total.dateLast) total.dateLast = r.dateLast;
  }
  return [...totals.values()];
}

/** One month total per first month, last month, stance, proposed, tertiary and whether both ends are people (`isPerson`). */
export function toMonthTotalRows(rows: readonly AggregateRow[], isPerson: (actor: string) => boolean): MonthTotalRow[] {
  const months = new Map<string, MonthTotalRow>();
  for (const r of rows) {
    const month = r.date.slice(0, 7);
    const lastMonth = r.dateLast.slice(0, 7);
    const persons = isPerson(r.speaker) && isPerson(r.target);
    // The key as MONTH_KEY (graph/aggregates.ts) spells it in Cypher.
    const key = `${month}|${lastMonth}|${r.stance}|${String(r.proposed)}|${String(r.tertiary)}|${String(persons)}`;
    const found = months.get(key);
    if (found) found.count += r.count;
    else months.set(key, { key, month, lastMonth, stance: r.stance, proposed: r.proposed, tertiary: r.tertiary, persons, count: r.count });
  }
  return [...months.values()];
}
