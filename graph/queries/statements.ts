import neo4j from "neo4j-driver";
import { AppError } from "../errors";
import { read } from "../db";
import { toNumber } from "../map";
import type { Page, StatementRecord } from "../types";
import { filterParams, STATEMENT_FILTER_WHERE, type StatementFilter } from "./filters";
import { STATEMENT, toStatement } from "./records";

export const MAX_PAGE_SIZE = 100;

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

export interface Cursor {
  date: string;
  id: string;
}

export function encodeCursor(statement: Pick<StatementRecord, "date" | "id">): string {
  return Buffer.from(JSON.stringify([statement.date, statement.id])).toString("base64url");
}

export function decodeCursor(cursor: string): Cursor {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value[0]) && typeof value[1] === "string") {
      return { date: value[0], id: value[1] };
    }
  } catch {
    // fall through to the error below
  }
  throw new AppError("BAD_USER_INPUT", "The cursor in `after` is not one this API issued; pass a `pageInfo.endCursor` from an earlier page.");
}

export function checkPageSize(first: number): void {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new AppError("LIMIT_EXCEEDED", `Page size limit: \`first\` must be between 1 and ${MAX_PAGE_SIZE} (got ${first}); follow pageInfo.endCursor with \`after\` for more.`);
  }
}

export async function listStatements(filter: StatementFilter, first: number, after?: string | null): Promise<Page<StatementRecord>> {
  checkPageSize(first);
  const cursor = after ? decodeCursor(after) : null;
  const [record] = await read(LIST_STATEMENTS, {
    ...filterParams(filter, true),
    afterDate: cursor?.date ?? null,
    afterId: cursor?.id ?? null,
    limit: neo4j.int(first + 1),
  });
  const rows = (record?.get("page") as Record<string, unknown>[] | undefined) ?? [];
  const items = rows.slice(0, first).map(toStatement);
  const last = items.at(-1);
  return {
    items,
    totalCount: toNumber(record?.get("total")),
    hasNextPage: rows.length > first,
    endCursor: last ? encodeCursor(last) : null,
  };
}
