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

/** Whether an actor is a person or an organisation (a party, a state, an agency). */
export type ActorKind =
  /** An organisation or state from the organisations registry. */
  | 'organization'
  /** A person from the people registry. */
  | 'person';

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

/** A reviewer's decision on a proposed statement. */
export type ReviewDecision =
  /** Publish it. */
  | 'accept'
  /** Do not publish it. */
  | 'reject';

/** Which proposed statements to review. Every field is optional. */
export type ReviewFilter = {
  /** Only statements proposed by this curator (a username). */
  curator?: string | null | undefined;
  /** Only statements quoted from this document. */
  document?: string | null | undefined;
  /** Only statements by this speaker. */
  speaker?: string | null | undefined;
};

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
      | { id: string, name: string }
      | { id: string, name: string }
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

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { me: { expiresAt: string, account: { username: string, role: AccountRole } } | null };

export type ReviewItemFragment = { id: string, quote: string, stance: Stance, intensity: number, mode: Mode, topics: Array<string>, note: string | null, date: string, dateLabel: string, dateQualifier: DateQualifier, dateUntil: string | null, dateSource: DateSource, status: StatementStatus, statusBy: string | null, statusAt: string | null, proposedBy: string | null, curatedAt: string | null, version: number, speaker:
    | { id: string, name: string }
    | { id: string, name: string }
  , target:
    | { id: string, name: string }
    | { id: string, name: string }
  , reportedBy:
    | { id: string, name: string }
    | { id: string, name: string }
   | null, passage: { id: string, index: number, text: string, document: { id: string, title: string, date: string, citation: string } } };

export type ReviewQueueQueryVariables = Exact<{
  filter?: ReviewFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ReviewQueueQuery = { reviewQueue: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, quote: string, stance: Stance, intensity: number, mode: Mode, topics: Array<string>, note: string | null, date: string, dateLabel: string, dateQualifier: DateQualifier, dateUntil: string | null, dateSource: DateSource, status: StatementStatus, statusBy: string | null, statusAt: string | null, proposedBy: string | null, curatedAt: string | null, version: number, speaker:
        | { id: string, name: string }
        | { id: string, name: string }
      , target:
        | { id: string, name: string }
        | { id: string, name: string }
      , reportedBy:
        | { id: string, name: string }
        | { id: string, name: string }
       | null, passage: { id: string, index: number, text: string, document: { id: string, title: string, date: string, citation: string } } }> } };

export type ReviewFacetsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReviewFacetsQuery = { reviewQueue: { totalCount: number, nodes: Array<{ id: string, proposedBy: string | null, speaker:
        | { id: string, name: string }
        | { id: string, name: string }
      , passage: { id: string, document: { id: string, title: string, date: string } } }> } };

export type ReviewLatestQueryVariables = Exact<{
  id: string;
}>;


export type ReviewLatestQuery = { statement: { id: string, quote: string, stance: Stance, intensity: number, mode: Mode, topics: Array<string>, note: string | null, date: string, dateLabel: string, dateQualifier: DateQualifier, dateUntil: string | null, dateSource: DateSource, status: StatementStatus, statusBy: string | null, statusAt: string | null, proposedBy: string | null, curatedAt: string | null, version: number, speaker:
      | { id: string, name: string }
      | { id: string, name: string }
    , target:
      | { id: string, name: string }
      | { id: string, name: string }
    , reportedBy:
      | { id: string, name: string }
      | { id: string, name: string }
     | null, passage: { id: string, index: number, text: string, document: { id: string, title: string, date: string, citation: string } } } };

export type ReviewDecideMutationVariables = Exact<{
  id: string;
  decision: ReviewDecision;
  reason?: string | null | undefined;
  version?: number | null | undefined;
}>;


export type ReviewDecideMutation = { reviewStatement: { id: string, quote: string, stance: Stance, intensity: number, mode: Mode, topics: Array<string>, note: string | null, date: string, dateLabel: string, dateQualifier: DateQualifier, dateUntil: string | null, dateSource: DateSource, status: StatementStatus, statusBy: string | null, statusAt: string | null, proposedBy: string | null, curatedAt: string | null, version: number, speaker:
      | { id: string, name: string }
      | { id: string, name: string }
    , target:
      | { id: string, name: string }
      | { id: string, name: string }
    , reportedBy:
      | { id: string, name: string }
      | { id: string, name: string }
     | null, passage: { id: string, index: number, text: string, document: { id: string, title: string, date: string, citation: string } } } };

export type ReviewEditMutationVariables = Exact<{
  id: string;
  changes: StatementChanges;
  version?: number | null | undefined;
  reason?: string | null | undefined;
}>;


export type ReviewEditMutation = { updateStatement: { id: string, quote: string, stance: Stance, intensity: number, mode: Mode, topics: Array<string>, note: string | null, date: string, dateLabel: string, dateQualifier: DateQualifier, dateUntil: string | null, dateSource: DateSource, status: StatementStatus, statusBy: string | null, statusAt: string | null, proposedBy: string | null, curatedAt: string | null, version: number, speaker:
      | { id: string, name: string }
      | { id: string, name: string }
    , target:
      | { id: string, name: string }
      | { id: string, name: string }
    , reportedBy:
      | { id: string, name: string }
      | { id: string, name: string }
     | null, passage: { id: string, index: number, text: string, document: { id: string, title: string, date: string, citation: string } } } };

export type ReviewHistoryQueryVariables = Exact<{
  id: string;
}>;


export type ReviewHistoryQuery = { history: Array<{ id: string, version: number, action: RevisionAction, by: string, at: string, reason: string | null }> };

export type ReviewRevertMutationVariables = Exact<{
  id: string;
  reason: string;
}>;


export type ReviewRevertMutation = { revertRevision: { id: string, version: number, action: RevisionAction } };

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
export const ReviewItemFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
    fragment ReviewItem on Statement {
  id
  quote
  stance
  intensity
  mode
  topics
  note
  date
  dateLabel
  dateQualifier
  dateUntil
  dateSource
  status
  statusBy
  statusAt
  proposedBy
  curatedAt
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
    text
    document {
      id
      title
      date
      citation
    }
  }
}
    `, {"fragmentName":"ReviewItem"}) as unknown as TypedDocumentString<ReviewItemFragment, unknown>;
export const StatementFieldsFragmentDoc = /*#__PURE__*/ new TypedDocumentString(`
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
export const ExplorerNetworkDocument = /*#__PURE__*/ new TypedDocumentString(`
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
export const ExplorerTimelineDocument = /*#__PURE__*/ new TypedDocumentString(`
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
export const ExplorerDocumentsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query ExplorerDocuments {
  documents {
    id
    title
    date
    kind
  }
}
    `) as unknown as TypedDocumentString<ExplorerDocumentsQuery, ExplorerDocumentsQueryVariables>;
export const ExplorerSearchDocument = /*#__PURE__*/ new TypedDocumentString(`
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
export const EdgeStatementsDocument = /*#__PURE__*/ new TypedDocumentString(`
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
export const ExportStatementsDocument = /*#__PURE__*/ new TypedDocumentString(`
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
export const DossierDocument = /*#__PURE__*/ new TypedDocumentString(`
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
export const ExplorerPathsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query ExplorerPaths($from: ID!, $to: ID!, $since: String, $until: String) {
  paths(from: $from, to: $to, maxLength: 4, since: $since, until: $until) {
    length
    actors {
      id
      name
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
export const ReaderDocument = /*#__PURE__*/ new TypedDocumentString(`
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
export const ViewerDocument = /*#__PURE__*/ new TypedDocumentString(`
    query Viewer {
  me {
    account {
      username
      role
    }
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const ReviewQueueDocument = /*#__PURE__*/ new TypedDocumentString(`
    query ReviewQueue($filter: ReviewFilter, $first: Int, $after: String) {
  reviewQueue(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...ReviewItem
    }
  }
}
    fragment ReviewItem on Statement {
  id
  quote
  stance
  intensity
  mode
  topics
  note
  date
  dateLabel
  dateQualifier
  dateUntil
  dateSource
  status
  statusBy
  statusAt
  proposedBy
  curatedAt
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
    text
    document {
      id
      title
      date
      citation
    }
  }
}`) as unknown as TypedDocumentString<ReviewQueueQuery, ReviewQueueQueryVariables>;
export const ReviewFacetsDocument = /*#__PURE__*/ new TypedDocumentString(`
    query ReviewFacets {
  reviewQueue(first: 100) {
    totalCount
    nodes {
      id
      proposedBy
      speaker {
        id
        name
      }
      passage {
        id
        document {
          id
          title
          date
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReviewFacetsQuery, ReviewFacetsQueryVariables>;
export const ReviewLatestDocument = /*#__PURE__*/ new TypedDocumentString(`
    query ReviewLatest($id: ID!) {
  statement(id: $id) {
    ...ReviewItem
  }
}
    fragment ReviewItem on Statement {
  id
  quote
  stance
  intensity
  mode
  topics
  note
  date
  dateLabel
  dateQualifier
  dateUntil
  dateSource
  status
  statusBy
  statusAt
  proposedBy
  curatedAt
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
    text
    document {
      id
      title
      date
      citation
    }
  }
}`) as unknown as TypedDocumentString<ReviewLatestQuery, ReviewLatestQueryVariables>;
export const ReviewDecideDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation ReviewDecide($id: ID!, $decision: ReviewDecision!, $reason: String, $version: Int) {
  reviewStatement(
    id: $id
    decision: $decision
    reason: $reason
    version: $version
  ) {
    ...ReviewItem
  }
}
    fragment ReviewItem on Statement {
  id
  quote
  stance
  intensity
  mode
  topics
  note
  date
  dateLabel
  dateQualifier
  dateUntil
  dateSource
  status
  statusBy
  statusAt
  proposedBy
  curatedAt
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
    text
    document {
      id
      title
      date
      citation
    }
  }
}`) as unknown as TypedDocumentString<ReviewDecideMutation, ReviewDecideMutationVariables>;
export const ReviewEditDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation ReviewEdit($id: ID!, $changes: StatementChanges!, $version: Int, $reason: String) {
  updateStatement(id: $id, changes: $changes, version: $version, reason: $reason) {
    ...ReviewItem
  }
}
    fragment ReviewItem on Statement {
  id
  quote
  stance
  intensity
  mode
  topics
  note
  date
  dateLabel
  dateQualifier
  dateUntil
  dateSource
  status
  statusBy
  statusAt
  proposedBy
  curatedAt
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
    text
    document {
      id
      title
      date
      citation
    }
  }
}`) as unknown as TypedDocumentString<ReviewEditMutation, ReviewEditMutationVariables>;
export const ReviewHistoryDocument = /*#__PURE__*/ new TypedDocumentString(`
    query ReviewHistory($id: ID!) {
  history(id: $id) {
    id
    version
    action
    by
    at
    reason
  }
}
    `) as unknown as TypedDocumentString<ReviewHistoryQuery, ReviewHistoryQueryVariables>;
export const ReviewRevertDocument = /*#__PURE__*/ new TypedDocumentString(`
    mutation ReviewRevert($id: ID!, $reason: String!) {
  revertRevision(id: $id, reason: $reason) {
    id
    version
    action
  }
}
    `) as unknown as TypedDocumentString<ReviewRevertMutation, ReviewRevertMutationVariables>;
export const EssayStatementsDocument = /*#__PURE__*/ new TypedDocumentString(`
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