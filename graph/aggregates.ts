import neo4j from "neo4j-driver";
import type { ManagedTransaction } from "neo4j-driver";
import { runIn, type Database } from "./db";

/**
 * Statement counts kept beside the statements, so that the network, the ego network and the
 * timeline add up a few aggregate rows instead of walking every statement (docs/decisions/0023).
 *
 *     (speaker:Actor)-[:SAID_ABOUT {date, dateLast, stance, mode, proposed, tertiary, document,
 *                                   count, intensitySum}]->(target:Actor)
 *
 * One relationship per distinct key: the days the statement's date covers, its stance and mode,
 * whether it is proposed (else accepted), from a tertiary source, and its document. Every filter
 * of the explorer but statement ids and topics tests only these, so a filtered view is exact;
 * rejected and retracted statements have no row. Every write of a statement takes its old
 * contribution away and adds its new one in the same transaction (graph/statement-store.ts), so
 * the aggregates and the statements land together or not at all.
 *
 * A coarse tier sits on top (docs/decisions/0026): one PAIR_TOTAL per (speaker, target, proposed,
 * tertiary) with counts by stance, the intensity sum and the first and last day, made again from
 * the pair's rows by the same query that changes them. It answers the network and the ego network
 * when the filter names no dates, stances, modes or documents (graph/queries/totals.ts).
 */

/**
 * The coarse tier: per pair, one PAIR_TOTAL per (proposed, tertiary) with its counts by stance,
 * intensity sum and first and last day, made from the pair's SAID_ABOUT rows `r` (docs/decisions/0026).
 */
const TOTALS_OF_ROWS = `
WITH a, b, r.proposed AS proposed, r.tertiary AS tertiary,
  sum(r.count) AS count,
  sum(CASE WHEN r.stance = 'support' THEN r.count ELSE 0 END) AS support,
  sum(CASE WHEN r.stance = 'oppose' THEN r.count ELSE 0 END) AS oppose,
  sum(CASE WHEN r.stance = 'mixed' THEN r.count ELSE 0 END) AS mixed,
  sum(CASE WHEN r.stance = 'neutral' THEN r.count ELSE 0 END) AS neutral,
  sum(r.intensitySum) AS intensitySum, min(r.date) AS date, max(r.dateLast) AS dateLast
CREATE (a)-[:PAIR_TOTAL {proposed: proposed, tertiary: tertiary, count: count, support: support, oppose: oppose,
  mixed: mixed, neutral: neutral, intensitySum: intensitySum, date: date, dateLast: dateLast}]->(b)`;

/**
 * The timeline's tier: statements counted per (first month, last month, stance, proposed, tertiary,
 * both ends people) in MonthTotal nodes, unique by `key`, so that the timeline of the whole corpus
 * adds up a hundred rows instead of every pair's (docs/decisions/0026).
 */
const MONTH_KEY = `substring(toString(i.date), 0, 7) + '|' + substring(toString(i.dateLast), 0, 7) + '|' + i.stance + '|' +
  toString(i.proposed) + '|' + toString(i.tertiary) + '|' + toString(i.persons)`;

/** What a statement `s` by `a` about `b` in document `d` counts under: one map, `i` below. */
const ITEM = `{a: a, b: b, date: s.date, dateLast: coalesce(s.dateLast, s.date), stance: s.stance, mode: s.mode,
  proposed: s:Proposed, tertiary: s:Tertiary, persons: a:Person AND b:Person, document: d.id, intensity: coalesce(s.intensity, 0)}`;

/**
 * The statements' contributions, added (`$sign` 1) or taken away (−1), to every tier at once: the
 * rows and the month totals by one grouped MERGE each (so that a row two of the statements share
 * is changed once, and one that reaches 0 goes), then each touched pair's totals made again from
 * its few rows, so a total's first and last date stay exact when a statement leaves it.
 */
export const CONTRIBUTE = `
UNWIND $ids AS id
MATCH (a:Actor)<-[:BY]-(s:Statement {id: id})-[:ABOUT]->(b:Actor)
WHERE (s:Published OR s:Proposed) AND s.date IS NOT NULL
MATCH (s)-[:IN]->(:Passage)-[:PART_OF]->(d:Document)
WITH collect(${ITEM}) AS items
CALL (items) {
  UNWIND items AS i
  WITH i.a AS a, i.b AS b, i.date AS date, i.dateLast AS dateLast, i.stance AS stance, i.mode AS mode, i.proposed AS proposed,
    i.tertiary AS tertiary, i.document AS document, count(*) AS n, sum(i.intensity) AS intensity
  MERGE (a)-[r:SAID_ABOUT {date: date, dateLast: dateLast, stance: stance, mode: mode, proposed: proposed, tertiary: tertiary, document: document}]->(b)
    ON CREATE SET r.count = 0, r.intensitySum = 0
  SET r.count = r.count + $sign * n, r.intensitySum = r.intensitySum + $sign * intensity
  WITH r WHERE r.count <= 0
  DELETE r
}
CALL (items) {
  UNWIND items AS i
  WITH ${MONTH_KEY} AS key, i.date AS date, i.dateLast AS dateLast, i.stance AS stance, i.proposed AS proposed, i.tertiary AS tertiary,
    i.persons AS persons, count(*) AS n
  MERGE (m:MonthTotal {key: key})
    ON CREATE SET m.month = substring(toString(date), 0, 7), m.lastMonth = substring(toString(dateLast), 0, 7), m.stance = stance,
      m.proposed = proposed, m.tertiary = tertiary, m.persons = persons, m.count = 0
  SET m.count = m.count + $sign * n
  WITH m WHERE m.count <= 0
  DELETE m
}
CALL (items) {
  UNWIND items AS i
  WITH DISTINCT i.a AS a, i.b AS b
  CALL (a, b) {
    OPTIONAL MATCH (a)-[t:PAIR_TOTAL]->(b)
    DELETE t
  }
  CALL (a, b) {
    MATCH (a)-[r:SAID_ABOUT]->(b)
    ${TOTALS_OF_ROWS}
  }
}`;

const DROP_ALL = "MATCH ()-[r:SAID_ABOUT|PAIR_TOTAL]->() DELETE r";
const DROP_MONTHS = "MATCH (m:MonthTotal) DELETE m";

/** Every aggregate row from the statements, grouped in the database: one pass. */
const BUILD_ALL = `
MATCH (a:Actor)<-[:BY]-(s:Statement)-[:ABOUT]->(b:Actor)
WHERE (s:Published OR s:Proposed) AND s.date IS NOT NULL
MATCH (s)-[:IN]->(:Passage)-[:PART_OF]->(d:Document)
WITH a, b, s.date AS date, coalesce(s.dateLast, s.date) AS dateLast, s.stance AS stance, s.mode AS mode,
  s:Proposed AS proposed, s:Tertiary AS tertiary, d.id AS document,
  count(*) AS count, sum(coalesce(s.intensity, 0)) AS intensitySum
CREATE (a)-[:SAID_ABOUT {date: date, dateLast: dateLast, stance: stance, mode: mode, proposed: proposed,
  tertiary: tertiary, document: document, count: count, intensitySum: intensitySum}]->(b)`;

/** Every pair's totals from its rows, after BUILD_ALL. */
const BUILD_TOTALS = `
MATCH (a:Actor)-[r:SAID_ABOUT]->(b:Actor)
${TOTALS_OF_ROWS}`;

/** Every month total from the statements. */
const BUILD_MONTHS = `
MATCH (a:Actor)<-[:BY]-(s:Statement)-[:ABOUT]->(b:Actor)
WHERE (s:Published OR s:Proposed) AND s.date IS NOT NULL
MATCH (s)-[:IN]->(:Passage)-[:PART_OF]->(d:Document)
WITH ${ITEM} AS i
WITH ${MONTH_KEY} AS key, substring(toString(i.date), 0, 7) AS month, substring(toString(i.dateLast), 0, 7) AS lastMonth,
  i.stance AS stance, i.proposed AS proposed, i.tertiary AS tertiary, i.persons AS persons, count(*) AS count
CREATE (:MonthTotal {key: key, month: month, lastMonth: lastMonth, stance: stance, proposed: proposed, tertiary: tertiary, persons: persons, count: count})`;

/** Takes the statements' contributions away (before a write changes them). */
export async function withdrawStatements(tx: ManagedTransaction, ids: string[]): Promise<void> {
  if (ids.length > 0) await runIn(tx, CONTRIBUTE, { ids, sign: neo4j.int(-1) });
}

/** Adds the statements' contributions (after a write has set them). */
export async function contributeStatements(tx: ManagedTransaction, ids: string[]): Promise<void> {
  if (ids.length > 0) await runIn(tx, CONTRIBUTE, { ids, sign: neo4j.int(1) });
}

/** Deletes statements with their contributions: the one way to remove statements outright. */
export async function deleteStatements(tx: ManagedTransaction, ids: string[]): Promise<void> {
  await withdrawStatements(tx, ids);
  await runIn(tx, "MATCH (s:Statement) WHERE s.id IN $ids DETACH DELETE s", { ids });
}

/** Rebuilds every aggregate inside a transaction already open (a load's own, so it lands with it). */
export async function rebuildAggregatesIn(tx: ManagedTransaction): Promise<void> {
  await runIn(tx, DROP_ALL);
  await runIn(tx, BUILD_ALL);
  await buildTotalsIn(tx);
}

/**
 * The pair totals from the SAID_ABOUT rows and the month totals from the statements, in place of
 * any there were, where the rows are already right: after BUILD_ALL, or once on a graph whose
 * rows came without totals (a bulk import writes the rows itself; graph/seed/constraints.ts).
 */
export async function buildTotalsIn(tx: ManagedTransaction): Promise<void> {
  await runIn(tx, "MATCH ()-[r:PAIR_TOTAL]->() DELETE r");
  await runIn(tx, BUILD_TOTALS);
  await runIn(tx, DROP_MONTHS);
  await runIn(tx, BUILD_MONTHS);
}

/**
 * Rebuilds every aggregate from the statements, for a load that wrote statements outside
 * saveState (the seed's batched load, a bulk import into an empty database, a restore), in one
 * transaction of its own.
 */
export async function rebuildAggregates(database: Database): Promise<void> {
  await database.writeTx((tx) => rebuildAggregatesIn(tx));
}

/** The aggregate rows of speakers in `$actors` (null: all), as the equality test compares them. */
export const AGGREGATE_ROWS = `
MATCH (a:Actor)-[r:SAID_ABOUT]->(b:Actor)
WHERE $actors IS NULL OR a.id IN $actors
RETURN a.id + '|' + b.id + '|' + toString(r.date) + '|' + toString(r.dateLast) + '|' + r.stance + '|' + r.mode + '|' +
  toString(r.proposed) + '|' + toString(r.tertiary) + '|' + r.document AS key, r.count AS count, r.intensitySum AS intensitySum
ORDER BY key`;

/** The same rows recomputed from the statements, without touching the stored ones. */
export const RECOMPUTED_ROWS = `
MATCH (a:Actor)<-[:BY]-(s:Statement)-[:ABOUT]->(b:Actor)
WHERE (s:Published OR s:Proposed) AND s.date IS NOT NULL AND ($actors IS NULL OR a.id IN $actors)
MATCH (s)-[:IN]->(:Passage)-[:PART_OF]->(d:Document)
WITH a.id + '|' + b.id + '|' + toString(s.date) + '|' + toString(coalesce(s.dateLast, s.date)) + '|' + s.stance + '|' + s.mode + '|' +
  toString(s:Proposed) + '|' + toString(s:Tertiary) + '|' + d.id AS key, count(*) AS count, sum(coalesce(s.intensity, 0)) AS intensitySum
RETURN key, count, intensitySum
ORDER BY key`;

/** The stored totals of speakers in `$actors` (null: all), as the equality test compares them. */
export const TOTAL_ROWS = `
MATCH (a:Actor)-[t:PAIR_TOTAL]->(b:Actor)
WHERE $actors IS NULL OR a.id IN $actors
RETURN a.id + '|' + b.id + '|' + toString(t.proposed) + '|' + toString(t.tertiary) AS key,
  [t.count, t.support, t.oppose, t.mixed, t.neutral, t.intensitySum] AS counts, toString(t.date) + '/' + toString(t.dateLast) AS days
ORDER BY key`;

/** The same totals recomputed from the statements themselves (not from the rows). */
export const RECOMPUTED_TOTALS = `
MATCH (a:Actor)<-[:BY]-(s:Statement)-[:ABOUT]->(b:Actor)
WHERE (s:Published OR s:Proposed) AND s.date IS NOT NULL AND ($actors IS NULL OR a.id IN $actors)
  AND EXISTS { (s)-[:IN]->(:Passage)-[:PART_OF]->(:Document) }
WITH a.id + '|' + b.id + '|' + toString(s:Proposed) + '|' + toString(s:Tertiary) AS key,
  count(*) AS count, count(CASE WHEN s.stance = 'support' THEN 1 END) AS support, count(CASE WHEN s.stance = 'oppose' THEN 1 END) AS oppose,
  count(CASE WHEN s.stance = 'mixed' THEN 1 END) AS mixed, count(CASE WHEN s.stance = 'neutral' THEN 1 END) AS neutral,
  sum(coalesce(s.intensity, 0)) AS intensitySum, min(s.date) AS date, max(coalesce(s.dateLast, s.date)) AS dateLast
RETURN key, [count, support, oppose, mixed, neutral, intensitySum] AS counts, toString(date) + '/' + toString(dateLast) AS days
ORDER BY key`;

/** The stored month totals, as the equality test compares them. */
export const MONTH_ROWS = "MATCH (m:MonthTotal) RETURN m.key + ' ' + toString(m.count) AS row ORDER BY row";

/** The same recomputed from the statements. */
export const RECOMPUTED_MONTHS = `
MATCH (a:Actor)<-[:BY]-(s:Statement)-[:ABOUT]->(b:Actor)
WHERE (s:Published OR s:Proposed) AND s.date IS NOT NULL
MATCH (s)-[:IN]->(:Passage)-[:PART_OF]->(d:Document)
WITH ${ITEM} AS i
WITH ${MONTH_KEY} AS key, count(*) AS count
RETURN key + ' ' + toString(count) AS row ORDER BY row`;
