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

export type SignInMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type SignInMutation = { signIn: { expiresAt: string, account: { username: string, role: AccountRole } } };

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