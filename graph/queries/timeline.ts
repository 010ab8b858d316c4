import type { Database } from "../db";
import { noteRead } from "../request-stats";
import { toNumber } from "../map";
import { tierFor, type ReadTier } from "./totals";
import { AGGREGATE_FILTER_WHERE, filterParams, STATEMENT_FILTER_WHERE, type StatementFilter } from "./filters";

interface StanceCounts {
  support: number;
  oppose: number;
  mixed: number;
  neutral: number;
  total: number;
}

export interface TimelineBucket extends StanceCounts {
  month: string;
}

/** Statements whose date said covers more than one month (a year, a season, "between"). */
export interface TimelineSpan extends StanceCounts {
  from: string;
  to: string;
}

/**
 * Statement counts per stance, grouped by the first and the last month their date said covers;
 * one round trip. A statement dated to a day or a month falls in one month; one dated to a year
 * or a range spans several, and is counted over its span, never on its first day.
 */
export const TIMELINE = `
MATCH (a:Actor)<-[:BY]-(s:Statement)-[:ABOUT]->(b:Actor)
WHERE ${STATEMENT_FILTER_WHERE}
WITH substring(toString(s.date), 0, 7) AS month, substring(toString(s.dateLast), 0, 7) AS lastMonth, s.stance AS stance, count(*) AS n
RETURN month, lastMonth, collect([stance, n]) AS counts
ORDER BY month, lastMonth`;

/** The same from the aggregates, when they can answer the filter. */
export const TIMELINE_AGGREGATED = `
MATCH (a:Actor)-[r:SAID_ABOUT]->(b:Actor)
WHERE ${AGGREGATE_FILTER_WHERE}
WITH substring(toString(r.date), 0, 7) AS month, substring(toString(r.dateLast), 0, 7) AS lastMonth, r.stance AS stance, sum(r.count) AS n
RETURN month, lastMonth, collect([stance, n]) AS counts
ORDER BY month, lastMonth`;

/**
 * The same from the month totals (graph/aggregates.ts), when the filter names nothing but the
 * switches: the corpus's timeline in about a hundred rows.
 */
export const TIMELINE_MONTHS = `
MATCH (m:MonthTotal)
WHERE (NOT m.proposed OR $includeProposed) AND ($includeTertiary OR NOT m.tertiary) AND ($includeOrganizations OR m.persons)
WITH m.month AS month, m.lastMonth AS lastMonth, m.stance AS stance, sum(m.count) AS n
RETURN month, lastMonth, collect([stance, n]) AS counts
ORDER BY month, lastMonth`;

/** Whether the month totals answer the filter: no actors named besides what the totals answer. */
function answeredByMonths(params: Record<string, unknown>): boolean {
  return params.speakers === null && params.targets === null;
}

function counts(pairs: [string, unknown][]): StanceCounts {
  const c: StanceCounts = { support: 0, oppose: 0, mixed: 0, neutral: 0, total: 0 };
  for (const [stance, n] of pairs) {
    const count = toNumber(n);
    if (stance === "support" || stance === "oppose" || stance === "mixed" || stance === "neutral") c[stance] += count;
    c.total += count;
  }
  return c;
}

export interface TimelineParts {
  months: TimelineBucket[];
  spans: TimelineSpan[];
}

/** Read from the month totals, the aggregate rows or the statements; `tier` asks for a finer one, to compare them. */
export async function getTimelineParts(database: Database, filter: StatementFilter = {}, tier?: ReadTier): Promise<TimelineParts> {
  const params = filterParams(filter, true);
  noteRead({ actors: null, from: params.from as string | null, to: params.to as string | null });
  const chosen = tierFor(params, tier);
  const query = chosen === "statements" ? TIMELINE : chosen === "totals" && answeredByMonths(params) ? TIMELINE_MONTHS : TIMELINE_AGGREGATED;
  const rows = await database.read(query, params);
  const months: TimelineBucket[] = [];
  const spans: TimelineSpan[] = [];
  for (const r of rows) {
    const month = r.get("month") as string;
    const lastMonth = r.get("lastMonth") as string;
    const c = counts(r.get("counts") as [string, unknown][]);
    if (month === lastMonth) months.push({ month, ...c });
    else spans.push({ from: month, to: lastMonth, ...c });
  }
  return { months, spans };
}
