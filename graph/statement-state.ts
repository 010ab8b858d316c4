import type { Viewer } from "./auth/viewer";
import { AppError } from "./errors";
import type { DateQualifier, DateSource } from "./shared/date-said";
import type { Stance } from "./shared/stance";
import type { Mode, StatementRecord, StatementStatus } from "./types";

/**
 * A statement's own fields, as a revision records them before and after a change: what it says,
 * where it stands, and where it stands in review. Its version, and who last curated it, are the
 * revision's own (version, by, at), so they are not repeated here. Pure: no database.
 */
export interface StatementState {
  speaker: string;
  target: string;
  passage: string;
  quote: string;
  stance: Stance;
  intensity: number;
  mode: Mode;
  reportedBy: string | null;
  date: string;
  dateQualifier: DateQualifier;
  dateUntil: string | null;
  dateSource: DateSource;
  topics: string[];
  note: string | null;
  status: StatementStatus;
  statusBy: string | null;
  statusAt: string | null;
  proposedBy: string | null;
  retractedAt: string | null;
  retractedBy: string | null;
  retractReason: string | null;
}

export type StateField = keyof StatementState;

export function stateOf(s: StatementRecord): StatementState {
  return {
    speaker: s.speaker.id,
    target: s.target.id,
    passage: s.passage.id,
    quote: s.quote,
    stance: s.stance,
    intensity: s.intensity,
    mode: s.mode,
    reportedBy: s.reportedBy?.id ?? null,
    date: s.date,
    dateQualifier: s.dateQualifier,
    dateUntil: s.dateUntil,
    dateSource: s.dateSource,
    topics: s.topics,
    note: s.note,
    status: s.status,
    statusBy: s.statusBy,
    statusAt: s.statusAt,
    proposedBy: s.proposedBy,
    retractedAt: s.retractedAt,
    retractedBy: s.retractedBy,
    retractReason: s.retractReason,
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The fields whose values differ between two records of a subject (every field of `after` when there was no `before`). */
export function changedFields(before: Record<string, unknown> | null, after: Record<string, unknown> | null): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...keys].filter((k) => !before || !after || !same(before[k], after[k])).sort();
}

/** The state with the given fields put back to what they were in `before`. */
export function restoreFields(current: StatementState, before: Partial<StatementState>, fields: readonly string[]): StatementState {
  const next: Record<string, unknown> = { ...current };
  for (const field of fields) if (field in current) next[field] = (before as Record<string, unknown>)[field] ?? null;
  return next as unknown as StatementState;
}

/**
 * The version a writer saw must still be the current one, when they say which they saw: otherwise
 * someone saved in between, and the write is refused whole, naming them.
 */
export function checkVersion(id: string, seen: number | null | undefined, current: number, last: { by: string; at: string } | null): void {
  if (seen === null || seen === undefined || seen === current) return;
  const who = last ? `${last.by} saved it at ${last.at}` : "it was changed";
  throw new AppError(
    "CONFLICT",
    `Statement "${id}" changed while you had it open: you edited version ${seen}, but ${who} (now version ${current}). Nothing was changed; reload it and apply your change again.`,
    409,
  );
}

/** Who may review a proposal: a curator other than its proposer, or an admin; a rejection says why. */
export function checkReview(viewer: Viewer, statement: Pick<StatementRecord, "id" | "status" | "statusBy" | "statusAt" | "proposedBy">, decision: "accept" | "reject", reason: string | null | undefined): void {
  if (statement.status !== "proposed") {
    const when = statement.statusAt ? ` at ${statement.statusAt}` : "";
    throw new AppError("CONFLICT", `Statement "${statement.id}" is not awaiting review: it is ${statement.status} (by ${statement.statusBy ?? "unknown"}${when}). Nothing was changed.`, 409);
  }
  if (viewer.role !== "admin" && statement.proposedBy === viewer.username) {
    throw new AppError("FORBIDDEN", `Statement "${statement.id}" is your own proposal: another curator or an admin reviews it.`, 403);
  }
  if (decision === "reject" && (reason ?? "").trim().length < 3) {
    throw new AppError("BAD_USER_INPUT", "`reason` must say why the statement is rejected.");
  }
}
