/**
 * The timeline's axis and the dates typed beside it: pure, so the strip, its controls and the
 * tests agree on what a month is and where it stands.
 */

import type { MonthRange } from "./explorer-state";

/** Every month between two months (YYYY-MM), inclusive, so gaps in time show as gaps. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [y, m] = first.split("-").map(Number) as [number, number];
  const [ly, lm] = last.split("-").map(Number) as [number, number];
  while (y < ly || (y === ly && m <= lm)) {
    months.push(`${y}-${String(m).padStart(2, "0")}`);
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return months;
}

/** The axis's months: the corpus's span, widened to anything the current answer holds. */
export function axisMonths(axis: MonthRange | null, present: readonly string[]): string[] {
  const ends = [...(axis ? [axis.from, axis.to] : []), ...present].sort();
  return ends.length > 0 ? monthsBetween(ends[0]!, ends.at(-1)!) : [];
}

export interface Tick {
  index: number;
  month: string;
  /** A year's first month on the axis carries the year; every third month a longer mark. */
  kind: "year" | "quarter" | "month";
  label: string | null;
}

const SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Year and month ticks for an axis: the year at its first month on the axis, months between. */
export function ticksOf(months: readonly string[]): Tick[] {
  return months.map((month, index) => {
    const [year, m] = month.split("-").map(Number) as [number, number];
    if (m === 1 || index === 0) return { index, month, kind: "year", label: String(year) };
    return { index, month, kind: m % 3 === 1 ? "quarter" : "month", label: null };
  });
}

/** "1956-09" → "Sep 1956". */
export function monthLabel(month: string): string {
  const [year, m] = month.split("-").map(Number) as [number, number];
  return `${SHORT[m - 1]} ${year}`;
}

const TYPED = /^(\d{4})(?:-(\d{1,2}))?$/;

/**
 * A date typed as a year or a month (1956, 1956-9, 1956-09): the month it means, as the start
 * (a year's January) or the end (its December) of a range, or a message saying what is wrong.
 */
export function parseTypedMonth(text: string, end: "from" | "to"): { month: string } | { error: string } {
  const match = TYPED.exec(text.trim());
  const name = end === "from" ? "From" : "To";
  if (!match) return { error: `${name}: write a year (1956) or a year and month (1956-09).` };
  const year = Number(match[1]);
  const month = match[2] === undefined ? (end === "from" ? 1 : 12) : Number(match[2]);
  if (month < 1 || month > 12) return { error: `${name}: the month must be 01 to 12 (got ${match[2]}).` };
  return { month: `${year}-${String(month).padStart(2, "0")}` };
}

/** Both typed ends as a range, or what is wrong with them. */
export function parseTypedRange(from: string, to: string): { range: MonthRange } | { error: string } {
  const start = parseTypedMonth(from, "from");
  if ("error" in start) return start;
  const end = parseTypedMonth(to.trim() === "" ? from : to, "to");
  if ("error" in end) return end;
  if (end.month < start.month) return { error: `To (${end.month}) comes before From (${start.month}).` };
  return { range: { from: start.month, to: end.month } };
}

/**
 * The next window in playback: the same width, one month later; null once its end has reached
 * the axis's last month. With nothing chosen, playback starts with the axis's first month alone.
 */
export function nextWindow(months: readonly string[], range: MonthRange | null): MonthRange | null {
  if (months.length === 0) return null;
  if (!range) return { from: months[0]!, to: months[0]! };
  const start = months.indexOf(range.from);
  const end = months.indexOf(range.to);
  if (start < 0 || end < 0 || end + 1 >= months.length) return null;
  return { from: months[start + 1]!, to: months[end + 1]! };
}
