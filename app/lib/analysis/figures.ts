import type { StanceCounts } from "./signed";

/** The few fields of a statement the dossier's figures read. */
export interface Dated {
  stance: keyof StanceCounts;
  intensity: number;
  /** As precise as the text: YYYY-MM-DD, YYYY-MM or YYYY. */
  date: string;
}

export function countByStance(statements: readonly Dated[]): StanceCounts {
  const counts: StanceCounts = { support: 0, oppose: 0, mixed: 0, neutral: 0 };
  for (const s of statements) counts[s.stance] += 1;
  return counts;
}

export interface MonthNet {
  month: string;
  /** Sum of the intensities (−2…+2) of what the actor said that month. */
  given: number;
  received: number;
  givenCount: number;
  receivedCount: number;
}

/**
 * Net stance given and received per month, every month from the first to the last shown (empty
 * months at 0, so the axis keeps time). Statements dated only by year have no month and are
 * counted in `yearOnly` instead of being put in January.
 */
export function netByMonth(made: readonly Dated[], received: readonly Dated[]): { months: MonthNet[]; yearOnly: number } {
  const byMonth = new Map<string, MonthNet>();
  let yearOnly = 0;
  const add = (s: Dated, side: "given" | "received") => {
    if (s.date.length < 7) {
      yearOnly += 1;
      return;
    }
    const month = s.date.slice(0, 7);
    const entry = byMonth.get(month) ?? { month, given: 0, received: 0, givenCount: 0, receivedCount: 0 };
    entry[side] += s.intensity;
    entry[side === "given" ? "givenCount" : "receivedCount"] += 1;
    byMonth.set(month, entry);
  };
  made.forEach((s) => add(s, "given"));
  received.forEach((s) => add(s, "received"));
  const keys = [...byMonth.keys()].sort();
  if (keys.length === 0) return { months: [], yearOnly };
  const months: MonthNet[] = [];
  for (let m = keys[0]!; m <= keys[keys.length - 1]!; m = nextMonth(m)) {
    months.push(byMonth.get(m) ?? { month: m, given: 0, received: 0, givenCount: 0, receivedCount: 0 });
  }
  return { months, yearOnly };
}

function nextMonth(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
}

/** The precision a date said is given to, read from its form. */
export function precisionOf(date: string): "day" | "month" | "year" {
  return date.length >= 10 ? "day" : date.length >= 7 ? "month" : "year";
}
