import neo4j from "neo4j-driver";
import { read } from "../db";
import { AppError } from "../errors";
import { toNumber } from "../map";
import type { Actor, DocumentRecord, Page } from "../types";
import { ACTOR, DOCUMENT, toActor, toDocument } from "./records";
import { checkPageSize } from "./statements";

export const LIST_DOCUMENTS = `
MATCH (d:Document)
RETURN ${DOCUMENT("d")} AS document
ORDER BY d.date, d.id`;

export const LIST_ACTORS = `
CALL () {
  MATCH (a:Actor) WHERE ($kind IS NULL OR ($kind = 'person') = (a:Person))
  RETURN count(a) AS total
}
CALL () {
  MATCH (a:Actor) WHERE ($kind IS NULL OR ($kind = 'person') = (a:Person))
    AND ($afterName IS NULL OR a.name > $afterName OR (a.name = $afterName AND a.id > $afterId))
  WITH a ORDER BY a.name, a.id LIMIT $limit
  RETURN collect(${ACTOR("a")}) AS page
}
RETURN total, page`;

export async function listDocuments(): Promise<DocumentRecord[]> {
  return (await read(LIST_DOCUMENTS)).map((r) => toDocument(r.get("document") as Record<string, unknown>));
}

function decodeNameCursor(cursor: string): [string, string] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(value) && value.length === 2 && value.every((v) => typeof v === "string")) return value as [string, string];
  } catch {
    // fall through
  }
  throw new AppError("BAD_USER_INPUT", "The cursor in `after` is not one this API issued; pass a `pageInfo.endCursor` from an earlier page.");
}

/** People or organisations (or both) in name order, a page at a time. */
export async function listActors(kind: "person" | "organization" | null, first: number, after?: string | null): Promise<Page<Actor>> {
  checkPageSize(first);
  const [afterName, afterId] = after ? decodeNameCursor(after) : [null, null];
  const [record] = await read(LIST_ACTORS, { kind, afterName, afterId, limit: neo4j.int(first + 1) });
  const rows = (record?.get("page") as Record<string, unknown>[] | undefined) ?? [];
  const items = rows.slice(0, first).map(toActor);
  const last = items.at(-1);
  return {
    items,
    totalCount: toNumber(record?.get("total")),
    hasNextPage: rows.length > first,
    endCursor: last ? Buffer.from(JSON.stringify([last.name, last.id])).toString("base64url") : null,
  };
}
