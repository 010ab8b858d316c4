import type { ManagedTransaction } from "neo4j-driver";
import { createActorIn } from "./actor-curation";
import type { Viewer } from "./auth/viewer";
import neo4j from "neo4j-driver";
import { runIn, type Database } from "./db";
import { AppError } from "./errors";
import { whyNotWritable, writeProposal, type ReadyProposal } from "./ingest/write-proposal";
import { toNumber } from "./map";
import {
  ACTOR_FOR_MERGE,
  ADD_ALIAS,
  DELETE_HELD,
  DISMISS_CANDIDATE,
  LIST_CANDIDATES,
  LOCK_CANDIDATE,
  READ_CANDIDATE,
  READY_PROPOSALS,
  RESOLVE_CANDIDATE,
} from "./name-review-queries";
import { fold } from "./shared/fold";
import type { Stance } from "./shared/stance";
import type { Mode } from "./types";

/**
 * New names reviewed by curators (issue 16, docs/decisions/0021): a name an import found that is
 * no actor is confirmed as a new actor, merged into a known one (its form becomes an alias), or
 * dismissed. Confirming or merging turns the name's places into mentions and writes every held
 * proposal whose people are now all actors as a proposed statement, proposed by the curator.
 * Each action is one transaction, recorded on the candidate (who, when).
 */

export type CandidateStatus = "open" | "confirmed" | "merged" | "dismissed";

/** The kinds a confirmed name may take: a person, or an organisation kind of the registries. */
export const ACTOR_KINDS = ["person", "party", "state", "body", "agency", "movement", "press"] as const;
export type NewActorKind = (typeof ACTOR_KINDS)[number];

export interface NameCandidateRecord {
  id: string;
  documentId: string;
  documentTitle: string | null;
  name: string;
  kind: string;
  count: number;
  passages: number[];
  suggestion: { id: string; name: string; why: string } | null;
  status: CandidateStatus;
  /** Held proposals still waiting for this name. */
  held: number;
  actor: { id: string; name: string } | null;
  resolvedBy: string | null;
  resolvedAt: string | null;
  reason: string | null;
}

export interface NameReviewResult {
  candidate: NameCandidateRecord;
  /** The proposed statements written. */
  statements: string[];
  /** Held proposals dropped: by a dismissal, or because they no longer pass the checks (the name merged into their other actor). */
  dropped: number;
}

export interface ConfirmInput {
  id?: string | null;
  name?: string | null;
  kind: string;
}

const str = (v: unknown) => (typeof v === "string" ? v : null);

function toCandidate(row: Record<string, unknown>): NameCandidateRecord {
  const actor = str(row.actor);
  const suggested = str(row.suggestedActor);
  return {
    id: String(row.id),
    documentId: String(row.document),
    documentTitle: str(row.documentTitle),
    name: String(row.name),
    kind: String(row.kind),
    count: toNumber(row.count),
    passages: ((row.passages as unknown[]) ?? []).map(toNumber),
    suggestion: suggested ? { id: suggested, name: str(row.suggestedName) ?? suggested, why: str(row.why) ?? "" } : null,
    status: String(row.status) as CandidateStatus,
    held: toNumber(row.held),
    actor: actor ? { id: actor, name: str(row.actorName) ?? actor } : null,
    resolvedBy: str(row.resolvedBy),
    resolvedAt: str(row.resolvedAt),
    reason: str(row.reason),
  };
}

export async function listNameCandidates(database: Database, filter: { document?: string | null; status?: CandidateStatus | null; first: number }): Promise<NameCandidateRecord[]> {
  const rows = await database.read(LIST_CANDIDATES, { document: filter.document ?? null, status: filter.status ?? null, first: neo4j.int(filter.first) });
  return rows.map((r) => toCandidate(r.get("candidate") as Record<string, unknown>));
}

/** The candidate, locked for this transaction, refused when missing or no longer open. */
async function openCandidate(tx: ManagedTransaction, id: string): Promise<{ name: string; document: string }> {
  const [row] = await runIn(tx, LOCK_CANDIDATE, { id });
  if (!row) throw new AppError("NOT_FOUND", `No name candidate "${id}": nameCandidates lists them.`, 404);
  const status = row.get("status") as string;
  if (status !== "open") {
    throw new AppError("CONFLICT", `"${row.get("name")}" (${id}) was already ${status} by ${row.get("resolvedBy")} at ${row.get("resolvedAt")}; nothing was changed.`, 409);
  }
  return { name: row.get("name") as string, document: row.get("document") as string };
}

/** Writes the document's held proposals that now name only actors; those that fail the checks are dropped. */
async function writeReady(tx: ManagedTransaction, document: string, by: string, at: string): Promise<{ statements: string[]; dropped: number }> {
  const rows = await runIn(tx, READY_PROPOSALS, { document });
  const statements: string[] = [];
  const done: string[] = [];
  for (const row of rows) {
    const held = row.get("held") as Record<string, unknown>;
    const proposal: ReadyProposal = {
      passage: toNumber(held.passage),
      quote: String(held.quote),
      speaker: String(held.speaker),
      target: String(held.target),
      stance: held.stance as Stance,
      intensity: toNumber(held.intensity),
      mode: held.mode as Mode,
      reportedBy: str(held.reportedBy),
      date: str(held.date),
      confidence: toNumber(held.confidence),
      reason: String(held.reason),
    };
    const place = { documentId: document, documentDate: row.get("date") as string, sourceKind: row.get("sourceKind") as string, passageText: row.get("text") as string };
    const id = String(held.id);
    done.push(id);
    if (whyNotWritable(proposal, place) !== null) continue;
    await writeProposal(tx, id, proposal, place, by, at);
    statements.push(id);
  }
  await runIn(tx, DELETE_HELD, { ids: done });
  return { statements, dropped: done.length - statements.length };
}

async function resolve(tx: ManagedTransaction, viewer: Viewer, id: string, document: string, actor: string, status: CandidateStatus): Promise<NameReviewResult> {
  const at = new Date().toISOString();
  const [resolved] = await runIn(tx, RESOLVE_CANDIDATE, { id, actor, status, by: viewer.username, at });
  if (!resolved) throw new AppError("NOT_FOUND", `Actor "${actor}" does not exist (any more); nothing was changed.`, 404);
  const written = await writeReady(tx, document, viewer.username, at);
  const [row] = await runIn(tx, READ_CANDIDATE, { id });
  return { candidate: toCandidate(row!.get("candidate") as Record<string, unknown>), ...written };
}

/** A slug from a name: "Ilse Berg" → "ilse-berg", diacritics folded. */
export function slugOf(name: string): string {
  return fold(name).folded.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
}

export async function confirmName(database: Database, viewer: Viewer, candidateId: string, input: ConfirmInput): Promise<NameReviewResult> {
  if (!(ACTOR_KINDS as readonly string[]).includes(input.kind)) {
    throw new AppError("BAD_USER_INPUT", `kind "${input.kind}" is none of ${ACTOR_KINDS.join(", ")}.`);
  }
  return database.writeTx(async (tx) => {
    const candidate = await openCandidate(tx, candidateId);
    const name = input.name?.trim() || candidate.name;
    const id = input.id?.trim() || slugOf(name);
    const person = input.kind === "person";
    const reason = `Confirmed the new name "${candidate.name}" found in ${candidate.document}`;
    const actor = await createActorIn(tx, viewer, { id, name, kind: person ? "person" : "organization", aliases: [candidate.name] }, reason, person ? null : input.kind);
    return resolve(tx, viewer, candidateId, candidate.document, actor.id, "confirmed");
  });
}

export async function mergeName(database: Database, viewer: Viewer, candidateId: string, actorId: string): Promise<NameReviewResult> {
  return database.writeTx(async (tx) => {
    const candidate = await openCandidate(tx, candidateId);
    const [actor] = await runIn(tx, ACTOR_FOR_MERGE, { actor: actorId, lowered: candidate.name.toLowerCase() });
    if (!actor) throw new AppError("NOT_FOUND", `Actor "${actorId}" does not exist: merge "${candidate.name}" into a known person or organization; nothing was changed.`, 404);
    const clashes = actor.get("clashes") as string[];
    if (clashes.length > 0) throw new AppError("CONFLICT", `"${candidate.name}" is already an alias of ${clashes.join(", ")}; nothing was changed.`, 409);
    const forms = [actor.get("name") as string, ...(actor.get("aliases") as string[])].map((a) => a.toLowerCase());
    if (!forms.includes(candidate.name.toLowerCase())) await runIn(tx, ADD_ALIAS, { actor: actorId, alias: candidate.name });
    return resolve(tx, viewer, candidateId, candidate.document, actorId, "merged");
  });
}

export async function dismissName(database: Database, viewer: Viewer, candidateId: string, reason?: string | null): Promise<NameReviewResult> {
  const why = reason?.trim() || null;
  if (why && why.length > 500) throw new AppError("BAD_USER_INPUT", "`reason` must be at most 500 characters.");
  return database.writeTx(async (tx) => {
    await openCandidate(tx, candidateId);
    const [row] = await runIn(tx, DISMISS_CANDIDATE, { id: candidateId, by: viewer.username, at: new Date().toISOString(), reason: why });
    const [read] = await runIn(tx, READ_CANDIDATE, { id: candidateId });
    return { candidate: toCandidate(read!.get("candidate") as Record<string, unknown>), statements: [], dropped: toNumber(row!.get("dropped")) };
  });
}
