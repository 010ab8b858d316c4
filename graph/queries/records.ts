import { toIsoDate, toNullableNumber, toNumber, toStringList } from "../map";
import { precisionOf, type DateQualifier, type DateSource } from "../shared/date-said";
import type { Stance } from "../shared/stance";
import type { Actor, ActorRef, DocumentRecord, MentionRecord, Mode, PassageRecord, Role, SourceKind, StatementEntry, StatementRecord, StatementStatus } from "../types";

/**
 * Cypher map projections and their mappers. A projection is written once here and used by every
 * query that returns that kind of record, so shapes never drift between queries.
 */

export const ACTOR_REF = (v: string) => `${v} { .id, .name, .country, .unidentified, person: ${v}:Person }`;

export const ACTOR = (v: string) =>
  `${v} { .id, .name, .country, .unidentified, .aliases, .bio, .born, .died, organizationKind: ${v}.kind, person: ${v}:Person }`;

export const DOCUMENT = (v: string) =>
  `${v} { .id, .title, .date, .kind, .sourceKind, .citation, .archive, .url, .translator, .language, .originalLanguage, .summary, .credits }`;

export const PASSAGE = (v: string) =>
  `${v} { .id, .index, .text, documentId: head([(${v})-[:PART_OF]->(d:Document) | d.id]) }`;

/** A statement with its speaker, target, reporter and passage, in one projection (no extra trips). */
export const STATEMENT = (v: string) => `${v} {
  .id, .quote, .stance, .intensity, .date, .dateLast, .dateSaid, .datePrecision, .dateQualifier, .dateUntil, .dateSource, .sourceKind,
  .mode, .topics, .note, .curatedBy, .curatedAt, .status, .statusBy, .statusAt, .proposedBy, .version, .retractedAt, .retractedBy, .retractReason,
  speaker: head([(${v})-[:BY]->(x:Actor) | ${ACTOR_REF("x")}]),
  target: head([(${v})-[:ABOUT]->(x:Actor) | ${ACTOR_REF("x")}]),
  reportedBy: head([(${v})-[:REPORTED_BY]->(x:Actor) | ${ACTOR_REF("x")}]),
  passage: head([(${v})-[:IN]->(p:Passage) | ${PASSAGE("p")}])
}`;

/**
 * A statement as an entry of an actor's nested list when the query asks for nothing of it beyond
 * these fields (graph/schema/statement-selection.ts decides). Decoding the full projection's 30
 * map entries, dates and integers per statement was most of a dossier's CPU in the server: 200
 * statements cost the reader 18.7 ms in full and 2.8 ms as entries (docs/decisions/0034).
 */
export const STATEMENT_ENTRY = (v: string) => `${v} {
  .id, .quote, .stance, intensity: toFloat(${v}.intensity),
  speaker: head([(${v})-[:BY]->(x:Actor) | ${ACTOR_REF("x")}]),
  target: head([(${v})-[:ABOUT]->(x:Actor) | ${ACTOR_REF("x")}])
}`;

/** The statement fields a STATEMENT_ENTRY carries, as the GraphQL type names them. */
export const STATEMENT_ENTRY_FIELDS: ReadonlySet<string> = new Set(["id", "quote", "stance", "intensity", "speaker", "target"]);

type Row = Record<string, unknown>;

const SOURCE_KINDS: readonly SourceKind[] = ["primary", "secondary", "tertiary"];
/** Nodes written before source kinds were recorded read as primary, as every such document was. */
const sourceKindOf = (value: unknown): SourceKind => (SOURCE_KINDS.includes(value as SourceKind) ? (value as SourceKind) : "primary");

/**
 * A statement's date as said, and the days it is placed on. A statement written before dates
 * carried their precision has only its day (`date`): it reads as that day, exact, from the text.
 */
function dateSaidOf(row: Row): Pick<StatementRecord, "date" | "datePrecision" | "dateQualifier" | "dateUntil" | "dateSource" | "placedFrom" | "placedTo"> {
  const placedFrom = toIsoDate(row.date) ?? "";
  const said = str(row.dateSaid) ?? placedFrom;
  return {
    date: said,
    datePrecision: precisionOf(said) ?? "day",
    dateQualifier: (str(row.dateQualifier) as DateQualifier | null) ?? "exact",
    dateUntil: str(row.dateUntil),
    dateSource: (str(row.dateSource) as DateSource | null) ?? "text",
    placedFrom,
    placedTo: toIsoDate(row.dateLast) ?? placedFrom,
  };
}

const STATUSES: readonly StatementStatus[] = ["proposed", "accepted", "rejected", "retracted"];

/**
 * Where a statement stands in review. One written before statuses were recorded reads as the
 * schema backfill makes it: accepted at version 1, or retracted when it was.
 */
function statusOf(row: Row): Pick<StatementRecord, "status" | "statusBy" | "statusAt" | "proposedBy" | "version" | "retractedAt" | "retractedBy" | "retractReason"> {
  const retractedAt = str(row.retractedAt);
  const status = STATUSES.includes(row.status as StatementStatus) ? (row.status as StatementStatus) : retractedAt ? "retracted" : "accepted";
  return {
    status,
    statusBy: str(row.statusBy),
    statusAt: str(row.statusAt),
    proposedBy: str(row.proposedBy),
    version: row.version === null || row.version === undefined ? 1 : toNumber(row.version),
    retractedAt,
    retractedBy: str(row.retractedBy),
    retractReason: str(row.retractReason),
  };
}

/** Optional string properties: absent in Neo4j is null here; anything else must already be a string. */
const str = (value: unknown): string | null => (typeof value === "string" ? value : null);

export function toActorRef(row: Row): ActorRef {
  return {
    id: String(row.id),
    name: String(row.name),
    kind: row.person === true ? "person" : "organization",
    country: str(row.country),
    unidentified: row.unidentified === true,
  };
}

export function toActor(row: Row): Actor {
  return {
    ...toActorRef(row),
    aliases: toStringList(row.aliases),
    bio: str(row.bio),
    born: toNullableNumber(row.born),
    died: toNullableNumber(row.died),
    organizationKind: row.person === true ? null : str(row.organizationKind),
  };
}

export function toDocument(row: Row): DocumentRecord {
  return {
    id: String(row.id),
    title: String(row.title),
    date: toIsoDate(row.date) ?? "",
    kind: String(row.kind),
    sourceKind: sourceKindOf(row.sourceKind),
    citation: String(row.citation),
    archive: str(row.archive),
    url: str(row.url),
    translator: str(row.translator),
    language: str(row.language),
    originalLanguage: str(row.originalLanguage),
    summary: str(row.summary),
    credits: str(row.credits),
  };
}

export function toPassage(row: Row): PassageRecord {
  return { id: String(row.id), index: toNumber(row.index), text: String(row.text), documentId: String(row.documentId) };
}

export function toMention(row: Row): MentionRecord {
  return {
    start: toNumber(row.start),
    end: toNumber(row.end),
    surface: String(row.surface),
    actorId: String(row.actorId),
    passageId: String(row.passageId),
  };
}

export function toRole(row: Row): Role {
  return {
    personId: String(row.personId),
    organizationId: String(row.organizationId),
    title: String(row.title),
    from: toNullableNumber(row.from),
    to: toNullableNumber(row.to),
  };
}

/** Only STATEMENT_ENTRY_FIELDS are read, so only they are set: see StatementEntry. */
export function toStatementEntry(row: Row): StatementEntry {
  return {
    id: String(row.id),
    quote: String(row.quote),
    stance: String(row.stance) as Stance,
    intensity: toNumber(row.intensity),
    speaker: toActorRef(row.speaker as Row),
    target: toActorRef(row.target as Row),
  };
}

export function toStatement(row: Row): StatementRecord {
  const passage = toPassage(row.passage as Row);
  return {
    id: String(row.id),
    quote: String(row.quote),
    stance: String(row.stance) as Stance,
    intensity: toNumber(row.intensity),
    ...dateSaidOf(row),
    sourceKind: sourceKindOf(row.sourceKind),
    mode: String(row.mode) as Mode,
    topics: toStringList(row.topics),
    note: str(row.note),
    speaker: toActorRef(row.speaker as Row),
    target: toActorRef(row.target as Row),
    reportedBy: row.reportedBy ? toActorRef(row.reportedBy as Row) : null,
    passage,
    documentId: passage.documentId,
    curatedBy: str(row.curatedBy),
    curatedAt: str(row.curatedAt),
    ...statusOf(row),
  };
}
