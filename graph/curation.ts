import type { StatementChanges, StatementInput } from "./schema/generated/resolvers";
import type { ManagedTransaction } from "neo4j-driver";
import type { Database } from "./db";
import { AppError } from "./errors";
import { STATEMENT, toStatement } from "./queries/records";
import { countRoundTrip } from "./request-stats";
import { allowedIntensities, type Stance } from "./shared/stance";
import type { Mode, StatementRecord } from "./types";

/**
 * Curation writes. Each runs in one write transaction: the checks read inside the same transaction
 * as the write, and any failed check throws, which rolls everything back. Changed and created
 * statements get origin 'curation', so a later seed leaves them alone (docs/decisions/0004).
 */

/** What a curator sends, exactly as the schema defines it (an omitted or null field is unchanged). */
export type { StatementChanges, StatementInput } from "./schema/generated/resolvers";

const CONTEXT_FOR_WRITE = `
OPTIONAL MATCH (existing:Statement {id: $id})
OPTIONAL MATCH (speaker:Actor {id: $speaker})
OPTIONAL MATCH (target:Actor {id: $target})
OPTIONAL MATCH (reporter:Person {id: $reportedBy})
OPTIONAL MATCH (p:Passage {id: $passage})-[:PART_OF]->(d:Document)
RETURN existing IS NOT NULL AS exists, speaker IS NOT NULL AS speakerFound, target IS NOT NULL AS targetFound,
  reporter IS NOT NULL AS reporterFound, p.text AS text, toString(d.date) AS documentDate, d.kind AS documentKind`;

const CREATE_STATEMENT = `
MATCH (speaker:Actor {id: $speaker}), (target:Actor {id: $target}), (p:Passage {id: $passage})
CREATE (s:Statement {id: $id})
SET s += $props, s.date = date($date), s.origin = 'curation', s.curatedBy = $curator, s.curatedAt = toString(datetime())
CREATE (s)-[:BY]->(speaker), (s)-[:ABOUT]->(target), (s)-[:IN]->(p)
WITH s
CALL (s) {
  MATCH (r:Person {id: $reportedBy})
  CREATE (s)-[:REPORTED_BY]->(r)
}
RETURN ${STATEMENT("s")} AS statement`;

const STATEMENT_FOR_UPDATE = `
MATCH (s:Statement {id: $id})-[:IN]->(p:Passage)-[:PART_OF]->(d:Document)
WHERE s.retractedAt IS NULL
RETURN ${STATEMENT("s")} AS statement, p.text AS text, toString(d.date) AS documentDate, d.kind AS documentKind,
  CASE WHEN $reportedBy IS NULL THEN true ELSE EXISTS { MATCH (:Person {id: $reportedBy}) } END AS reporterFound`;

const UPDATE_STATEMENT = `
MATCH (s:Statement {id: $id})
SET s += $props, s.date = date($date), s.origin = 'curation', s.curatedBy = $curator, s.curatedAt = toString(datetime())
WITH s
OPTIONAL MATCH (s)-[old:REPORTED_BY]->()
DELETE old
WITH DISTINCT s
CALL (s) {
  MATCH (r:Person {id: $reportedBy})
  CREATE (s)-[:REPORTED_BY]->(r)
}
RETURN ${STATEMENT("s")} AS statement`;

const RETRACT_STATEMENT = `
MATCH (s:Statement {id: $id})
WHERE s.retractedAt IS NULL
SET s.retractedAt = toString(datetime()), s.retractedBy = $curator, s.retractReason = $reason, s.origin = 'curation'
RETURN s.id AS id`;

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

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
  date: string;
}

/** The checks every write shares, on the statement as it will be after the write. */
export function checkStatement(s: Final, passageText: string, documentDate: string, documentKind: string, reporterFound: boolean): void {
  if (!allowedIntensities(s.stance).includes(s.intensity)) {
    throw bad(`intensity ${s.intensity} does not fit stance ${s.stance} (allowed: ${allowedIntensities(s.stance).join(", ")}).`);
  }
  if (s.quote.trim().length < 3) throw bad("`quote` must hold the exact words, at least 3 characters.");
  if (!passageText.includes(s.quote)) {
    throw bad("The quote is not found verbatim in the passage. Copy it character for character from the passage text.");
  }
  if (!DATE.test(s.date) || Number.isNaN(Date.parse(`${s.date}T00:00:00Z`)) || !new Date(`${s.date}T00:00:00Z`).toISOString().startsWith(s.date)) {
    throw bad(`date "${s.date}" is not a real YYYY-MM-DD date.`);
  }
  if (s.date > documentDate) throw bad(`date ${s.date} is after the document's date ${documentDate}.`);
  if (s.mode === "reported" && !s.reportedBy && documentKind !== "encyclopedia-article") {
    throw bad("mode reported needs `reportedBy`: the person whose account this is.");
  }
  if (s.mode !== "reported" && s.reportedBy) throw bad("`reportedBy` is only for mode reported.");
  if (s.reportedBy && !reporterFound) throw bad(`No person has the id "${s.reportedBy}" (reportedBy).`);
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
    date: changes.date ?? current.date,
  };
  if (final.mode !== "reported" && changes.reportedBy === undefined) final.reportedBy = null;
  return final;
}

async function run(tx: ManagedTransaction, cypher: string, params: Record<string, unknown>) {
  countRoundTrip();
  return (await tx.run(cypher, params)).records;
}

const props = (s: { stance?: Stance | null; intensity?: number | null; mode?: Mode | null; quote?: string | null; topics?: string[] | null; note?: string | null }) =>
  Object.fromEntries(
    Object.entries({ stance: s.stance, intensity: s.intensity, mode: s.mode, quote: s.quote, topics: s.topics, note: s.note }).filter(
      ([, v]) => v !== undefined && v !== null,
    ),
  );

export async function createStatement(database: Database, input: StatementInput, curator: string): Promise<StatementRecord> {
  checkCurator(curator);
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
    const final: Final = { ...input, reportedBy: input.reportedBy ?? null, date: input.date ?? documentDate };
    checkStatement(final, text, documentDate, context.get("documentKind") as string, context.get("reporterFound") as boolean);
    const [created] = await run(tx, CREATE_STATEMENT, {
      id: input.id,
      speaker: input.speaker,
      target: input.target,
      passage: input.passage,
      reportedBy: final.reportedBy,
      date: final.date,
      curator,
      props: props({ ...input, topics: input.topics ?? [] }),
    });
    return toStatement(created!.get("statement") as Record<string, unknown>);
  });
}

export async function updateStatement(database: Database, id: string, changes: StatementChanges, curator: string): Promise<StatementRecord> {
  checkCurator(curator);
  return database.writeTx(async (tx) => {
    const [row] = await run(tx, STATEMENT_FOR_UPDATE, { id, reportedBy: changes.reportedBy ?? null });
    if (!row) throw new AppError("NOT_FOUND", `No statement has the id "${id}".`, 404);
    const current = toStatement(row.get("statement") as Record<string, unknown>);
    const final = afterChanges(current, changes);
    checkStatement(final, row.get("text") as string, row.get("documentDate") as string, row.get("documentKind") as string, row.get("reporterFound") as boolean);
    const [updated] = await run(tx, UPDATE_STATEMENT, {
      id,
      curator,
      date: final.date,
      reportedBy: final.reportedBy,
      props: props({ ...final, topics: changes.topics, note: changes.note }),
    });
    return toStatement(updated!.get("statement") as Record<string, unknown>);
  });
}

export async function retractStatement(database: Database, id: string, reason: string, curator: string): Promise<string> {
  checkCurator(curator);
  if (reason.trim().length < 3) throw bad("`reason` must say why the statement is retracted.");
  return database.writeTx(async (tx) => {
    const [row] = await run(tx, RETRACT_STATEMENT, { id, curator, reason });
    if (!row) throw new AppError("NOT_FOUND", `No statement has the id "${id}", or it is already retracted.`, 404);
    return row.get("id") as string;
  });
}
