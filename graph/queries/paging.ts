import type { Record as Neo4jRecord } from "neo4j-driver";
import { AppError } from "../errors";
import { toNumber } from "../map";
import type { Page } from "../types";

/**
 * Cursor pagination shared by every list: a page is the rows after a (sort key, id) pair, fetched
 * one row long to learn whether another page follows. Cursors are opaque to clients.
 */
export const MAX_PAGE_SIZE = 100;

export function checkPageSize(first: number): void {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new AppError("LIMIT_EXCEEDED", `Page size limit: \`first\` must be between 1 and ${MAX_PAGE_SIZE} (got ${first}); follow pageInfo.endCursor with \`after\` for more.`);
  }
}

export function encodeCursor(key: readonly [string, string]): string {
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

/** The (sort key, id) pair in a cursor this API issued; `validKey` checks the sort key's form. */
export function decodeCursor(cursor: string, validKey: (key: string) => boolean = () => true): [string, string] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(value) && value.length === 2 && typeof value[0] === "string" && typeof value[1] === "string" && validKey(value[0])) {
      return [value[0], value[1]];
    }
  } catch {
    // fall through to the error below
  }
  throw new AppError("BAD_USER_INPUT", "The cursor in `after` is not one this API issued; pass a `pageInfo.endCursor` from an earlier page.");
}

/** Turns a `total, page` record (page fetched first + 1 long) into a Page with its end cursor. */
export function toPage<T>(record: Neo4jRecord | undefined, first: number, map: (row: Record<string, unknown>) => T, keyOf: (item: T) => [string, string]): Page<T> {
  const rows = (record?.get("page") as Record<string, unknown>[] | undefined) ?? [];
  const items = rows.slice(0, first).map(map);
  const last = items.at(-1);
  return {
    items,
    totalCount: toNumber(record?.get("total")),
    hasNextPage: rows.length > first,
    endCursor: last ? encodeCursor(keyOf(last)) : null,
  };
}
