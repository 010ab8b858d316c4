import type { ActorKind, Mode } from "./shared/generated/graphql";
import type { Stance } from "./shared/stance";

/** The domain's own types: plain values, no driver types. Mappers in graph/queries/records.ts. */

export type { ActorKind, Mode };

export interface ActorRef {
  id: string;
  name: string;
  kind: ActorKind;
  country: string | null;
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
  date: string;
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
}

export interface Page<T> {
  items: T[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
}
