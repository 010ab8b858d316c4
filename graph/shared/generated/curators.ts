/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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
export const ReviewItemFragmentDoc = new TypedDocumentString(`
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
export const ReviewQueueDocument = new TypedDocumentString(`
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
export const ReviewFacetsDocument = new TypedDocumentString(`
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
export const ReviewLatestDocument = new TypedDocumentString(`
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
export const ReviewDecideDocument = new TypedDocumentString(`
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
export const ReviewEditDocument = new TypedDocumentString(`
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
export const ReviewHistoryDocument = new TypedDocumentString(`
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
export const ReviewRevertDocument = new TypedDocumentString(`
    mutation ReviewRevert($id: ID!, $reason: String!) {
  revertRevision(id: $id, reason: $reason) {
    id
    version
    action
  }
}
    `) as unknown as TypedDocumentString<ReviewRevertMutation, ReviewRevertMutationVariables>;