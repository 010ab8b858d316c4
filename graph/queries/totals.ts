import { answeredByAggregates } from "./filters";
import { EDGE_COLUMNS, neighboursOver } from "./shapes";

/**
 * The coarse tier of the aggregates (graph/aggregates.ts, docs/decisions/0026): one PAIR_TOTAL
 * per (speaker, target, proposed, tertiary) with counts by stance, the intensity sum and the first
 * and last day. It answers the network and the ego network when the filter names no dates,
 * stances, modes, documents, statement ids or topics — the explorer's first view and every ego
 * network opened from it — with one row per pair instead of one per distinct statement key.
 */

/** The filter over a total `t` between `a` and `b`: only what totals keep apart. */
export const TOTAL_SWITCHES_WHERE = `
  (NOT t.proposed OR $includeProposed)
  AND ($includeTertiary OR NOT t.tertiary)
  AND ($includeOrganizations OR (a:Person AND b:Person))`;

export const TOTAL_FILTER_WHERE = `${TOTAL_SWITCHES_WHERE}
  AND ($speakers IS NULL OR a.id IN $speakers)
  AND ($targets IS NULL OR b.id IN $targets)`;

/** Whether the totals can answer a filter's parameters: nothing but speakers, targets and the three switches. */
export function answeredByTotals(params: Record<string, unknown>): boolean {
  return ["ids", "topics", "from", "to", "stances", "modes", "documents"].every((name) => params[name] === null);
}

/** A pair's totals `t` summed into one link's figures, grouped by speaker `a` and target `b`. */
export const TOTALS_SUMMED = `WITH a, b,
  sum(t.count) AS count, sum(t.support) AS support, sum(t.oppose) AS oppose, sum(t.mixed) AS mixed, sum(t.neutral) AS neutral,
  sum(t.intensitySum) AS intensitySum, min(t.date) AS firstDate, max(t.dateLast) AS lastDate`;

const TOTALS_TO_EDGES = `
${TOTALS_SUMMED}
${EDGE_COLUMNS}`;

export const NETWORK_EDGES_TOTALS = `
MATCH (a:Actor)-[t:PAIR_TOTAL]->(b:Actor)
WHERE ${TOTAL_FILTER_WHERE}
${TOTALS_TO_EDGES}`;

export const NETWORK_EDGES_TOTALS_FROM_SPEAKERS = `
MATCH (a:Actor) WHERE a.id IN $speakers
MATCH (a)-[t:PAIR_TOTAL]->(b:Actor)
WHERE ${TOTAL_FILTER_WHERE}
${TOTALS_TO_EDGES}`;

/**
 * The links among one set of actors (an ego network's members, a large corpus's cast): each
 * member's totals, kept when the other end is a member node too — no property read to test it.
 */
export const NETWORK_EDGES_TOTALS_AMONG = `
MATCH (m:Actor) WHERE m.id IN $speakers
WITH collect(m) AS members
UNWIND members AS a
MATCH (a)-[t:PAIR_TOTAL]->(b:Actor)
WHERE b IN members AND ${TOTAL_SWITCHES_WHERE}
${TOTALS_TO_EDGES}`;

/** An ego network's hop over the totals: a pair's one row leads to the neighbour. */
export const NEIGHBOURS_TOTALS = neighboursOver((a, b) => `(${a})-[t:PAIR_TOTAL]->(${b})`, TOTAL_FILTER_WHERE);

/** Which stored form answers a read: the totals, the aggregate rows, or the statements themselves. */
export type ReadTier = "totals" | "rows" | "statements";
const FINENESS: Record<ReadTier, number> = { totals: 0, rows: 1, statements: 2 };

/**
 * The coarsest tier that answers the filter exactly; `asked` may name a finer one (the tests and
 * the benchmark compare the tiers on the same filter), never a coarser one than the filter allows.
 */
export function tierFor(params: Record<string, unknown>, asked?: ReadTier): ReadTier {
  const best: ReadTier = answeredByTotals(params) ? "totals" : answeredByAggregates(params) ? "rows" : "statements";
  return asked && FINENESS[asked] > FINENESS[best] ? asked : best;
}
