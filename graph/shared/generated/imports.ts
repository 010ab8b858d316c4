/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** The actor a confirmed name becomes. */
export type ConfirmNameInput = {
  /** A lowercase slug; made from the name when not given. */
  id?: string | null | undefined;
  /** person, or an organisation's kind. */
  kind: NewActorKind;
  /** The display name; the name as found when not given. The name as found is kept as an alias. */
  name?: string | null | undefined;
};

/** What a curator brings to import: the text (pasted, or a file's content with its name) and what is known of the document. */
export type ImportInput = {
  /** Who wrote it, by actor id or any alias: the speaker of first-person text. */
  authors?: Array<string> | null | undefined;
  /** The file's bytes, base64-encoded, so that UTF-16 and encodings to refuse reach the same checks as on the command line. */
  base64?: string | null | undefined;
  /** Where the document is kept or was published. */
  citation?: string | null | undefined;
  /** The date the document bears: YYYY-MM-DD, YYYY-MM or YYYY. */
  date?: string | null | undefined;
  /** The file's name: its extension (.txt, .md, .html) says how the text is read. A pasted text is read as .txt. */
  fileName?: string | null | undefined;
  /** The document's id, a lowercase slug; made from the date and the title when not given. */
  id?: string | null | undefined;
  /** letter, note, memorandum, encyclopedia-article, declaration, speech or article (article when not given). */
  kind?: string | null | undefined;
  /** primary, secondary or tertiary (primary when not given). */
  sourceKind?: string | null | undefined;
  /** The pasted text, or the file's content as text. Give this or `base64`, not both; at most 2 MB. */
  text?: string | null | undefined;
  /** The title; the file's own (an HTML title, Markdown front matter) or its name when not given. */
  title?: string | null | undefined;
};

/** How the words reached the record. */
export type Mode =
  /** The speaker's own words in minutes of a conversation. */
  | 'direct'
  /** Another person's account of what the speaker said, thought or did. */
  | 'reported'
  /** The author's own words in a document he or she wrote. */
  | 'written';

/** Where a new name stands in its review. */
export type NameCandidateStatus =
  /** Made a new actor. */
  | 'confirmed'
  /** Not a name worth an actor; its places and the proposals that needed it were dropped. */
  | 'dismissed'
  /** Made an alias of a known actor. */
  | 'merged'
  /** Waiting for a curator. */
  | 'open';

/** What a confirmed name becomes: a person, or an organisation of one of the registries' kinds. */
export type NewActorKind =
  /** An agency or ministry. */
  | 'agency'
  /** A body of a state or party: a committee, a presidium. */
  | 'body'
  /** A movement. */
  | 'movement'
  /** A political party. */
  | 'party'
  /** A person. */
  | 'person'
  /** A newspaper, agency or broadcaster. */
  | 'press'
  /** A state. */
  | 'state';

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

export type ImportActorFieldsFragment = { id: string | null, name: string };

export type ImportDocumentMutationVariables = Exact<{
  input: ImportInput;
  dryRun?: boolean | null | undefined;
}>;


export type ImportDocumentMutation = { importDocument: { document: { id: string, title: string, date: string, kind: string, citation: string, sourceKind: SourceKind, authors: Array<{ id: string | null, name: string }> }, passages: Array<{ n: number, text: string }>, mentions: Array<{ passage: number, start: number, end: number, text: string, actor: { id: string | null, name: string } }>, proposals: Array<{ passage: number, quote: string, stance: Stance, intensity: number, mode: Mode, date: string | null, confidence: number, reason: string, speaker: { id: string | null, name: string }, target: { id: string | null, name: string }, reportedBy: { id: string | null, name: string } | null }>, newNames: Array<{ name: string, kind: string, count: number, passages: Array<number>, suggestion: { id: string, name: string, why: string } | null }>, outcome: { status: string, documentId: string, passages: number, mentions: number, statements: Array<string>, held: number, candidates: Array<{ id: string, documentId: string, documentTitle: string | null, name: string, kind: string, count: number, passages: Array<number>, status: NameCandidateStatus, held: number, resolvedBy: string | null, resolvedAt: string | null, reason: string | null, suggestion: { id: string, name: string, why: string } | null, actor: { id: string | null, name: string } | null }>, skipped: Array<{ why: string, proposal: { passage: number, quote: string, speaker: { id: string | null, name: string }, target: { id: string | null, name: string } } }> } | null } };

export type NameSuggestionFieldsFragment = { id: string, name: string, why: string };

export type NameCandidateFieldsFragment = { id: string, documentId: string, documentTitle: string | null, name: string, kind: string, count: number, passages: Array<number>, status: NameCandidateStatus, held: number, resolvedBy: string | null, resolvedAt: string | null, reason: string | null, suggestion: { id: string, name: string, why: string } | null, actor: { id: string | null, name: string } | null };

export type NameCandidatesQueryVariables = Exact<{
  document?: string | null | undefined;
  status?: NameCandidateStatus | null | undefined;
}>;


export type NameCandidatesQuery = { nameCandidates: Array<{ id: string, documentId: string, documentTitle: string | null, name: string, kind: string, count: number, passages: Array<number>, status: NameCandidateStatus, held: number, resolvedBy: string | null, resolvedAt: string | null, reason: string | null, suggestion: { id: string, name: string, why: string } | null, actor: { id: string | null, name: string } | null }> };

export type ConfirmNameMutationVariables = Exact<{
  id: string;
  actor: ConfirmNameInput;
}>;


export type ConfirmNameMutation = { confirmName: { statements: Array<string>, dropped: number, candidate: { id: string, documentId: string, documentTitle: string | null, name: string, kind: string, count: number, passages: Array<number>, status: NameCandidateStatus, held: number, resolvedBy: string | null, resolvedAt: string | null, reason: string | null, suggestion: { id: string, name: string, why: string } | null, actor: { id: string | null, name: string } | null } } };

export type MergeNameMutationVariables = Exact<{
  id: string;
  into: string;
}>;


export type MergeNameMutation = { mergeName: { statements: Array<string>, dropped: number, candidate: { id: string, documentId: string, documentTitle: string | null, name: string, kind: string, count: number, passages: Array<number>, status: NameCandidateStatus, held: number, resolvedBy: string | null, resolvedAt: string | null, reason: string | null, suggestion: { id: string, name: string, why: string } | null, actor: { id: string | null, name: string } | null } } };

export type DismissNameMutationVariables = Exact<{
  id: string;
  reason?: string | null | undefined;
}>;


export type DismissNameMutation = { dismissName: { statements: Array<string>, dropped: number, candidate: { id: string, documentId: string, documentTitle: string | null, name: string, kind: string, count: number, passages: Array<number>, status: NameCandidateStatus, held: number, resolvedBy: string | null, resolvedAt: string | null, reason: string | null, suggestion: { id: string, name: string, why: string } | null, actor: { id: string | null, name: string } | null } } };

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
export const NameSuggestionFieldsFragmentDoc = new TypedDocumentString(`
    fragment NameSuggestionFields on ImportNameSuggestion {
  id
  name
  why
}
    `, {"fragmentName":"NameSuggestionFields"}) as unknown as TypedDocumentString<NameSuggestionFieldsFragment, unknown>;
export const ImportActorFieldsFragmentDoc = new TypedDocumentString(`
    fragment ImportActorFields on ImportActor {
  id
  name
}
    `, {"fragmentName":"ImportActorFields"}) as unknown as TypedDocumentString<ImportActorFieldsFragment, unknown>;
export const NameCandidateFieldsFragmentDoc = new TypedDocumentString(`
    fragment NameCandidateFields on NameCandidate {
  id
  documentId
  documentTitle
  name
  kind
  count
  passages
  status
  held
  resolvedBy
  resolvedAt
  reason
  suggestion {
    ...NameSuggestionFields
  }
  actor {
    ...ImportActorFields
  }
}
    fragment ImportActorFields on ImportActor {
  id
  name
}
fragment NameSuggestionFields on ImportNameSuggestion {
  id
  name
  why
}`, {"fragmentName":"NameCandidateFields"}) as unknown as TypedDocumentString<NameCandidateFieldsFragment, unknown>;
export const ImportDocumentDocument = new TypedDocumentString(`
    mutation ImportDocument($input: ImportInput!, $dryRun: Boolean) {
  importDocument(input: $input, dryRun: $dryRun) {
    document {
      id
      title
      date
      kind
      citation
      sourceKind
      authors {
        ...ImportActorFields
      }
    }
    passages {
      n
      text
    }
    mentions {
      passage
      start
      end
      text
      actor {
        ...ImportActorFields
      }
    }
    proposals {
      passage
      quote
      stance
      intensity
      mode
      date
      confidence
      reason
      speaker {
        ...ImportActorFields
      }
      target {
        ...ImportActorFields
      }
      reportedBy {
        ...ImportActorFields
      }
    }
    newNames {
      name
      kind
      count
      passages
      suggestion {
        ...NameSuggestionFields
      }
    }
    outcome {
      status
      documentId
      passages
      mentions
      statements
      held
      candidates {
        ...NameCandidateFields
      }
      skipped {
        why
        proposal {
          passage
          quote
          speaker {
            ...ImportActorFields
          }
          target {
            ...ImportActorFields
          }
        }
      }
    }
  }
}
    fragment ImportActorFields on ImportActor {
  id
  name
}
fragment NameSuggestionFields on ImportNameSuggestion {
  id
  name
  why
}
fragment NameCandidateFields on NameCandidate {
  id
  documentId
  documentTitle
  name
  kind
  count
  passages
  status
  held
  resolvedBy
  resolvedAt
  reason
  suggestion {
    ...NameSuggestionFields
  }
  actor {
    ...ImportActorFields
  }
}`) as unknown as TypedDocumentString<ImportDocumentMutation, ImportDocumentMutationVariables>;
export const NameCandidatesDocument = new TypedDocumentString(`
    query NameCandidates($document: ID, $status: NameCandidateStatus) {
  nameCandidates(document: $document, status: $status) {
    ...NameCandidateFields
  }
}
    fragment ImportActorFields on ImportActor {
  id
  name
}
fragment NameSuggestionFields on ImportNameSuggestion {
  id
  name
  why
}
fragment NameCandidateFields on NameCandidate {
  id
  documentId
  documentTitle
  name
  kind
  count
  passages
  status
  held
  resolvedBy
  resolvedAt
  reason
  suggestion {
    ...NameSuggestionFields
  }
  actor {
    ...ImportActorFields
  }
}`) as unknown as TypedDocumentString<NameCandidatesQuery, NameCandidatesQueryVariables>;
export const ConfirmNameDocument = new TypedDocumentString(`
    mutation ConfirmName($id: ID!, $actor: ConfirmNameInput!) {
  confirmName(id: $id, actor: $actor) {
    candidate {
      ...NameCandidateFields
    }
    statements
    dropped
  }
}
    fragment ImportActorFields on ImportActor {
  id
  name
}
fragment NameSuggestionFields on ImportNameSuggestion {
  id
  name
  why
}
fragment NameCandidateFields on NameCandidate {
  id
  documentId
  documentTitle
  name
  kind
  count
  passages
  status
  held
  resolvedBy
  resolvedAt
  reason
  suggestion {
    ...NameSuggestionFields
  }
  actor {
    ...ImportActorFields
  }
}`) as unknown as TypedDocumentString<ConfirmNameMutation, ConfirmNameMutationVariables>;
export const MergeNameDocument = new TypedDocumentString(`
    mutation MergeName($id: ID!, $into: ID!) {
  mergeName(id: $id, into: $into) {
    candidate {
      ...NameCandidateFields
    }
    statements
    dropped
  }
}
    fragment ImportActorFields on ImportActor {
  id
  name
}
fragment NameSuggestionFields on ImportNameSuggestion {
  id
  name
  why
}
fragment NameCandidateFields on NameCandidate {
  id
  documentId
  documentTitle
  name
  kind
  count
  passages
  status
  held
  resolvedBy
  resolvedAt
  reason
  suggestion {
    ...NameSuggestionFields
  }
  actor {
    ...ImportActorFields
  }
}`) as unknown as TypedDocumentString<MergeNameMutation, MergeNameMutationVariables>;
export const DismissNameDocument = new TypedDocumentString(`
    mutation DismissName($id: ID!, $reason: String) {
  dismissName(id: $id, reason: $reason) {
    candidate {
      ...NameCandidateFields
    }
    statements
    dropped
  }
}
    fragment ImportActorFields on ImportActor {
  id
  name
}
fragment NameSuggestionFields on ImportNameSuggestion {
  id
  name
  why
}
fragment NameCandidateFields on NameCandidate {
  id
  documentId
  documentTitle
  name
  kind
  count
  passages
  status
  held
  resolvedBy
  resolvedAt
  reason
  suggestion {
    ...NameSuggestionFields
  }
  actor {
    ...ImportActorFields
  }
}`) as unknown as TypedDocumentString<DismissNameMutation, DismissNameMutationVariables>;