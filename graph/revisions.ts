import { Neo4jError, type ManagedTransaction } from "neo4j-driver";
import neo4j from "neo4j-driver";
import type { Database } from "./db";
import { runIn } from "./db";
import { AppError } from "./errors";
import { toNumber } from "./map";
import type { Revision, RevisionAction, RevisionSubject } from "./schema/generated/resolvers";

/**
 * Revisions: every change to a statement or an actor is recorded as a (:Revision) joined to its
 * subject by REVISES, written in the same transaction as the change, so the two land together or
 * not at all. A revision's id is its subject's and its version's; the uniqueness constraint on it
 * is what refuses the second of two concurrent saves that both read the same version.
 */

export type { Revision };

export const CREATE_REVISION = `
CALL () {
  MATCH (s:Statement {id: $subject}) WHERE $subjectKind = 'statement' RETURN s AS subject
  UNION
  MATCH (a:Actor {id: $subject}) WHERE $subjectKind = 'actor' RETURN a AS subject
}
CREATE (r:Revision {id: $id, subject: $subject, subjectKind: $subjectKind, version: $version, action: $action, by: $by,
  at: $at, reason: $reason, before: $before, after: $after, reverts: $reverts})
CREATE (r)-[:REVISES]->(subject)
RETURN r {.*} AS revision`;

export const HISTORY = `
MATCH (r:Revision {subject: $id})
RETURN r {.*} AS revision
ORDER BY r.subjectKind DESC, r.version`;

export const LOAD_REVISION = `
MATCH (r:Revision {id: $id})
RETURN r {.*} AS revision,
  COLLECT { MATCH (later:Revision {subject: r.subject, subjectKind: r.subjectKind}) WHERE later.version > r.version
    RETURN later {.*} ORDER BY later.version } AS later`;

/** The last revision of a subject, for a message that says who saved last. */
export const LAST_REVISION = `
MATCH (r:Revision {subject: $id, subjectKind: $subjectKind})
RETURN r.by AS by, r.at AS at ORDER BY r.version DESC LIMIT 1`;

export const revisionId = (subjectKind: RevisionSubject, subject: string, version: number) => `${subjectKind}:${subject}@${version}`;

export interface NewRevision {
  subject: string;
  subjectKind: RevisionSubject;
  version: number;
  action: RevisionAction;
  by: string;
  /** When, ISO date-time: the same instant the change itself records. */
  at: string;
  reason?: string | null;
  before: unknown;
  after: unknown;
  reverts?: string | null;
}

type Row = Record<string, unknown>;

export function toRevision(row: Row): Revision {
  const str = (v: unknown) => (typeof v === "string" ? v : null);
  return {
    id: String(row.id),
    subject: String(row.subject),
    subjectKind: row.subjectKind as RevisionSubject,
    version: toNumber(row.version),
    action: row.action as RevisionAction,
    by: String(row.by),
    at: String(row.at),
    reason: str(row.reason),
    before: str(row.before),
    after: String(row.after),
    reverts: str(row.reverts),
  };
}

/**
 * Records a change inside the transaction that made it. A revision id already taken means another
 * save of the same version committed first: refused as a conflict, and the whole transaction,
 * the change included, rolls back.
 */
export async function writeRevision(tx: ManagedTransaction, revision: NewRevision): Promise<Revision> {
  const id = revisionId(revision.subjectKind, revision.subject, revision.version);
  try {
    const [row] = await runIn(tx, CREATE_REVISION, {
      ...revision,
      id,
      version: neo4j.int(revision.version),
      reason: revision.reason ?? null,
      before: revision.before === null ? null : JSON.stringify(revision.before),
      after: JSON.stringify(revision.after),
      reverts: revision.reverts ?? null,
    });
    if (!row) throw new AppError("NOT_FOUND", `No ${revision.subjectKind} has the id "${revision.subject}".`, 404);
    return toRevision(row.get("revision") as Row);
  } catch (error) {
    if (error instanceof Neo4jError && /ConstraintValidationFailed/.test(error.code)) {
      throw new AppError(
        "CONFLICT",
        `Version ${revision.version} of ${revision.subjectKind} "${revision.subject}" was saved by someone else at the same moment (revision ${id} exists). Nothing was changed; reload it and apply your change again.`,
        409,
      );
    }
    throw error;
  }
}

export async function lastRevision(tx: ManagedTransaction, subjectKind: RevisionSubject, id: string): Promise<{ by: string; at: string } | null> {
  const [row] = await runIn(tx, LAST_REVISION, { id, subjectKind });
  return row ? { by: row.get("by") as string, at: row.get("at") as string } : null;
}

/** Every revision of a statement or actor, oldest first. */
export async function getHistory(database: Database, id: string): Promise<Revision[]> {
  return (await database.read(HISTORY, { id })).map((r) => toRevision(r.get("revision") as Row));
}

/** A revision, and those of the same subject that came after it. */
export async function loadRevision(tx: ManagedTransaction, id: string): Promise<{ revision: Revision; later: Revision[] }> {
  const [row] = await runIn(tx, LOAD_REVISION, { id });
  if (!row) throw new AppError("NOT_FOUND", `No revision has the id "${id}". \`history(id)\` lists a statement's or actor's revisions.`, 404);
  return { revision: toRevision(row.get("revision") as Row), later: (row.get("later") as Row[]).map(toRevision) };
}
