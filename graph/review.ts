import neo4j from "neo4j-driver";
import type { Viewer } from "./auth/viewer";
import { checkStatement } from "./curation";
import type { Database } from "./db";
import { AppError } from "./errors";
import { checkPageSize, decodeCursor, toPage } from "./queries/paging";
import { STATEMENT, toStatement } from "./queries/records";
import { loadRevision, type Revision } from "./revisions";
import { changedFields, checkReview, restoreFields, stateOf, type StatementState } from "./statement-state";
import { readForWrite, requireVersion, saveState } from "./statement-store";
import { revertActorCreation } from "./actor-curation";
import type { Page, StatementRecord } from "./types";

/**
 * Review and revert: a proposed statement is accepted or rejected by someone other than its
 * proposer; any revision can be put back by an admin, as a revision of its own.
 */

export async function reviewStatement(
  database: Database,
  viewer: Viewer,
  id: string,
  decision: "accept" | "reject",
  options: { reason?: string | null; version?: number | null } = {},
): Promise<StatementRecord> {
  return database.writeTx(async (tx) => {
    const { current } = await readForWrite(tx, id);
    await requireVersion(tx, current, options.version);
    checkReview(viewer, current, decision, options.reason);
    const at = new Date().toISOString();
    const next: StatementState = { ...stateOf(current), status: decision === "accept" ? "accepted" : "rejected", statusBy: viewer.username, statusAt: at };
    const { statement } = await saveState(tx, { id, current, next, action: decision, by: viewer.username, at, reason: options.reason });
    return statement;
  }, { dataVersion: "scoped" });
}

const parse = (json: string | null | undefined): Record<string, unknown> | null => (json === null || json === undefined ? null : (JSON.parse(json) as Record<string, unknown> | null));

/**
 * Puts back what a revision changed. A later revision that changed any of the same fields stands in
 * the way: refused with CONFLICT, naming it (revert that one first). Reverting a statement's
 * creation retracts it; an actor's creation removes the actor, when no statement names it.
 */
export async function revertRevision(database: Database, viewer: Viewer, id: string, reason: string): Promise<Revision> {
  if (reason.trim().length < 3) throw new AppError("BAD_USER_INPUT", "`reason` must say why the revision is reverted.");
  return database.writeTx(async (tx) => {
    const { revision, later } = await loadRevision(tx, id);
    if (revision.subjectKind === "actor") return revertActorCreation(tx, viewer, revision, later, reason);
    const { current, text, documentDate, sourceKind } = await readForWrite(tx, revision.subject);
    const at = new Date().toISOString();
    const before = parse(revision.before);
    let next: StatementState;
    if (before === null) {
      if (current.status === "retracted") throw new AppError("CONFLICT", `Statement "${current.id}" is already retracted (by ${current.retractedBy ?? "unknown"}); nothing was changed.`, 409);
      next = { ...stateOf(current), status: "retracted", statusBy: viewer.username, statusAt: at, retractedAt: at, retractedBy: viewer.username, retractReason: reason };
    } else {
      const fields = changedFields(before, parse(revision.after));
      const blocking = later.find((r) => changedFields(parse(r.before), parse(r.after)).some((f) => fields.includes(f)));
      if (blocking) {
        throw new AppError(
          "CONFLICT",
          `Revision ${revision.id} cannot be reverted on its own: the later revision ${blocking.id} (${blocking.action} by ${blocking.by} at ${blocking.at}) changed the same fields. Revert that one first; nothing was changed.`,
          409,
        );
      }
      next = restoreFields(stateOf(current), before, fields);
      const said = { date: next.date, qualifier: next.dateQualifier, until: next.dateUntil, source: next.dateSource };
      const reporterFound = next.reportedBy === null || next.reportedBy === current.reportedBy?.id;
      checkStatement({ ...next, said }, text, documentDate, sourceKind, reporterFound);
    }
    const saved = await saveState(tx, { id: current.id, current, next, action: "revert", by: viewer.username, at, reason, reverts: revision.id });
    return saved.revision;
  }, { dataVersion: "scoped" });
}

/** Proposed statements, oldest first (by when they were proposed), optionally by document, speaker or proposer. */
export const REVIEW_QUEUE = `
CALL () {
  MATCH (s:Proposed)
  WHERE ($speaker IS NULL OR EXISTS { (s)-[:BY]->(:Actor {id: $speaker}) })
    AND ($document IS NULL OR EXISTS { (s)-[:IN]->(:Passage)-[:PART_OF]->(:Document {id: $document}) })
    AND ($curator IS NULL OR s.proposedBy = $curator)
  RETURN count(s) AS total
}
CALL () {
  MATCH (s:Proposed)
  WHERE ($speaker IS NULL OR EXISTS { (s)-[:BY]->(:Actor {id: $speaker}) })
    AND ($document IS NULL OR EXISTS { (s)-[:IN]->(:Passage)-[:PART_OF]->(:Document {id: $document}) })
    AND ($curator IS NULL OR s.proposedBy = $curator)
    AND ($afterAt IS NULL OR s.statusAt > $afterAt OR (s.statusAt = $afterAt AND s.id > $afterId))
  WITH s ORDER BY s.statusAt, s.id LIMIT $limit
  RETURN collect(${STATEMENT("s")}) AS page
}
RETURN total, page`;

export interface ReviewFilter {
  document?: string | null;
  speaker?: string | null;
  curator?: string | null;
}

const isInstant = (value: string) => value === "" || !Number.isNaN(Date.parse(value));

export async function getReviewQueue(database: Database, filter: ReviewFilter, first: number, after?: string | null): Promise<Page<StatementRecord>> {
  checkPageSize(first);
  const [afterAt, afterId] = after ? decodeCursor(after, isInstant) : [null, null];
  const [record] = await database.read(REVIEW_QUEUE, {
    document: filter.document ?? null,
    speaker: filter.speaker ?? null,
    curator: filter.curator ?? null,
    afterAt,
    afterId,
    limit: neo4j.int(first + 1),
  });
  return toPage(record, first, toStatement, (s) => [s.statusAt ?? "", s.id]);
}
