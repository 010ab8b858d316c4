import type { StatementRow } from "./write-relationships";

/**
 * The SAID_ABOUT rows (graph/aggregates.ts) computed from the statement rows a load writes, as
 * BUILD_ALL groups them in the database: one row per speaker, target, days covered, stance, mode,
 * proposed or accepted, tertiary or not, and document; rejected and retracted statements count for
 * nothing. The bulk import writes these rows beside the statements, so its database starts with
 * the counts every later write keeps (tests/integration/bulk-import.test.ts compares them with the
 * database's own recomputation).
 */

export interface AggregateRow {
  speaker: string;
  target: string;
  date: string;
  dateLast: string;
  stance: string;
  mode: string;
  proposed: boolean;
  tertiary: boolean;
  document: string;
  count: number;
  intensitySum: number;
}

/** `documentOf` maps a statement's passage id to its document's id. */
export function toAggregateRows(statements: readonly StatementRow[], documentOf: (passage: string) => string | undefined): AggregateRow[] {
  const rows = new Map<string, AggregateRow>();
  for (const s of statements) {
    const { status, stance, mode, sourceKind, intensity } = s.props;
    if (status !== "accepted" && status !== "proposed") continue;
    const document = documentOf(s.passage);
    if (document === undefined || stance === undefined || mode === undefined) continue;
    const row: Omit<AggregateRow, "count" | "intensitySum"> = {
      speaker: s.speaker,
      target: s.target,
      date: s.dateFirst,
      dateLast: s.dateLast,
      stance,
      mode,
      proposed: status === "proposed",
      tertiary: sourceKind === "tertiary",
      document,
    };
    const key = JSON.stringify(row);
    const found = rows.get(key);
    if (found) {
      found.count++;
      found.intensitySum += intensity ?? 0;
    } else {
      rows.set(key, { ...row, count: 1, intensitySum: intensity ?? 0 });
    }
  }
  return [...rows.values()];
}
