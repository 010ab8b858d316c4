/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** What an account may do. */
export type AccountRole =
  /** What a curator does, and manages accounts and reverts revisions. */
  | 'admin'
  /** Reads, annotates, and reviews other curators' proposals. */
  | 'curator'
  /** Reads, as anyone may without signing in. */
  | 'viewer';

/** A new person or organisation, made while annotating. */
export type ActorInput = {
  /** Other forms of the name found in the texts. */
  aliases?: Array<string> | null | undefined;
  /** One line on who this was. */
  bio?: string | null | undefined;
  /** The country served, when known. */
  country?: string | null | undefined;
  /** Stable id, a lowercase slug, e.g. mikoyan. */
  id: string;
  /** person or organization. */
  kind: ActorKind;
  /** Canonical name. */
  name: string;
};

/** Whether an actor is a person or an organisation (a party, a state, an agency). */
export type ActorKind =
  /** An organisation or state from the organisations registry. */
  | 'organization'
  /** A person from the people registry. */
  | 'person';

/** How precise a date is, read from its form: YYYY-MM-DD, YYYY-MM or YYYY. */
export type DatePrecision =
  /** A day. */
  | 'day'
  /** A month: the statement is not placed on the 1st. */
  | 'month'
  /** A year. */
  | 'year';

/** How the date said relates to when the words were said (docs/annotation-guidelines.md §6). */
export type DateQualifier =
  /** About then. */
  | 'about'
  /** From then, at the earliest. */
  | 'after'
  /** By then, at the latest. */
  | 'before'
  /** Between the date and dateUntil. */
  | 'between'
  /** On that date. */
  | 'exact';

/** Where a statement's date comes from. */
export type DateSource =
  /** The text gives none: the document's own date stands in. */
  | 'document'
  /** The text gives or implies it. */
  | 'text';

/** How the words reached the record. */
export type Mode =
  /** The speaker's own words in minutes of a conversation. */
  | 'direct'
  /** Another person's account of what the speaker said, thought or did. */
  | 'reported'
  /** The author's own words in a document he or she wrote. */
  | 'written';

/** What a revision did. */
export type RevisionAction =
  /** Accepted a proposed statement. */
  | 'accept'
  /** Made the statement or actor. */
  | 'create'
  /** Rejected a proposed statement. */
  | 'reject'
  /** Retracted a statement. */
  | 'retract'
  /** Put back what an earlier revision changed. */
  | 'revert'
  /** Changed its fields. */
  | 'update';

/** What a search hit is. */
export type SearchKind =
  /** A source document. */
  | 'document'
  /** An organisation or state. */
  | 'organization'
  /** A person. */
  | 'person';

/** What kind of source a document is. */
export type SourceKind =
  /** Made by a participant at the time: a letter, minutes, a note. */
  | 'primary'
  /** A later account from the record: a historian's work. */
  | 'secondary'
  /** A reference work summarising others: an encyclopedia article. Left out of counts unless asked for. */
  | 'tertiary';

/**
 * A stance a speaker takes toward a target, as read from the text by the annotation guidelines
 * (docs/annotation-guidelines.md).
 */
export type Stance =
  /** Praise and criticism in the same breath, or support with an explicit reservation. */
  | 'mixed'
  /** An attitude without clear valence: a question, a request, a neutral assessment. */
  | 'neutral'
  /** Criticism, accusation, distrust, condemnation or hostility toward the target. */
  | 'oppose'
  /** Approval, praise, trust, agreement, solidarity or defence of the target. */
  | 'support';

/** Changes to an existing statement; omitted fields stay as they are. */
export type StatementChanges = {
  /** New date said: YYYY-MM-DD, YYYY-MM or YYYY. */
  date?: string | null | undefined;
  /** New qualifier. */
  dateQualifier?: DateQualifier | null | undefined;
  /** New source of the date. */
  dateSource?: DateSource | null | undefined;
  /** New later bound, with between. */
  dateUntil?: string | null | undefined;
  /** New intensity. */
  intensity?: number | null | undefined;
  /** New mode. */
  mode?: Mode | null | undefined;
  /** New note. */
  note?: string | null | undefined;
  /** New quote; must be found verbatim in the statement's passage. */
  quote?: string | null | undefined;
  /** New reporter id. */
  reportedBy?: string | null | undefined;
  /** New stance. */
  stance?: Stance | null | undefined;
  /** New topics. */
  topics?: Array<string> | null | undefined;
};

/** Narrows statements. Every field is optional; omitted fields do not filter. */
export type StatementFilter = {
  /** Only statements quoted from these documents (document ids). */
  documents?: Array<string> | null | undefined;
  /** Earliest day, inclusive, as YYYY-MM-DD: statements whose date said covers any day from here on. */
  from?: string | null | undefined;
  /** Only these statements (statement ids, at most 100). */
  ids?: Array<string> | null | undefined;
  /** Include organisations and states as speakers and targets. Default: false for network views, true for statement lists. */
  includeOrganizations?: boolean | null | undefined;
  /** Include proposed statements as well as accepted ones: curators and admins only. */
  includeProposed?: boolean | null | undefined;
  /** Include statements from tertiary sources (encyclopedias), which are left out unless asked for. */
  includeTertiary?: boolean | null | undefined;
  /** Only statements recorded in one of these modes. */
  modes?: Array<Mode> | null | undefined;
  /** Only statements by these speakers (person or organisation ids). */
  speakers?: Array<string> | null | undefined;
  /** Only statements with one of these stances. */
  stances?: Array<Stance> | null | undefined;
  /** Only statements about these targets (person or organisation ids). */
  targets?: Array<string> | null | undefined;
  /** Latest day, inclusive, as YYYY-MM-DD: statements whose date said covers any day up to here. */
  to?: string | null | undefined;
  /** Only statements tagged with at least one of these topics. */
  topics?: Array<string> | null | undefined;
};

/** A new statement for curation; checked against the registries and the passage text. */
export type StatementInput = {
  /** When said, as precisely as the text tells: YYYY-MM-DD, YYYY-MM or YYYY. Omitted, the document's date stands in, and dateSource says so. */
  date?: string | null | undefined;
  /** exact (the default), about, before, after or between. Omitted with date omitted: exact, or before for reported words. */
  dateQualifier?: DateQualifier | null | undefined;
  /** Where the date comes from; text when date is given, document when it is not. */
  dateSource?: DateSource | null | undefined;
  /** The later bound, with dateQualifier between. */
  dateUntil?: string | null | undefined;
  /** Stable id for the new statement, a lowercase slug. */
  id: string;
  /** −2…2, consistent with the stance. */
  intensity: number;
  /** How the words reached the record. */
  mode: Mode;
  /** A note on the reading. */
  note?: string | null | undefined;
  /** The passage id the quote stands in, e.g. doc-1956-10-06-khrushchev-note-p12. */
  passage: string;
  /** The exact words; must be found verbatim in the passage. */
  quote: string;
  /** Whose account it is (a person, or a body whose letter recounts it); required when mode is reported, except in tertiary sources. */
  reportedBy?: string | null | undefined;
  /** Speaker id (person or organisation). */
  speaker: string;
  /** The stance. */
  stance: Stance;
  /** Target id (person or organisation). */
  target: string;
  /** Topic tags. */
  topics?: Array<string> | null | undefined;
};

/** Where a statement stands in review. The explorer, essays, exports and the public API show accepted ones. */
export type StatementStatus =
  /** Reviewed and published. The seed's statements are accepted. */
  | 'accepted'
  /** Made by a curator (or proposed by code) and not yet reviewed; shown only to curators who ask. */
  | 'proposed'
  /** Reviewed and not published. */
  | 'rejected'
  /** Withdrawn, with a reason; kept for the record. */
  | 'retracted';

export type SignInMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type SignInMutation = { signIn: { expiresAt: string, account: { username: string, role: AccountRole } } };

export type AnnotatedStatementFragment = { id: string, quote: string, stance: Stance, intensity: number, mode: Mode, topics: Array<string>, note: string | null, date: string, datePrecision: DatePrecision, dateQualifier: DateQualifier, dateUntil: string | null, dateSource: DateSource, dateLabel: string, status: StatementStatus, statusBy: string | null, statusAt: string | null, proposedBy: string | null, version: number, speaker:
    | { id: string, name: string }
    | { id: string, name: string }
  , target:
    | { id: string, name: string }
    | { id: string, name: string }
  , reportedBy:
    | { id: string, name: string }
    | { id: string, name: string }
   | null, passage: { id: string, index: number } };

export type AnnotationStatementsQueryVariables = Exact<{
  document: string;
  after?: string | null | undefined;
}>;


export type AnnotationStatementsQuery = { statements: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, quote: string, stance: Stance, intensity: number, mode: Mode, topics: Array<string>, note: string | null, date: string, datePrecision: DatePrecision, dateQualifier: DateQualifier, dateUntil: string | null, dateSource: DateSource, dateLabel: string, status: StatementStatus, statusBy: string | null, statusAt: string | null, proposedBy: string | null, version: number, speaker:
        | { id: string, name: string }
        | { id: string, name: string }
      , target:
        | { id: string, name: string }
        | { id: string, name: string }
      , reportedBy:
        | { id: string, name: string }
        | { id: string, name: string }
       | null, passage: { id: string, index: number } }> } };

export type AnnotatedStatementByIdQueryVariables = Exact<{
  id: string;
}>;


export type AnnotatedStatementByIdQuery = { statement: { id: string, quote: string, stance: Stance, intensity: number, mode: Mode, topics: Array<string>, note: string | null, date: string, datePrecision: DatePrecision, dateQualifier: DateQualifier, dateUntil: string | null, dateSource: DateSource, dateLabel: string, status: StatementStatus, statusBy: string | null, statusAt: string | null, proposedBy: string | null, version: number, speaker:
      | { id: string, name: string }
      | { id: string, name: string }
    , target:
      | { id: string, name: string }
      | { id: string, name: string }
    , reportedBy:
      | { id: string, name: string }
      | { id: string, name: string }
     | null, passage: { id: string, index: number } } };

export type StatementHistoryQueryVariables = Exact<{
  id: string;
}>;


export type StatementHistoryQuery = { history: Array<{ id: string, version: number, action: RevisionAction, by: string, at: string, reason: string | null, before: string | null, after: string, reverts: string | null }> };

export type CreateAnnotationMutationVariables = Exact<{
  input: StatementInput;
}>;


export type CreateAnnotationMutation = { createStatement: { id: string, quote: string, stance: Stance, intensity: number, mode: Mode, topics: Array<string>, note: string | null, date: string, datePrecision: DatePrecision, dateQualifier: DateQualifier, dateUntil: string | null, dateSource: DateSource, dateLabel: string, status: StatementStatus, statusBy: string | null, statusAt: string | null, proposedBy: string | null, version: number, speaker:
      | { id: string, name: string }
      | { id: string, name: string }
    , target:
      | { id: string, name: string }
      | { id: string, name: string }
    , reportedBy:
      | { id: string, name: string }
      | { id: string, name: string }
     | null, passage: { id: string, index: number } } };

export type UpdateAnnotationMutationVariables = Exact<{
  id: string;
  changes: StatementChanges;
  version?: number | null | undefined;
  reason?: string | null | undefined;
}>;


export type UpdateAnnotationMutation = { updateStatement: { id: string, quote: string, stance: Stance, intensity: number, mode: Mode, topics: Array<string>, note: string | null, date: string, datePrecision: DatePrecision, dateQualifier: DateQualifier, dateUntil: string | null, dateSource: DateSource, dateLabel: string, status: StatementStatus, statusBy: string | null, statusAt: string | null, proposedBy: string | null, version: number, speaker:
      | { id: string, name: string }
      | { id: string, name: string }
    , target:
      | { id: string, name: string }
      | { id: string, name: string }
    , reportedBy:
      | { id: string, name: string }
      | { id: string, name: string }
     | null, passage: { id: string, index: number } } };

export type RetractAnnotationMutationVariables = Exact<{
  id: string;
  reason: string;
  version?: number | null | undefined;
}>;


export type RetractAnnotationMutation = { retractStatement: string };

export type CreateActorOnTheSpotMutationVariables = Exact<{
  input: ActorInput;
  reason?: string | null | undefined;
}>;


export type CreateActorOnTheSpotMutation = { createActor:
    | { id: string, name: string, kind: ActorKind, country: string | null }
    | { id: string, name: string, kind: ActorKind, country: string | null }
   };

export type RevertRevisionMutationVariables = Exact<{
  id: string;
  reason: string;
}>;


export type RevertRevisionMutation = { revertRevision: { id: string } };

export type ExplorerNetworkQueryVariables = Exact<{
  filter?: StatementFilter | null | undefined;
  limit?: number | null | undefined;
}>;


export type ExplorerNetworkQuery = { network: { actorCount: number, limit: number, truncated: boolean, nodes: Array<{ id: string, name: string, kind: ActorKind, country: string | null, statementsMade: number, statementsReceived: number, degree: number }>, edges: Array<{ id: string, source: string, target: string, count: number, netStance: Stance, firstDate: string | null, lastDate: string | null, counts: { support: number, oppose: number, mixed: number, neutral: number } }> } };

export type ExplorerTimelineQueryVariables = Exact<{
  filter?: StatementFilter | null | undefined;
}>;


export type ExplorerTimelineQuery = { timeline: Array<{ month: string, support: number, oppose: number, mixed: number, neutral: number, total: number }>, timelineSpans: Array<{ from: string, to: string, support: number, oppose: number, mixed: number, neutral: number, total: number }> };

export type ExplorerDocumentsQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerDocumentsQuery = { documents: Array<{ id: string, title: string, date: string, kind: string }> };

export type ExplorerSearchQueryVariables = Exact<{
  query: string;
}>;


export type ExplorerSearchQuery = { search: Array<{ kind: SearchKind, id: string, name: string, matchedAlias: string | null, country: string | null, date: string | null }> };

export type EdgeStatementsQueryVariables = Exact<{
  filter?: StatementFilter | null | undefined;
}>;


export type EdgeStatementsQuery = { statements: { totalCount: number, nodes: Array<{ id: string, quote: string, stance: Stance, intensity: number, date: string, dateLabel: string, dateSource: DateSource, sourceKind: SourceKind, mode: Mode, topics: Array<string>, note: string | null, status: StatementStatus, speaker:
        | { id: string, name: string }
        | { id: string, name: string }
      , target:
        | { id: string, name: string }
        | { id: string, name: string }
      , reportedBy:
        | { id: string, name: string }
        | { id: string, name: string }
       | null, passage: { id: string, index: number, document: { id: string, title: string, date: string, citation: string } } }> } };

export type ExportStatementsQueryVariables = Exact<{
  filter?: StatementFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type ExportStatementsQuery = { statements: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, quote: string, stance: Stance, intensity: number, date: string, dateLabel: string, dateSource: DateSource, sourceKind: SourceKind, mode: Mode, topics: Array<string>, note: string | null, status: StatementStatus, speaker:
        | { id: string, name: string }
        | { id: string, name: string }
      , target:
        | { id: string, name: string }
        | { id: string, name: string }
      , reportedBy:
        | { id: string, name: string }
        | { id: string, name: string }
       | null, passage: { id: string, index: number, document: { id: string, title: string, date: string, citation: string } } }> } };

export type DossierQueryVariables = Exact<{
  id: string;
}>;


export type DossierQuery = { actor:
    | { organizationKind: string | null, id: string, name: string, kind: ActorKind, country: string | null, bio: string | null, aliases: Array<string>, statementsMade: Array<{ id: string, quote: string, stance: Stance, intensity: number, date: string, dateLabel: string, dateSource: DateSource, sourceKind: SourceKind, mode: Mode, topics: Array<string>, note: string | null, status: StatementStatus, speaker:
          | { id: string, name: string }
          | { id: string, name: string }
        , target:
          | { id: string, name: string }
          | { id: string, name: string }
        , reportedBy:
          | { id: string, name: string }
          | { id: string, name: string }
         | null, passage: { id: string, index: number, document: { id: string, title: string, date: string, citation: string } } }>, statementsReceived: Array<{ id: string, quote: string, stance: Stance, intensity: number, date: string, dateLabel: string, dateSource: DateSource, sourceKind: SourceKind, mode: Mode, topics: Array<string>, note: string | null, status: StatementStatus, speaker:
          | { id: string, name: string }
          | { id: string, name: string }
        , target:
          | { id: string, name: string }
          | { id: string, name: string }
        , reportedBy:
          | { id: string, name: string }
          | { id: string, name: string }
         | null, passage: { id: string, index: number, document: { id: string, title: string, date: string, citation: string } } }>, documents: Array<{ id: string, title: string, date: string }> }
    | { born: number | null, died: number | null, id: string, name: string, kind: ActorKind, country: string | null, bio: string | null, aliases: Array<string>, roles: Array<{ title: string, from: number | null, to: number | null, organization: { id: string, name: string } }>, statementsMade: Array<{ id: string, quote: string, stance: Stance, intensity: number, date: string, dateLabel: string, dateSource: DateSource, sourceKind: SourceKind, mode: Mode, topics: Array<string>, note: string | null, status: StatementStatus, speaker:
          | { id: string, name: string }
          | { id: string, name: string }
        , target:
          | { id: string, name: string }
          | { id: string, name: string }
        , reportedBy:
          | { id: string, name: string }
          | { id: string, name: string }
         | null, passage: { id: string, index: number, document: { id: string, title: string, date: string, citation: string } } }>, statementsReceived: Array<{ id: string, quote: string, stance: Stance, intensity: number, date: string, dateLabel: string, dateSource: DateSource, sourceKind: SourceKind, mode: Mode, topics: Array<string>, note: string | null, status: StatementStatus, speaker:
          | { id: string, name: string }
          | { id: string, name: string }
        , target:
          | { id: string, name: string }
          | { id: string, name: string }
        , reportedBy:
          | { id: string, name: string }
          | { id: string, name: string }
         | null, passage: { id: string, index: number, document: { id: string, title: string, date: string, citation: string } } }>, documents: Array<{ id: string, title: string, date: string }> }
   };

export type ExplorerPathsQueryVariables = Exact<{
  from: string;
  to: string;
  since?: string | null | undefined;
  until?: string | null | undefined;
}>;


export type ExplorerPathsQuery = { paths: Array<{ length: number, actors: Array<
      | { id: string, name: string, kind: ActorKind }
      | { id: string, name: string, kind: ActorKind }
    >, steps: Array<{ from:
        | { id: string }
        | { id: string }
      , to:
        | { id: string }
        | { id: string }
      , statements: Array<{ id: string, stance: Stance, speaker:
          | { id: string }
          | { id: string }
        , target:
          | { id: string }
          | { id: string }
         }> }> }> };

export type DossierStatementsQueryVariables = Exact<{
  made?: StatementFilter | null | undefined;
  received?: StatementFilter | null | undefined;
}>;


export type DossierStatementsQuery = { made: { totalCount: number, nodes: Array<{ id: string, quote: string, stance: Stance, intensity: number, date: string, dateLabel: string, dateSource: DateSource, sourceKind: SourceKind, mode: Mode, topics: Array<string>, note: string | null, status: StatementStatus, speaker:
        | { id: string, name: string }
        | { id: string, name: string }
      , target:
        | { id: string, name: string }
        | { id: string, name: string }
      , reportedBy:
        | { id: string, name: string }
        | { id: string, name: string }
       | null, passage: { id: string, index: number, document: { id: string, title: string, date: string, citation: string } } }> }, received: { totalCount: number, nodes: Array<{ id: string, quote: string, stance: Stance, intensity: number, date: string, dateLabel: string, dateSource: DateSource, sourceKind: SourceKind, mode: Mode, topics: Array<string>, note: string | null, status: StatementStatus, speaker:
        | { id: string, name: string }
        | { id: string, name: string }
      , target:
        | { id: string, name: string }
        | { id: string, name: string }
      , reportedBy:
        | { id: string, name: string }
        | { id: string, name: string }
       | null, passage: { id: string, index: number, document: { id: string, title: string, date: string, citation: string } } }> } };

export type ActorNameQueryVariables = Exact<{
  id: string;
}>;


export type ActorNameQuery = { actor:
    | { id: string, name: string }
    | { id: string, name: string }
   };

export type ReaderQueryVariables = Exact<{
  id: string;
}>;


export type ReaderQuery = { document: { id: string, title: string, date: string, kind: string, sourceKind: SourceKind, citation: string, archive: string | null, url: string | null, translator: string | null, language: string | null, originalLanguage: string | null, summary: string | null, credits: string | null, authors: Array<
      | { id: string, name: string }
      | { id: string, name: string }
    >, recipients: Array<
      | { id: string, name: string }
      | { id: string, name: string }
    >, passages: Array<{ id: string, index: number, text: string, mentions: Array<{ start: number, end: number, surface: string, actor:
          | { id: string, name: string, kind: ActorKind }
          | { id: string, name: string, kind: ActorKind }
         }> }>, statements: Array<{ id: string, quote: string, stance: Stance, dateLabel: string, dateSource: DateSource, passage: { id: string }, speaker:
        | { id: string, name: string }
        | { id: string, name: string }
      , target:
        | { id: string, name: string }
        | { id: string, name: string }
       }> } };

export type StatementFieldsFragment = { id: string, quote: string, stance: Stance, intensity: number, date: string, dateLabel: string, dateSource: DateSource, sourceKind: SourceKind, mode: Mode, topics: Array<string>, note: string | null, status: StatementStatus, speaker:
    | { id: string, name: string }
    | { id: string, name: string }
  , target:
    | { id: string, name: string }
    | { id: string, name: string }
  , reportedBy:
    | { id: string, name: string }
    | { id: string, name: string }
   | null, passage: { id: string, index: number, document: { id: string, title: string, date: string, citation: string } } };

export type EssayStatementsQueryVariables = Exact<{
  ids: Array<string> | string;
}>;


export type EssayStatementsQuery = { statements: { nodes: Array<{ id: string, quote: string, stance: Stance, intensity: number, date: string, dateLabel: string, dateSource: DateSource, sourceKind: SourceKind, mode: Mode, topics: Array<string>, note: string | null, status: StatementStatus, speaker:
        | { id: string, name: string }
        | { id: string, name: string }
      , target:
        | { id: string, name: string }
        | { id: string, name: string }
      , reportedBy:
        | { id: string, name: string }
        | { id: string, name: string }
       | null, passage: { id: string, index: number, document: { id: string, title: string, date: string, citation: string } } }> } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const AnnotatedStatementFragmentDoc = new TypedDocumentString(`
    fragment AnnotatedStatement on Statement {
  id
  quote
  stance
  intensity
  mode
  topics
  note
  date
  datePrecision
  dateQualifier
  dateUntil
  dateSource
  dateLabel
  status
  statusBy
  statusAt
  proposedBy
  version
  speaker {
    id
    name
  }
  target {
    id
    name
  }
  reportedBy {
    id
    name
  }
  passage {
    id
    index
  }
}
    `, {"fragmentName":"AnnotatedStatement"}) as unknown as TypedDocumentString<AnnotatedStatementFragment, unknown>;
export const StatementFieldsFragmentDoc = new TypedDocumentString(`
    fragment StatementFields on Statement {
  id
  quote
  stance
  intensity
  date
  dateLabel
  dateSource
  sourceKind
  mode
  topics
  note
  status
  speaker {
    id
    name
  }
  target {
    id
    name
  }
  reportedBy {
    id
    name
  }
  passage {
    id
    index
    document {
      id
      title
      date
      citation
    }
  }
}
    `, {"fragmentName":"StatementFields"}) as unknown as TypedDocumentString<StatementFieldsFragment, unknown>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($username: String!, $password: String!) {
  signIn(username: $username, password: $password) {
    expiresAt
    account {
      username
      role
    }
  }
}
    `) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const AnnotationStatementsDocument = new TypedDocumentString(`
    query AnnotationStatements($document: ID!, $after: String) {
  statements(
    filter: {documents: [$document], includeProposed: true, includeOrganizations: true, includeTertiary: true}
    first: 100
    after: $after
  ) {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...AnnotatedStatement
    }
  }
}
    fragment AnnotatedStatement on Statement {
  id
  quote
  stance
  intensity
  mode
  topics
  note
  date
  datePrecision
  dateQualifier
  dateUntil
  dateSource
  dateLabel
  status
  statusBy
  statusAt
  proposedBy
  version
  speaker {
    id
    name
  }
  target {
    id
    name
  }
  reportedBy {
    id
    name
  }
  passage {
    id
    index
  }
}`) as unknown as TypedDocumentString<AnnotationStatementsQuery, AnnotationStatementsQueryVariables>;
export const AnnotatedStatementByIdDocument = new TypedDocumentString(`
    query AnnotatedStatementById($id: ID!) {
  statement(id: $id) {
    ...AnnotatedStatement
  }
}
    fragment AnnotatedStatement on Statement {
  id
  quote
  stance
  intensity
  mode
  topics
  note
  date
  datePrecision
  dateQualifier
  dateUntil
  dateSource
  dateLabel
  status
  statusBy
  statusAt
  proposedBy
  version
  speaker {
    id
    name
  }
  target {
    id
    name
  }
  reportedBy {
    id
    name
  }
  passage {
    id
    index
  }
}`) as unknown as TypedDocumentString<AnnotatedStatementByIdQuery, AnnotatedStatementByIdQueryVariables>;
export const StatementHistoryDocument = new TypedDocumentString(`
    query StatementHistory($id: ID!) {
  history(id: $id) {
    id
    version
    action
    by
    at
    reason
    before
    after
    reverts
  }
}
    `) as unknown as TypedDocumentString<StatementHistoryQuery, StatementHistoryQueryVariables>;
export const CreateAnnotationDocument = new TypedDocumentString(`
    mutation CreateAnnotation($input: StatementInput!) {
  createStatement(input: $input) {
    ...AnnotatedStatement
  }
}
    fragment AnnotatedStatement on Statement {
  id
  quote
  stance
  intensity
  mode
  topics
  note
  date
  datePrecision
  dateQualifier
  dateUntil
  dateSource
  dateLabel
  status
  statusBy
  statusAt
  proposedBy
  version
  speaker {
    id
    name
  }
  target {
    id
    name
  }
  reportedBy {
    id
    name
  }
  passage {
    id
    index
  }
}`) as unknown as TypedDocumentString<CreateAnnotationMutation, CreateAnnotationMutationVariables>;
export const UpdateAnnotationDocument = new TypedDocumentString(`
    mutation UpdateAnnotation($id: ID!, $changes: StatementChanges!, $version: Int, $reason: String) {
  updateStatement(id: $id, changes: $changes, version: $version, reason: $reason) {
    ...AnnotatedStatement
  }
}
    fragment AnnotatedStatement on Statement {
  id
  quote
  stance
  intensity
  mode
  topics
  note
  date
  datePrecision
  dateQualifier
  dateUntil
  dateSource
  dateLabel
  status
  statusBy
  statusAt
  proposedBy
  version
  speaker {
    id
    name
  }
  target {
    id
    name
  }
  reportedBy {
    id
    name
  }
  passage {
    id
    index
  }
}`) as unknown as TypedDocumentString<UpdateAnnotationMutation, UpdateAnnotationMutationVariables>;
export const RetractAnnotationDocument = new TypedDocumentString(`
    mutation RetractAnnotation($id: ID!, $reason: String!, $version: Int) {
  retractStatement(id: $id, reason: $reason, version: $version)
}
    `) as unknown as TypedDocumentString<RetractAnnotationMutation, RetractAnnotationMutationVariables>;
export const CreateActorOnTheSpotDocument = new TypedDocumentString(`
    mutation CreateActorOnTheSpot($input: ActorInput!, $reason: String) {
  createActor(input: $input, reason: $reason) {
    id
    name
    kind
    country
  }
}
    `) as unknown as TypedDocumentString<CreateActorOnTheSpotMutation, CreateActorOnTheSpotMutationVariables>;
export const RevertRevisionDocument = new TypedDocumentString(`
    mutation RevertRevision($id: ID!, $reason: String!) {
  revertRevision(id: $id, reason: $reason) {
    id
  }
}
    `) as unknown as TypedDocumentString<RevertRevisionMutation, RevertRevisionMutationVariables>;
export const ExplorerNetworkDocument = new TypedDocumentString(`
    query ExplorerNetwork($filter: StatementFilter, $limit: Int) {
  network(filter: $filter, limit: $limit) {
    nodes {
      id
      name
      kind
      country
      statementsMade
      statementsReceived
      degree
    }
    edges {
      id
      source
      target
      count
      netStance
      firstDate
      lastDate
      counts {
        support
        oppose
        mixed
        neutral
      }
    }
    actorCount
    limit
    truncated
  }
}
    `) as unknown as TypedDocumentString<ExplorerNetworkQuery, ExplorerNetworkQueryVariables>;
export const ExplorerTimelineDocument = new TypedDocumentString(`
    query ExplorerTimeline($filter: StatementFilter) {
  timeline(filter: $filter) {
    month
    support
    oppose
    mixed
    neutral
    total
  }
  timelineSpans(filter: $filter) {
    from
    to
    support
    oppose
    mixed
    neutral
    total
  }
}
    `) as unknown as TypedDocumentString<ExplorerTimelineQuery, ExplorerTimelineQueryVariables>;
export const ExplorerDocumentsDocument = new TypedDocumentString(`
    query ExplorerDocuments {
  documents {
    id
    title
    date
    kind
  }
}
    `) as unknown as TypedDocumentString<ExplorerDocumentsQuery, ExplorerDocumentsQueryVariables>;
export const ExplorerSearchDocument = new TypedDocumentString(`
    query ExplorerSearch($query: String!) {
  search(query: $query, first: 8) {
    kind
    id
    name
    matchedAlias
    country
    date
  }
}
    `) as unknown as TypedDocumentString<ExplorerSearchQuery, ExplorerSearchQueryVariables>;
export const EdgeStatementsDocument = new TypedDocumentString(`
    query EdgeStatements($filter: StatementFilter) {
  statements(filter: $filter, first: 100) {
    totalCount
    nodes {
      ...StatementFields
    }
  }
}
    fragment StatementFields on Statement {
  id
  quote
  stance
  intensity
  date
  dateLabel
  dateSource
  sourceKind
  mode
  topics
  note
  status
  speaker {
    id
    name
  }
  target {
    id
    name
  }
  reportedBy {
    id
    name
  }
  passage {
    id
    index
    document {
      id
      title
      date
      citation
    }
  }
}`) as unknown as TypedDocumentString<EdgeStatementsQuery, EdgeStatementsQueryVariables>;
export const ExportStatementsDocument = new TypedDocumentString(`
    query ExportStatements($filter: StatementFilter, $after: String) {
  statements(filter: $filter, first: 100, after: $after) {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...StatementFields
    }
  }
}
    fragment StatementFields on Statement {
  id
  quote
  stance
  intensity
  date
  dateLabel
  dateSource
  sourceKind
  mode
  topics
  note
  status
  speaker {
    id
    name
  }
  target {
    id
    name
  }
  reportedBy {
    id
    name
  }
  passage {
    id
    index
    document {
      id
      title
      date
      citation
    }
  }
}`) as unknown as TypedDocumentString<ExportStatementsQuery, ExportStatementsQueryVariables>;
export const DossierDocument = new TypedDocumentString(`
    query Dossier($id: ID!) {
  actor(id: $id) {
    id
    name
    kind
    country
    bio
    aliases
    ... on Person {
      born
      died
      roles {
        title
        from
        to
        organization {
          id
          name
        }
      }
    }
    ... on Organization {
      organizationKind
    }
    statementsMade(first: 200) {
      ...StatementFields
    }
    statementsReceived(first: 200) {
      ...StatementFields
    }
    documents(first: 200) {
      id
      title
      date
    }
  }
}
    fragment StatementFields on Statement {
  id
  quote
  stance
  intensity
  date
  dateLabel
  dateSource
  sourceKind
  mode
  topics
  note
  status
  speaker {
    id
    name
  }
  target {
    id
    name
  }
  reportedBy {
    id
    name
  }
  passage {
    id
    index
    document {
      id
      title
      date
      citation
    }
  }
}`) as unknown as TypedDocumentString<DossierQuery, DossierQueryVariables>;
export const ExplorerPathsDocument = new TypedDocumentString(`
    query ExplorerPaths($from: ID!, $to: ID!, $since: String, $until: String) {
  paths(from: $from, to: $to, maxLength: 4, since: $since, until: $until) {
    length
    actors {
      id
      name
      kind
    }
    steps {
      from {
        id
      }
      to {
        id
      }
      statements(first: 100) {
        id
        stance
        speaker {
          id
        }
        target {
          id
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerPathsQuery, ExplorerPathsQueryVariables>;
export const DossierStatementsDocument = new TypedDocumentString(`
    query DossierStatements($made: StatementFilter, $received: StatementFilter) {
  made: statements(filter: $made, first: 100) {
    totalCount
    nodes {
      ...StatementFields
    }
  }
  received: statements(filter: $received, first: 100) {
    totalCount
    nodes {
      ...StatementFields
    }
  }
}
    fragment StatementFields on Statement {
  id
  quote
  stance
  intensity
  date
  dateLabel
  dateSource
  sourceKind
  mode
  topics
  note
  status
  speaker {
    id
    name
  }
  target {
    id
    name
  }
  reportedBy {
    id
    name
  }
  passage {
    id
    index
    document {
      id
      title
      date
      citation
    }
  }
}`) as unknown as TypedDocumentString<DossierStatementsQuery, DossierStatementsQueryVariables>;
export const ActorNameDocument = new TypedDocumentString(`
    query ActorName($id: ID!) {
  actor(id: $id) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<ActorNameQuery, ActorNameQueryVariables>;
export const ReaderDocument = new TypedDocumentString(`
    query Reader($id: ID!) {
  document(id: $id) {
    id
    title
    date
    kind
    sourceKind
    citation
    archive
    url
    translator
    language
    originalLanguage
    summary
    credits
    authors {
      id
      name
    }
    recipients {
      id
      name
    }
    passages(first: 1000) {
      id
      index
      text
      mentions(first: 25) {
        start
        end
        surface
        actor {
          id
          name
          kind
        }
      }
    }
    statements(first: 1000) {
      id
      quote
      stance
      dateLabel
      dateSource
      passage {
        id
      }
      speaker {
        id
        name
      }
      target {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReaderQuery, ReaderQueryVariables>;
export const EssayStatementsDocument = new TypedDocumentString(`
    query EssayStatements($ids: [ID!]!) {
  statements(
    filter: {ids: $ids, includeOrganizations: true, includeTertiary: true}
    first: 100
  ) {
    nodes {
      ...StatementFields
    }
  }
}
    fragment StatementFields on Statement {
  id
  quote
  stance
  intensity
  date
  dateLabel
  dateSource
  sourceKind
  mode
  topics
  note
  status
  speaker {
    id
    name
  }
  target {
    id
    name
  }
  reportedBy {
    id
    name
  }
  passage {
    id
    index
    document {
      id
      title
      date
      citation
    }
  }
}`) as unknown as TypedDocumentString<EssayStatementsQuery, EssayStatementsQueryVariables>;