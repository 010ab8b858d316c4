import type { StatementChanges, StatementInput } from "./schema/generated/resolvers";
import type { ManagedTransaction } from "neo4j-driver";
import type { Database } from "./db";
import { AppError } from "./errors";
import type { Viewer } from "./auth/viewer";
import { countRoundTrip } from "./request-stats";
import { checkDateSaid, type DateSaid } from "./shared/date-said";
import { stateOf, type StatementState } from "./statement-state";
import { readForWrite, requireVersion, saveState } from "./statement-store";
import { allowedIntensities, type Stance } from "./shared/stance";
import type { Mode, StatementRecord } from "./types";

/**
 * Curation writes. Each runs in one write transaction: the checks read inside the same transaction
 * as the write, and any failed check throws, which rolls everything back; the revision that records
 * the change is written in the same transaction (graph/statement-store.ts). Changed and created
 * statements get origin 'curation', so a later seed leaves them alone (docs/decisions/0004).
 */

/** What a curator sends, exactly as the schema defines it (an omitted or null field is unchanged). */
export type { StatementChanges, StatementInput } from "./schema/generated/resolvers";

const CONTEXT_FOR_WRITE = `
OPTIONAL MATCH (existing:Statement {id: $id})
OPTIONAL MATCH (speaker:Actor {id: $speaker})
OPTIONAL MATCH (target:Actor {id: $target})
OPTIONAL MATCH (reporter:Actor {id: $reportedBy})
OPTIONAL MATCH (p:Passage {id: $passage})-[:PART_OF]->(d:Document)
RETURN existing IS NOT NULL AS exists, speaker IS NOT NULL AS speakerFound, target IS NOT NULL AS targetFound,
  reporter IS NOT NULL AS reporterFound, p.text AS text, toString(d.date) AS documentDate, coalesce(d.sourceKind, 'primary') AS sourceKind`;

/**
 * The new node and what it joins; saveState then writes its fields and its first revision. Every
 * statement is made by it: a curator's (below), an import's (graph/ingest/write-proposal.ts).
 */
export const CREATE_STATEMENT = `
MATCH (speaker:Actor {id: $speaker}), (target:Actor {id: $target}), (p:Passage {id: $passage})
CREATE (s:Statement {id: $id})
SET s.sourceKind = $sourceKind
FOREACH (_ IN CASE WHEN $sourceKind = 'tertiary' THEN [1] ELSE [] END | SET s:Tertiary)
CREATE (s)-[:BY]->(speaker), (s)-[:ABOUT]->(target), (s)-[:IN]->(p)
RETURN s.id AS id`;

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function bad(message: string): AppError {
  return new AppError("BAD_USER_INPUT", message);
}

export function checkCurator(curator: string): void {
  if (curator.trim().length === 0 || curator.length > 100) throw bad("`curator` must name who is curating (1–100 characters).");
}

/** A statement as it will stand after the write. */
export interface Final {
  stance: Stance;
  intensity: number;
  mode: Mode;
  reportedBy: string | null;
  quote: string;
  said: DateSaid;
}

/** The checks every write shares, on the statement as it will be after the write. */
export function checkStatement(s: Final, passageText: string, documentDate: string, sourceKind: string, reporterFound: boolean): void {
  if (!allowedIntensities(s.stance).includes(s.intensity)) {
    throw bad(`intensity ${s.intensity} does not fit stance ${s.stance} (allowed: ${allowedIntensities(s.stance).join(", ")}).`);
  }
  if (s.quote.trim().length < 3) throw bad("`quote` must hold the exact words, at least 3 characters.");
  if (!passageText.includes(s.quote)) {
    throw bad("The quote is not found verbatim in the passage. Copy it character for character from the passage text.");
  }
  const [dateProblem] = checkDateSaid(s.said, documentDate);
  if (dateProblem) throw bad(`${dateProblem.replace(/date_(qualifier|until|source)/g, (_, f: string) => `date${f[0]!.toUpperCase()}${f.slice(1)}`)}.`);
  if (s.mode === "reported" && !s.reportedBy && sourceKind !== "tertiary") {
    throw bad("mode reported needs `reportedBy`: the person or body whose account this is.");
  }
  if (s.mode !== "reported" && s.reportedBy) throw bad("`reportedBy` is only for mode reported.");
  if (s.reportedBy && !reporterFound) throw bad(`No person or organization has the id "${s.reportedBy}" (reportedBy).`);
}

/** The checks on a new statement that need no database: the id's form, and two different parties. */
export function checkNewStatement(input: Pick<StatementInput, "id" | "speaker" | "target">): void {
  if (!ID.test(input.id)) throw bad(`id "${input.id}" must be a lowercase slug such as s-1956-10-06-note-200.`);
  if (input.speaker === input.target) throw bad("speaker and target must differ.");
}

/**
 * The statement as an update will leave it: what changes replaces what is; leaving mode reported
 * drops the reporter unless the changes name one (checkStatement then refuses that).
 */
export function afterChanges(current: StatementRecord, changes: StatementChanges): Final {
  const final: Final = {
    stance: changes.stance ?? current.stance,
    intensity: changes.intensity ?? current.intensity,
    mode: changes.mode ?? current.mode,
    reportedBy: changes.reportedBy !== undefined ? changes.reportedBy : (current.reportedBy?.id ?? null),
    quote: changes.quote ?? current.quote,
    said: {
      date: changes.date ?? current.date,
      qualifier: changes.dateQualifier ?? current.dateQualifier,
      until: changes.dateUntil !== undefined ? changes.dateUntil : changes.dateQualifier && changes.dateQualifier !== "between" ? null : current.dateUntil,
      source: changes.dateSource ?? (changes.date ? "text" : current.dateSource),
    },
  };
  if (final.mode !== "reported" && changes.reportedBy === undefined) final.reportedBy = null;
  return final;
}

/**
 * The date of a new statement: as given, from the text; or, when none is given, the document's,
 * said to be the document's (and "before" it for reported words, whose day the text does not give).
 */
export function saidOnCreate(input: Pick<StatementInput, "date" | "dateQualifier" | "dateUntil" | "dateSource" | "mode">, documentDate: string): DateSaid {
  if (input.date) return { date: input.date, qualifier: input.dateQualifier ?? "exact", until: input.dateUntil ?? null, source: input.dateSource ?? "text" };
  return {
    date: documentDate,
    qualifier: input.dateQualifier ?? (input.mode === "reported" ? "before" : "exact"),
    until: input.dateUntil ?? null,
    source: input.dateSource ?? "document",
  };
}

async function run(tx: ManagedTransaction, cypher: string, params: Record<string, unknown>) {
  countRoundTrip();
  return (await tx.run(cypher, params)).records;
}

/** The fields of a checked statement, in the shape a revision records. */
function contentOf(final: Final, rest: { topics: string[]; note: string | null }): Pick<StatementState, "quote" | "stance" | "intensity" | "mode" | "reportedBy" | "date" | "dateQualifier" | "dateUntil" | "dateSource" | "topics" | "note"> {
  return {
    quote: final.quote,
    stance: final.stance,
    intensity: final.intensity,
    mode: final.mode,
    reportedBy: final.reportedBy,
    date: final.said.date,
    dateQualifier: final.said.qualifier,
    dateUntil: final.said.until,
    dateSource: final.said.source,
    topics: rest.topics,
    note: rest.note,
  };
}

/**
 * A statement made in a session is proposed by its curator and waits for review; one made with
 * the admin token is accepted at once, as the seed's are (docs/decisions/0017).
 */
export async function createStatement(database: Database, input: StatementInput, viewer: Viewer): Promise<StatementRecord> {
  checkCurator(viewer.username);
  checkNewStatement(input);
  return database.writeTx(async (tx) => {
    const [context] = await run(tx, CONTEXT_FOR_WRITE, { ...input, reportedBy: input.reportedBy ?? null });
    if (!context) throw bad("The statement could not be checked.");
    if (context.get("exists")) throw bad(`A statement with id "${input.id}" already exists; choose another id or use updateStatement.`);
    if (!context.get("speakerFound")) throw bad(`No person or organization has the id "${input.speaker}" (speaker).`);
    if (!context.get("targetFound")) throw bad(`No person or organization has the id "${input.target}" (target).`);
    const text = context.get("text") as string | null;
    if (text === null) throw bad(`No passage has the id "${input.passage}".`);
    const documentDate = context.get("documentDate") as string;
    const sourceKind = context.get("sourceKind") as string;
    const final: Final = { ...input, reportedBy: input.reportedBy ?? null, said: saidOnCreate(input, documentDate) };
    checkStatement(final, text, documentDate, sourceKind, context.get("reporterFound") as boolean);
    await run(tx, CREATE_STATEMENT, { id: input.id, speaker: input.speaker, target: input.target, passage: input.passage, sourceKind });
    const at = new Date().toISOString();
    const proposed = viewer.via === "session";
    const { statement } = await saveState(tx, {
      id: input.id,
      current: null,
      next: {
        speaker: input.speaker,
        target: input.target,
        passage: input.passage,
        ...contentOf(final, { topics: input.topics ?? [], note: input.note ?? null }),
        status: proposed ? "proposed" : "accepted",
        statusBy: viewer.username,
        statusAt: at,
        proposedBy: proposed ? viewer.username : null,
        retractedAt: null,
        retractedBy: null,
        retractReason: null,
      },
      action: "create",
      by: viewer.username,
      at,
    });
    return statement;
  }, { dataVersion: "scoped" });
}

/** Refused for a retracted statement (NOT_FOUND, as before statuses) and, given a version, for a stale one. */
async function liveForWrite(tx: ManagedTransaction, id: string, version: number | null | undefined, reportedBy: string | null = null) {
  const row = await readForWrite(tx, id, reportedBy);
  if (row.current.status === "retracted") throw new AppError("NOT_FOUND", `No statement has the id "${id}", or it is retracted.`, 404);
  await requireVersion(tx, row.current, version);
  return row;
}

export async function updateStatement(database: Database, id: string, changes: StatementChanges, curator: string, options: { version?: number | null; reason?: string | null } = {}): Promise<StatementRecord> {
  checkCurator(curator);
  return database.writeTx(async (tx) => {
    const row = await liveForWrite(tx, id, options.version, changes.reportedBy ?? null);
    const final = afterChanges(row.current, changes);
    checkStatement(final, row.text, row.documentDate, row.sourceKind, row.reporterFound);
    const before = stateOf(row.current);
    const next: StatementState = { ...before, ...contentOf(final, { topics: changes.topics ?? before.topics, note: changes.note !== undefined && changes.note !== null ? changes.note : before.note }) };
    const { statement } = await saveState(tx, { id, current: row.current, next, action: "update", by: curator, at: new Date().toISOString(), reason: options.reason });
    return statement;
  }, { dataVersion: "scoped" });
}

export async function retractStatement(database: Database, id: string, reason: string, curator: string, version?: number | null): Promise<string> {
  checkCurator(curator);
  if (reason.trim().length < 3) throw bad("`reason` must say why the statement is retracted.");
  return database.writeTx(async (tx) => {
    const row = await liveForWrite(tx, id, version);
    const at = new Date().toISOString();
    const next: StatementState = { ...stateOf(row.current), status: "retracted", statusBy: curator, statusAt: at, retractedAt: at, retractedBy: curator, retractReason: reason };
    await saveState(tx, { id, current: row.current, next, action: "retract", by: curator, at, reason });
    return id;
  }, { dataVersion: "scoped" });
}
