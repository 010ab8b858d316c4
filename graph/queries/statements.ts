import neo4j from "neo4j-driver";
import type { Database } from "../db";
import type { Page, StatementRecord } from "../types";
import { filterParams, STATEMENT_FILTER_WHERE, type StatementFilter } from "./filters";
import { isCalendarDate } from "./date-arguments";
import { checkPageSize, decodeCursor, toPage } from "./paging";
import { STATEMENT, toStatement } from "./records";

/**
 * Where a statement list's match starts. The filter's `$speakers IS NULL OR a.id IN $speakers` is
 * one predicate to the planner, which cannot seek an index through the OR: unstarted, the match
 * expands every statement in the graph and tests its speaker (80,087 rows and 103,802 db hits for
 * one pair's statements on the quick corpus). Named speakers or targets are seeked first instead,
 * and the match expands only their statements; the WHERE still applies the whole filter.
 */
const MATCH_FROM = {
  all: "MATCH (a:Actor)<-[:BY]-(s:Statement)-[:ABOUT]->(b:Actor)",
  speakers: "MATCH (a:Actor) WHERE a.id IN $speakers\n  MATCH (a)<-[:BY]-(s:Statement)-[:ABOUT]->(b:Actor)",
  targets: "MATCH (b:Actor) WHERE b.id IN $targets\n  MATCH (a:Actor)<-[:BY]-(s:Statement)-[:ABOUT]->(b)",
} as const;

type Start = keyof typeof MATCH_FROM;

const listStatementsFrom = (start: Start) => `
CALL () {
  ${MATCH_FROM[start]}
  WHERE ${STATEMENT_FILTER_WHERE}
  RETURN count(s) AS total
}
CALL () {
  ${MATCH_FROM[start]}
  WHERE ${STATEMENT_FILTER_WHERE}
    AND ($afterDate IS NULL OR s.date > date($afterDate) OR (s.date = date($afterDate) AND s.id > $afterId))
  WITH s ORDER BY s.date, s.id LIMIT $limit
  RETURN collect(${STATEMENT("s")}) AS page
}
RETURN total, page`;

/** Statements under a filter in (date, id) order, a page at a time, with the total; one round trip. */
export const LIST_STATEMENTS = listStatementsFrom("all");
/** The same for a filter that names speakers: from their nodes. */
export const LIST_STATEMENTS_FROM_SPEAKERS = listStatementsFrom("speakers");
/** The same for a filter that names targets and no speakers: from the targets' nodes. */
export const LIST_STATEMENTS_FROM_TARGETS = listStatementsFrom("targets");

/** The statement list for a filter's parameters: from the actors it names, when it names any. */
export function listStatementsQuery(params: Record<string, unknown>): string {
  return params.speakers ? LIST_STATEMENTS_FROM_SPEAKERS : params.targets ? LIST_STATEMENTS_FROM_TARGETS : LIST_STATEMENTS;
}

export async function listStatements(database: Database, filter: StatementFilter, first: number, after?: string | null): Promise<Page<StatementRecord>> {
  checkPageSize(first);
  const [afterDate, afterId] = after ? decodeCursor(after, isCalendarDate) : [null, null];
  const params = filterParams(filter, true);
  const [record] = await database.read(listStatementsQuery(params), { ...params, afterDate, afterId, limit: neo4j.int(first + 1) });
  return toPage(record, first, toStatement, (s) => [s.date, s.id]);
}
