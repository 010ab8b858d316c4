import neo4j from "neo4j-driver";
import type { Database } from "../db";
import type { Actor, DocumentRecord, Page } from "../types";
import { ACTOR, DOCUMENT, toActor, toDocument } from "./records";
import { checkPageSize, decodeCursor, toPage } from "./paging";

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

export async function listDocuments(database: Database): Promise<DocumentRecord[]> {
  return (await database.read(LIST_DOCUMENTS)).map((r) => toDocument(r.get("document") as Record<string, unknown>));
}

/** People or organisations (or both) in name order, a page at a time. */
export async function listActors(database: Database, kind: "person" | "organization" | null, first: number, after?: string | null): Promise<Page<Actor>> {
  checkPageSize(first);
  const [afterName, afterId] = after ? decodeCursor(after) : [null, null];
  const [record] = await database.read(LIST_ACTORS, { kind, afterName, afterId, limit: neo4j.int(first + 1) });
  return toPage(record, first, toActor, (a) => [a.name, a.id]);
}
