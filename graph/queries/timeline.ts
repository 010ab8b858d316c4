import type { Database } from "../db";
import { toNumber } from "../map";
import { filterParams, STATEMENT_FILTER_WHERE, type StatementFilter } from "./filters";

export interface TimelineBucket {
  month: string;
  support: number;
  oppose: number;
  mixed: number;
  neutral: number;
  total: number;
}

/** Statement counts per month and stance, for the filter; one round trip. */
export const TIMELINE = `
MATCH (a:Actor)<-[:BY]-(s:Statement)-[:ABOUT]->(b:Actor)
WHERE ${STATEMENT_FILTER_WHERE}
WITH substring(toString(s.date), 0, 7) AS month, s.stance AS stance, count(*) AS n
RETURN month, collect([stance, n]) AS counts
ORDER BY month`;

export async function getTimeline(database: Database, filter: StatementFilter = {}): Promise<TimelineBucket[]> {
  const rows = await database.read(TIMELINE, filterParams(filter, true));
  return rows.map((r) => {
    const bucket: TimelineBucket = { month: r.get("month") as string, support: 0, oppose: 0, mixed: 0, neutral: 0, total: 0 };
    for (const [stance, n] of r.get("counts") as [keyof TimelineBucket, unknown][]) {
      const count = toNumber(n);
      if (stance === "support" || stance === "oppose" || stance === "mixed" || stance === "neutral") bucket[stance] += count;
      bucket.total += count;
    }
    return bucket;
  });
}
