import neo4j from "neo4j-driver";
import type { Database } from "../db";
import type { Page, StatementRecord } from "../types";
import { filterParams, STATEMENT_FILTER_WHERE, type StatementFilter } from "./filters";
import { isCalendarDate } from "./date-arguments";
import { checkPageSize, decodeCursor, toPage } from "./paging";
import { STATEMENT, toStatement } from "./records";

/** Statements under a filter in (date, id) order, a page at a time, with the total; one round trip. */
export const LIST_STATEMENTS = `
CALL () {
  MATCH (a:Actor)<-[:BY]-(s:Statement)-[:ABOUT]->(b:Actor)
  WHERE ${STATEMENT_FILTER_WHERE}
  RETURN count(s) AS total
}
CALL () {
  MATCH (a:Actor)<-[:BY]-(s:Statement)-[:ABOUT]->(b:Actor)
  WHERE ${STATEMENT_FILTER_WHERE}
    AND ($afterDate IS NULL OR s.date > date($afterDate) OR (s.date = date($afterDate) AND s.id > $afterId))
  WITH s ORDER BY s.date, s.id LIMIT $limit
  RETURN collect(${STATEMENT("s")}) AS page
}
RETURN total, page`;

export async function listStatements(database: Database, filter: StatementFilter, first: number, after?: string | null): Promise<Page<StatementRecord>> {
  checkPageSize(first);
  const [afterDate, afterId] = after ? decodeCursor(after, isCalendarDate) : [null, null];
  const [record] = await database.read(LIST_STATEMENTS, { ...filterParams(filter, true), afterDate, afterId, limit: neo4j.int(first + 1) });
  return toPage(record, first, toStatement, (s) => [s.date, s.id]);
}
