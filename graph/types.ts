import type { ActorKind, Mode } from "./shared/generated/graphql";
import type { DatePrecision, DateQualifier, DateSource } from "./shared/date-said";
import type { Stance } from "./shared/stance";

/** The domain's own types: plain values, no driver types. Mappers in graph/queries/records.ts. */

export type { ActorKind, Mode };
export type SourceKind = "primary" | "secondary" | "tertiary";
export type StatementStatus = "proposed" | "accepted" | "rejected" | "retracted";

export interface ActorRef {
  id: string;
  name: string;
  kind: ActorKind;
  country: string | null;
  /** Someone the texts describe but do not name. */
  unidentified: boolean;
}

export interface Actor extends ActorRef {
  aliases: string[];
  bio: string | null;
  born: number | null;
  died: number | null;
  /** For organisations: party, state, agency, body, movement, press. */
  organizationKind: string | null;
}

/** An actor as a parent of GraphQL fields: a reference, with whatever else was loaded with it. */
export type ActorParent = ActorRef & Partial<Actor>;

export interface Role {
  personId: string;
  organizationId: string;
  title: string;
  from: number | null;
  to: number | null;
}

export interface DocumentRecord {
  id: string;
  title: string;
  date: string;
  kind: string;
  sourceKind: SourceKind;
  citation: string;
  archive: string | null;
  url: string | null;
  translator: string | null;
  language: string | null;
  originalLanguage: string | null;
  summary: string | null;
  credits: string | null;
}

export interface PassageRecord {
  id: string;
  index: number;
  text: string;
  documentId: string;
}

export interface MentionRecord {
  start: number;
  end: number;
  surface: string;
  actorId: string;
  passageId: string;
}

export interface StatementRecord {
  id: string;
  quote: string;
  stance: Stance;
  intensity: number;
  /** When said, as the text gives it: YYYY-MM-DD, YYYY-MM or YYYY. */
  date: string;
  datePrecision: DatePrecision;
  dateQualifier: DateQualifier;
  dateUntil: string | null;
  dateSource: DateSource;
  /** The days the date covers, by which the statement is filtered, counted and ordered. */
  placedFrom: string;
  placedTo: string;
  sourceKind: SourceKind;
  mode: Mode;
  topics: string[];
  note: string | null;
  speaker: ActorRef;
  target: ActorRef;
  reportedBy: ActorRef | null;
  passage: PassageRecord;
  documentId: string;
  curatedBy: string | null;
  curatedAt: string | null;
  status: StatementStatus;
  statusBy: string | null;
  statusAt: string | null;
  proposedBy: string | null;
  /** 1 at creation, one more with every revision. */
  version: number;
  retractedAt: string | null;
  retractedBy: string | null;
  retractReason: string | null;
}

/** What an actor's nested statement list reads when the query asks for no more (graph/queries/records.ts STATEMENT_ENTRY). */
export type StatementEntry = Pick<StatementRecord, "id" | "quote" | "stance" | "intensity" | "speaker" | "target">;

export interface Page<T> {
  items: T[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
}
