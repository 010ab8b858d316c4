import type { ManagedTransaction } from "neo4j-driver";
import neo4j from "neo4j-driver";
import { contributeStatements, withdrawStatements } from "./aggregates";
import { noteChange, runIn } from "./db";
import { AppError } from "./errors";
import { STATEMENT, toStatement } from "./queries/records";
import { lastRevision, writeRevision, type Revision } from "./revisions";
import type { RevisionAction } from "./schema/generated/resolvers";
import { placeOf, precisionOf } from "./shared/date-said";
import { checkVersion, stateOf, type StatementState } from "./statement-state";
import type { StatementRecord } from "./types";

/**
 * Reading a statement for a write, and writing its whole state with the revision that records it.
 * Every curation write (create, edit, review, retract, revert) goes through saveState: one query
 * sets the fields and the labels the filters test, the next records the revision, and the
 * statement's contribution to the aggregates (graph/aggregates.ts) is taken away before and added
 * back after, all in the caller's transaction.
 */

/** The statement with what its checks need: passage text, document date and source kind, the last save. */
export const STATEMENT_FOR_WRITE = `
MATCH (s:Statement {id: $id})-[:IN]->(p:Passage)-[:PART_OF]->(d:Document)
RETURN ${STATEMENT("s")} AS statement, p.text AS text, toString(d.date) AS documentDate, coalesce(d.sourceKind, 'primary') AS sourceKind,
  CASE WHEN $reportedBy IS NULL THEN true ELSE EXISTS { MATCH (:Actor {id: $reportedBy}) } END AS reporterFound`;

const WRITE_STATE = `
MATCH (s:Statement {id: $id})
SET s.quote = $state.quote, s.stance = $state.stance, s.intensity = $state.intensity, s.mode = $state.mode,
  s.topics = $state.topics, s.note = $state.note,
  s.date = date($placedFrom), s.dateLast = date($placedTo), s.dateSaid = $state.date, s.datePrecision = $precision,
  s.dateQualifier = $state.dateQualifier, s.dateUntil = $state.dateUntil, s.dateSource = $state.dateSource,
  s.status = $state.status, s.statusBy = $state.statusBy, s.statusAt = $state.statusAt, s.proposedBy = $state.proposedBy,
  s.retractedAt = $state.retractedAt, s.retractedBy = $state.retractedBy, s.retractReason = $state.retractReason,
  s.version = $version, s.origin = 'curation', s.curatedBy = $by, s.curatedAt = $at
REMOVE s:Published:Proposed
FOREACH (_ IN CASE WHEN $state.status = 'accepted' THEN [1] ELSE [] END | SET s:Published)
FOREACH (_ IN CASE WHEN $state.status = 'proposed' THEN [1] ELSE [] END | SET s:Proposed)
WITH s
OPTIONAL MATCH (s)-[old:REPORTED_BY]->()
DELETE old
WITH DISTINCT s
CALL (s) {
  MATCH (r:Actor {id: $state.reportedBy})
  CREATE (s)-[:REPORTED_BY]->(r)
}
RETURN ${STATEMENT("s")} AS statement`;

export interface ForWrite {
  current: StatementRecord;
  text: string;
  documentDate: string;
  sourceKind: string;
  reporterFound: boolean;
}

/** A statement read inside the write's transaction; NOT_FOUND when there is none. */
export async function readForWrite(tx: ManagedTransaction, id: string, reportedBy: string | null = null): Promise<ForWrite> {
  const [row] = await runIn(tx, STATEMENT_FOR_WRITE, { id, reportedBy });
  if (!row) throw new AppError("NOT_FOUND", `No statement has the id "${id}".`, 404);
  return {
    current: toStatement(row.get("statement") as Record<string, unknown>),
    text: row.get("text") as string,
    documentDate: row.get("documentDate") as string,
    sourceKind: row.get("sourceKind") as string,
    reporterFound: row.get("reporterFound") as boolean,
  };
}

/** Refuses with CONFLICT when the writer saw another version than the current one. */
export async function requireVersion(tx: ManagedTransaction, current: StatementRecord, seen: number | null | undefined): Promise<void> {
  if (seen === null || seen === undefined || seen === current.version) return;
  checkVersion(current.id, seen, current.version, await lastRevision(tx, "statement", current.id));
}

export interface Save {
  id: string;
  /** The statement before the change; null for a creation (the node exists, with its relationships, but no state yet). */
  current: StatementRecord | null;
  next: StatementState;
  action: RevisionAction;
  by: string;
  /** When, ISO date-time; the state's own dates (statusAt, retractedAt) of this change use the same. */
  at: string;
  reason?: string | null;
  reverts?: string | null;
}

/** Writes the statement's next state at the next version, and the revision that records it. */
export async function saveState(tx: ManagedTransaction, save: Save): Promise<{ statement: StatementRecord; revision: Revision }> {
  const version = (save.current?.version ?? 0) + 1;
  const place = placeOf({ date: save.next.date, until: save.next.dateUntil });
  // A creation's node has no state yet, so it has no contribution to take away.
  if (save.current) await withdrawStatements(tx, [save.id]);
  const [row] = await runIn(tx, WRITE_STATE, {
    id: save.id,
    state: save.next,
    placedFrom: place.first,
    placedTo: place.last,
    precision: precisionOf(save.next.date),
    version: neo4j.int(version),
    by: save.by,
    at: save.at,
  });
  const statement = toStatement(row!.get("statement") as Record<string, unknown>);
  await contributeStatements(tx, [save.id]);
  const before = save.current ? placeOf({ date: save.current.date, until: save.current.dateUntil }) : place;
  noteChange(tx, { actors: [save.next.speaker, save.next.target], from: [place.first, before.first].sort()[0]!, to: [place.last, before.last].sort()[1]! });
  const revision = await writeRevision(tx, {
    subject: save.id,
    subjectKind: "statement",
    version,
    action: save.action,
    by: save.by,
    at: save.at,
    reason: save.reason,
    before: save.current ? stateOf(save.current) : null,
    after: stateOf(statement),
    reverts: save.reverts,
  });
  return { statement, revision };
}
