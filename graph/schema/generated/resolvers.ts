import type { GraphQLResolveInfo } from 'graphql';
import type { ActorParent, Role as RoleModel, DocumentRecord, PassageRecord, MentionRecord, StatementRecord } from '../../types';
import type { ActorPath, PathStep as PathStepModel } from '../../queries/paths';
import type { Context } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/** A person who signs in. */
export type Account = {
  __typename?: 'Account';
  /** When the account was made, ISO date-time. */
  createdAt: Scalars['String']['output'];
  /** What they may do. */
  role: AccountRole;
  /** The name they sign in with. */
  username: Scalars['ID']['output'];
};

/** What an account may do. */
export type AccountRole =
  /** What a curator does, and manages accounts and reverts revisions. */
  | 'admin'
  /** Reads, annotates, and reviews other curators' proposals. */
  | 'curator'
  /** Reads, as anyone may without signing in. */
  | 'viewer';

/** Anyone who speaks or is spoken of: a person or an organisation. */
export type Actor = {
  /** Every form of the name found in the texts, with transliteration and diacritic variants. */
  aliases: Array<Scalars['String']['output']>;
  /** One line on who this was in 1954–1957. */
  bio?: Maybe<Scalars['String']['output']>;
  /** The country the actor served, when known. */
  country?: Maybe<Scalars['String']['output']>;
  /** Documents that mention this actor, in date order. */
  documents: Array<Document>;
  /** Stable id, e.g. tito or lcy. */
  id: Scalars['ID']['output'];
  /** Person or organisation. */
  kind: ActorKind;
  /** Where the texts name this actor, in document and passage order. */
  mentions: Array<Mention>;
  /** Canonical name. */
  name: Scalars['String']['output'];
  /** Statements this actor made, in date order. */
  statementsMade: Array<Statement>;
  /** Statements about this actor, in date order. */
  statementsReceived: Array<Statement>;
  /** True for someone the texts describe but do not name (a member of a Central Committee); always false for organisations. */
  unidentified: Scalars['Boolean']['output'];
};


/** Anyone who speaks or is spoken of: a person or an organisation. */
export type ActorDocumentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Anyone who speaks or is spoken of: a person or an organisation. */
export type ActorMentionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Anyone who speaks or is spoken of: a person or an organisation. */
export type ActorStatementsMadeArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Anyone who speaks or is spoken of: a person or an organisation. */
export type ActorStatementsReceivedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of people or organisations. */
export type ActorConnection = {
  __typename?: 'ActorConnection';
  /** Actors on this page, in name order. */
  nodes: Array<Actor>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** Actors on all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A new person or organisation, made while annotating. */
export type ActorInput = {
  /** Other forms of the name found in the texts. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** One line on who this was. */
  bio?: InputMaybe<Scalars['String']['input']>;
  /** The country served, when known. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** Stable id, a lowercase slug, e.g. mikoyan. */
  id: Scalars['ID']['input'];
  /** person or organization. */
  kind: ActorKind;
  /** Canonical name. */
  name: Scalars['String']['input'];
};

/** Whether an actor is a person or an organisation (a party, a state, an agency). */
export type ActorKind =
  /** An organisation or state from the organisations registry. */
  | 'organization'
  /** A person from the people registry. */
  | 'person';

/** The actor a confirmed name becomes. */
export type ConfirmNameInput = {
  /** A lowercase slug; made from the name when not given. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** person, or an organisation's kind. */
  kind: NewActorKind;
  /** The display name; the name as found when not given. The name as found is kept as an alias. */
  name?: InputMaybe<Scalars['String']['input']>;
};

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

/** A source document, with its archive citation. */
export type Document = {
  __typename?: 'Document';
  /** The archive the text comes from. */
  archive?: Maybe<Scalars['String']['output']>;
  /** Who wrote or signed it. */
  authors: Array<Actor>;
  /** The archive's citation: fond, opis, file; translator; publication. */
  citation: Scalars['String']['output'];
  /** The archive's credit line. */
  credits?: Maybe<Scalars['String']['output']>;
  /** Date of the document itself, YYYY-MM-DD, apart from the dates of what it recounts. */
  date: Scalars['String']['output'];
  /** Stable id, e.g. doc-1956-10-06-khrushchev-note. */
  id: Scalars['ID']['output'];
  /** letter, note, memorandum, encyclopedia-article, … */
  kind: Scalars['String']['output'];
  /** Language of this text. */
  language?: Maybe<Scalars['String']['output']>;
  /** Language of the original. */
  originalLanguage?: Maybe<Scalars['String']['output']>;
  /** The text, paragraph by paragraph. */
  passages: Array<Passage>;
  /** Who it is addressed to. */
  recipients: Array<Actor>;
  /** primary, secondary or tertiary. */
  sourceKind: SourceKind;
  /** Statements quoted from this document, in passage order. */
  statements: Array<Statement>;
  /** The archive's summary. */
  summary?: Maybe<Scalars['String']['output']>;
  /** Title as the archive gives it. */
  title: Scalars['String']['output'];
  /** Translator of the English text. */
  translator?: Maybe<Scalars['String']['output']>;
  /** A stable address of the source, when the archive has one. */
  url?: Maybe<Scalars['String']['output']>;
};


/** A source document, with its archive citation. */
export type DocumentPassagesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A source document, with its archive citation. */
export type DocumentStatementsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Health of the service and its database. */
export type Health = {
  __typename?: 'Health';
  /** Neo4j edition, e.g. community. */
  neo4jEdition?: Maybe<Scalars['String']['output']>;
  /** Neo4j server version, e.g. 5.26.19. */
  neo4jVersion?: Maybe<Scalars['String']['output']>;
  /** ok when the database answers, unavailable otherwise. */
  status: Scalars['String']['output'];
};

/** An actor as the import found it: a known actor's id and name, or no id and the name as found. */
export type ImportActor = {
  __typename?: 'ImportActor';
  /** The actor's id, or null for a name that is no actor yet. */
  id?: Maybe<Scalars['ID']['output']>;
  /** The display name, or the name as found. */
  name: Scalars['String']['output'];
};

/** The document as the import read it. */
export type ImportDocument = {
  __typename?: 'ImportDocument';
  /** Its authors as resolved. */
  authors: Array<ImportActor>;
  /** Where it is kept. */
  citation: Scalars['String']['output'];
  /** YYYY-MM-DD, YYYY-MM or YYYY. */
  date: Scalars['String']['output'];
  /** The id it is (or would be) saved under. */
  id: Scalars['ID']['output'];
  /** The kind of document. */
  kind: Scalars['String']['output'];
  /** primary, secondary or tertiary. */
  sourceKind: SourceKind;
  /** Title. */
  title: Scalars['String']['output'];
};

/** What a curator brings to import: the text (pasted, or a file's content with its name) and what is known of the document. */
export type ImportInput = {
  /** Who wrote it, by actor id or any alias: the speaker of first-person text. */
  authors?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The file's bytes, base64-encoded, so that UTF-16 and encodings to refuse reach the same checks as on the command line. */
  base64?: InputMaybe<Scalars['String']['input']>;
  /** Where the document is kept or was published. */
  citation?: InputMaybe<Scalars['String']['input']>;
  /** The date the document bears: YYYY-MM-DD, YYYY-MM or YYYY. */
  date?: InputMaybe<Scalars['String']['input']>;
  /** The file's name: its extension (.txt, .md, .html) says how the text is read. A pasted text is read as .txt. */
  fileName?: InputMaybe<Scalars['String']['input']>;
  /** The document's id, a lowercase slug; made from the date and the title when not given. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** letter, note, memorandum, encyclopedia-article, declaration, speech or article (article when not given). */
  kind?: InputMaybe<Scalars['String']['input']>;
  /** primary, secondary or tertiary (primary when not given). */
  sourceKind?: InputMaybe<Scalars['String']['input']>;
  /** The pasted text, or the file's content as text. Give this or `base64`, not both; at most 2 MB. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** The title; the file's own (an HTML title, Markdown front matter) or its name when not given. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** A name found in a passage. */
export type ImportMention = {
  __typename?: 'ImportMention';
  /** Who it names. */
  actor: ImportActor;
  /** Where it ends (exclusive). */
  end: Scalars['Int']['output'];
  /** The passage's number. */
  passage: Scalars['Int']['output'];
  /** Where the name starts, in UTF-16 code units into the passage's text. */
  start: Scalars['Int']['output'];
  /** The name as it stands in the text. */
  text: Scalars['String']['output'];
};

/** The known actor a new name may be: a suggested merge, with why. */
export type ImportNameSuggestion = {
  __typename?: 'ImportNameSuggestion';
  /** The known actor's id. */
  id: Scalars['ID']['output'];
  /** Their display name. */
  name: Scalars['String']['output'];
  /** Why it was suggested, in words a curator reads: 'another transliteration of "Ranković"', 'initials of "Edvard Kardelj"'. */
  why: Scalars['String']['output'];
};

/** A name that matches no actor, grouped by its form, for a curator to confirm, merge or dismiss. */
export type ImportNewName = {
  __typename?: 'ImportNewName';
  /** How many times the form stands in the text. */
  count: Scalars['Int']['output'];
  /** The finder's guess: person, organization or state. */
  kind: Scalars['String']['output'];
  /** The name as it stands in the text. */
  name: Scalars['String']['output'];
  /** The passages it stands in, ascending. */
  passages: Array<Scalars['Int']['output']>;
  /** A known actor it may be, when its form reads as one's variant. */
  suggestion?: Maybe<ImportNameSuggestion>;
};

/** What a real import did. */
export type ImportOutcome = {
  __typename?: 'ImportOutcome';
  /** The new names stored as candidates for curators to confirm, merge or dismiss (nameCandidates). */
  candidates: Array<NameCandidate>;
  /** The document's id: the new one, or the one that already holds this text. */
  documentId: Scalars['ID']['output'];
  /** How many proposals are held until the new names they need are confirmed or merged. */
  held: Scalars['Int']['output'];
  /** Mentions of known actors written. */
  mentions: Scalars['Int']['output'];
  /** Passages written. */
  passages: Scalars['Int']['output'];
  /** Proposals neither written nor held. */
  skipped: Array<ImportSkipped>;
  /** The ids of the proposed statements written, for the review queue. */
  statements: Array<Scalars['ID']['output']>;
  /** imported, or unchanged when the same text was imported before. */
  status: Scalars['String']['output'];
};

/** A numbered passage of the cleaned text, as it will be saved. */
export type ImportPassage = {
  __typename?: 'ImportPassage';
  /** Its number, from 1. */
  n: Scalars['Int']['output'];
  /** Its text. */
  text: Scalars['String']['output'];
};

/** An import's last check, and after a real import what it wrote. */
export type ImportPreview = {
  __typename?: 'ImportPreview';
  /** The document as read. */
  document: ImportDocument;
  /** Names found in the passages. */
  mentions: Array<ImportMention>;
  /** Names that match no actor, grouped by form; a real import stores them as candidates. */
  newNames: Array<ImportNewName>;
  /** What was written; null for a dry run. */
  outcome?: Maybe<ImportOutcome>;
  /** The passages as they will be saved. */
  passages: Array<ImportPassage>;
  /** The proposed statements, each with its confidence and reason. */
  proposals: Array<ImportProposal>;
};

/** A statement the proposer suggests, for a curator to accept, correct or reject. */
export type ImportProposal = {
  __typename?: 'ImportProposal';
  /** 0–1: how sure the rule that fired is. */
  confidence: Scalars['Float']['output'];
  /** The date said, when the text gives one. */
  date?: Maybe<Scalars['String']['output']>;
  /** −2…+2. */
  intensity: Scalars['Int']['output'];
  /** direct, reported or written. */
  mode: Mode;
  /** The passage's number. */
  passage: Scalars['Int']['output'];
  /** The quote, verbatim in the passage. */
  quote: Scalars['String']['output'];
  /** Which cue fired, in words a reviewer reads. */
  reason: Scalars['String']['output'];
  /** Who reports the words, for reported speech. */
  reportedBy?: Maybe<ImportActor>;
  /** Who speaks. */
  speaker: ImportActor;
  /** The stance toward the target. */
  stance: Stance;
  /** About whom. */
  target: ImportActor;
};

/** A proposal that a real import did not write, and why. */
export type ImportSkipped = {
  __typename?: 'ImportSkipped';
  /** The proposal. */
  proposal: ImportProposal;
  /** Why it was left out: a name that is no actor yet, or a check that failed. */
  why: Scalars['String']['output'];
};

/** An occurrence of an actor's name in a passage. */
export type Mention = {
  __typename?: 'Mention';
  /** Who is named. */
  actor: Actor;
  /** Offset just past the last character. */
  end: Scalars['Int']['output'];
  /** Where. */
  passage: Passage;
  /** Offset of the first character in the passage text (UTF-16 code units). */
  start: Scalars['Int']['output'];
  /** The text as it stands, e.g. Rankovic. */
  surface: Scalars['String']['output'];
};

/** How the words reached the record. */
export type Mode =
  /** The speaker's own words in minutes of a conversation. */
  | 'direct'
  /** Another person's account of what the speaker said, thought or did. */
  | 'reported'
  /** The author's own words in a document he or she wrote. */
  | 'written';

/**
 * Curation writes, each in one transaction and recorded as a revision. They need a curator's or an
 * admin's session (signIn), or the header Authorization: Bearer <token> with the server's
 * CURATION_TOKEN, which acts as an admin for scripts and names its curator.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Makes a new name an actor, its form an alias; its places become mentions and the proposals waiting for it are written as proposed statements. Curators and admins. */
  confirmName: NameReview;
  /** Adds a person or organisation, with aliases; curators and admins. */
  createActor: Actor;
  /** Adds a statement after checking speaker, target, passage and the quote: proposed when a curator or admin makes it in a session, accepted when made with the admin token (as the seed's are). */
  createStatement: Statement;
  /** Sets a new name aside: its places and the proposals that needed it are dropped. Curators and admins. */
  dismissName: NameReview;
  /** Reads a document as `npm run ingest` does and answers what it would save; with dryRun: false, saves it in one transaction, its proposals as proposed statements. Curators and admins. */
  importDocument: ImportPreview;
  /** Makes a new name an alias of a known actor; its places become that actor's mentions and the proposals waiting for it are written. Curators and admins. */
  mergeName: NameReview;
  /** Retracts a statement: it stays in the database with who, when and why, and leaves every view. */
  retractStatement: Scalars['ID']['output'];
  /** Puts back what a revision changed, as a new revision; admins only. */
  revertRevision: Revision;
  /** Accepts or rejects a proposed statement; curators may not review their own proposals. */
  reviewStatement: Statement;
  /** Ends every session of an account; admins only. Answers how many were ended. */
  revokeSessions: Scalars['Int']['output'];
  /** Signs in and sets the session cookie; failed attempts are limited per client and answered in the same time. */
  signIn: SessionInfo;
  /** Ends this session and clears its cookie; true when there was one. */
  signOut: Scalars['Boolean']['output'];
  /** Changes a statement; the quote, if changed, is checked against the passage. */
  updateStatement: Statement;
};


/**
 * Curation writes, each in one transaction and recorded as a revision. They need a curator's or an
 * admin's session (signIn), or the header Authorization: Bearer <token> with the server's
 * CURATION_TOKEN, which acts as an admin for scripts and names its curator.
 */
export type MutationConfirmNameArgs = {
  actor: ConfirmNameInput;
  curator?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * Curation writes, each in one transaction and recorded as a revision. They need a curator's or an
 * admin's session (signIn), or the header Authorization: Bearer <token> with the server's
 * CURATION_TOKEN, which acts as an admin for scripts and names its curator.
 */
export type MutationCreateActorArgs = {
  curator?: InputMaybe<Scalars['String']['input']>;
  input: ActorInput;
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Curation writes, each in one transaction and recorded as a revision. They need a curator's or an
 * admin's session (signIn), or the header Authorization: Bearer <token> with the server's
 * CURATION_TOKEN, which acts as an admin for scripts and names its curator.
 */
export type MutationCreateStatementArgs = {
  curator?: InputMaybe<Scalars['String']['input']>;
  input: StatementInput;
};


/**
 * Curation writes, each in one transaction and recorded as a revision. They need a curator's or an
 * admin's session (signIn), or the header Authorization: Bearer <token> with the server's
 * CURATION_TOKEN, which acts as an admin for scripts and names its curator.
 */
export type MutationDismissNameArgs = {
  curator?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Curation writes, each in one transaction and recorded as a revision. They need a curator's or an
 * admin's session (signIn), or the header Authorization: Bearer <token> with the server's
 * CURATION_TOKEN, which acts as an admin for scripts and names its curator.
 */
export type MutationImportDocumentArgs = {
  curator?: InputMaybe<Scalars['String']['input']>;
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  input: ImportInput;
};


/**
 * Curation writes, each in one transaction and recorded as a revision. They need a curator's or an
 * admin's session (signIn), or the header Authorization: Bearer <token> with the server's
 * CURATION_TOKEN, which acts as an admin for scripts and names its curator.
 */
export type MutationMergeNameArgs = {
  curator?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  into: Scalars['ID']['input'];
};


/**
 * Curation writes, each in one transaction and recorded as a revision. They need a curator's or an
 * admin's session (signIn), or the header Authorization: Bearer <token> with the server's
 * CURATION_TOKEN, which acts as an admin for scripts and names its curator.
 */
export type MutationRetractStatementArgs = {
  curator?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Curation writes, each in one transaction and recorded as a revision. They need a curator's or an
 * admin's session (signIn), or the header Authorization: Bearer <token> with the server's
 * CURATION_TOKEN, which acts as an admin for scripts and names its curator.
 */
export type MutationRevertRevisionArgs = {
  curator?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


/**
 * Curation writes, each in one transaction and recorded as a revision. They need a curator's or an
 * admin's session (signIn), or the header Authorization: Bearer <token> with the server's
 * CURATION_TOKEN, which acts as an admin for scripts and names its curator.
 */
export type MutationReviewStatementArgs = {
  curator?: InputMaybe<Scalars['String']['input']>;
  decision: ReviewDecision;
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Curation writes, each in one transaction and recorded as a revision. They need a curator's or an
 * admin's session (signIn), or the header Authorization: Bearer <token> with the server's
 * CURATION_TOKEN, which acts as an admin for scripts and names its curator.
 */
export type MutationRevokeSessionsArgs = {
  username: Scalars['String']['input'];
};


/**
 * Curation writes, each in one transaction and recorded as a revision. They need a curator's or an
 * admin's session (signIn), or the header Authorization: Bearer <token> with the server's
 * CURATION_TOKEN, which acts as an admin for scripts and names its curator.
 */
export type MutationSignInArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


/**
 * Curation writes, each in one transaction and recorded as a revision. They need a curator's or an
 * admin's session (signIn), or the header Authorization: Bearer <token> with the server's
 * CURATION_TOKEN, which acts as an admin for scripts and names its curator.
 */
export type MutationUpdateStatementArgs = {
  changes: StatementChanges;
  curator?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** A name an import found that matches no actor, stored for a curator to confirm, merge or dismiss. */
export type NameCandidate = {
  __typename?: 'NameCandidate';
  /** The actor it became, once confirmed or merged. */
  actor?: Maybe<ImportActor>;
  /** How many times it stands in the text. */
  count: Scalars['Int']['output'];
  /** The document it was found in. */
  documentId: Scalars['ID']['output'];
  /** That document's title. */
  documentTitle?: Maybe<Scalars['String']['output']>;
  /** Proposals held until this name is confirmed or merged. */
  held: Scalars['Int']['output'];
  /** Its id, e.g. name-1956-08-02-notes-1. */
  id: Scalars['ID']['output'];
  /** The finder's guess: person, organization or state. */
  kind: Scalars['String']['output'];
  /** The name as it stands in the text. */
  name: Scalars['String']['output'];
  /** The passages it stands in, ascending. */
  passages: Array<Scalars['Int']['output']>;
  /** Why it was dismissed, when a reason was given. */
  reason?: Maybe<Scalars['String']['output']>;
  /** When, ISO date-time. */
  resolvedAt?: Maybe<Scalars['String']['output']>;
  /** Who confirmed, merged or dismissed it. */
  resolvedBy?: Maybe<Scalars['String']['output']>;
  /** open, confirmed, merged or dismissed. */
  status: NameCandidateStatus;
  /** A known actor it may be. */
  suggestion?: Maybe<ImportNameSuggestion>;
};

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

/** What a curator's decision on a new name did. */
export type NameReview = {
  __typename?: 'NameReview';
  /** The candidate as it now stands. */
  candidate: NameCandidate;
  /** Held proposals dropped: by a dismissal, or because they no longer pass the checks (a merge made speaker and target one). */
  dropped: Scalars['Int']['output'];
  /** The proposed statements written from the proposals that waited for it, for the review queue. */
  statements: Array<Scalars['ID']['output']>;
};

/** A stance graph derived from statements under a filter. */
export type Network = {
  __typename?: 'Network';
  /** How many actors qualified for this view: with any statement in the corpus (network), or within reach, counted up to the limit (egoNetwork). */
  actorCount: Scalars['Int']['output'];
  /** One edge per (speaker, target) pair. */
  edges: Array<NetworkEdge>;
  /** The most actors this view draws from. */
  limit: Scalars['Int']['output'];
  /** Every actor that appears on an edge (and the centre of an ego network). */
  nodes: Array<NetworkNode>;
  /** True when more actors qualified than the limit: only the most active (network) or the nearest (egoNetwork) are included. */
  truncated: Scalars['Boolean']['output'];
};

/** All statements of one speaker about one target under the filter, aggregated into one directed edge. */
export type NetworkEdge = {
  __typename?: 'NetworkEdge';
  /** Number of statements behind the edge. */
  count: Scalars['Int']['output'];
  /** Statements per stance. */
  counts: StanceCounts;
  /** Date of the earliest statement, YYYY-MM-DD. */
  firstDate?: Maybe<Scalars['String']['output']>;
  /** Edge id: speakerId->targetId. */
  id: Scalars['ID']['output'];
  /** Date of the latest statement, YYYY-MM-DD. */
  lastDate?: Maybe<Scalars['String']['output']>;
  /** Mean intensity of the statements, −2…2. */
  meanIntensity: Scalars['Float']['output'];
  /** The edge's overall stance (majority rule; cancelling support and opposition is mixed). */
  netStance: Stance;
  /** Speaker id. */
  source: Scalars['ID']['output'];
  /** Target id. */
  target: Scalars['ID']['output'];
};

/** A speaker or target in a derived stance network. */
export type NetworkNode = {
  __typename?: 'NetworkNode';
  /** Mean intensity (−2…2) of the statements this actor received; null when none. */
  balance?: Maybe<Scalars['Float']['output']>;
  /** The country the actor served, when known. */
  country?: Maybe<Scalars['String']['output']>;
  /** Number of distinct actors this one spoke about or was spoken about by. */
  degree: Scalars['Int']['output'];
  /** Stable id of the person or organisation. */
  id: Scalars['ID']['output'];
  /** Person or organisation. */
  kind: ActorKind;
  /** Canonical name. */
  name: Scalars['String']['output'];
  /** Statements this actor made under the filter. */
  statementsMade: Scalars['Int']['output'];
  /** Statements about this actor under the filter. */
  statementsReceived: Scalars['Int']['output'];
};

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

/** A party, state, agency or other body. */
export type Organization = Actor & {
  __typename?: 'Organization';
  /** Every form of the name found in the texts (LCY, UCY, SKJ, …). */
  aliases: Array<Scalars['String']['output']>;
  /** One line on what it was. */
  bio?: Maybe<Scalars['String']['output']>;
  /** The country the organisation belongs to, when any. */
  country?: Maybe<Scalars['String']['output']>;
  /** Documents that mention the organisation, in date order. */
  documents: Array<Document>;
  /** Stable id, e.g. cpsu. */
  id: Scalars['ID']['output'];
  /** Always organization. */
  kind: ActorKind;
  /** People who held positions in it. */
  members: Array<Role>;
  /** Where the texts name the organisation. */
  mentions: Array<Mention>;
  /** Canonical name, e.g. League of Communists of Yugoslavia. */
  name: Scalars['String']['output'];
  /** party, state, agency, body, movement or press. */
  organizationKind?: Maybe<Scalars['String']['output']>;
  /** Statements made in the organisation's name, in date order. */
  statementsMade: Array<Statement>;
  /** Statements about the organisation, in date order. */
  statementsReceived: Array<Statement>;
  /** Always false: organisations are named. */
  unidentified: Scalars['Boolean']['output'];
};


/** A party, state, agency or other body. */
export type OrganizationDocumentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A party, state, agency or other body. */
export type OrganizationMembersArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A party, state, agency or other body. */
export type OrganizationMentionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A party, state, agency or other body. */
export type OrganizationStatementsMadeArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A party, state, agency or other body. */
export type OrganizationStatementsReceivedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Where a page of results ends. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Pass as after to get the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether another page follows. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** A paragraph of a document; statements cite passages. */
export type Passage = {
  __typename?: 'Passage';
  /** The document it belongs to. */
  document: Document;
  /** Stable id: <document id>-p<index>. */
  id: Scalars['ID']['output'];
  /** Position in the document, from 1. */
  index: Scalars['Int']['output'];
  /** Names found in the text, with offsets, in text order. */
  mentions: Array<Mention>;
  /** Statements whose quote stands in this passage. */
  statements: Array<Statement>;
  /** The verbatim text. */
  text: Scalars['String']['output'];
};


/** A paragraph of a document; statements cite passages. */
export type PassageMentionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A paragraph of a document; statements cite passages. */
export type PassageStatementsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A chain of actors linked by statements. */
export type Path = {
  __typename?: 'Path';
  /** The actors in order, from the first to the last. */
  actors: Array<Actor>;
  /** Number of links. */
  length: Scalars['Int']['output'];
  /** The links between consecutive actors. */
  steps: Array<PathStep>;
};

/** One link of a path: the statements between two actors, either direction. */
export type PathStep = {
  __typename?: 'PathStep';
  /** The actor this step leaves. */
  from: Actor;
  /** Statements between the two, either direction, in date order. */
  statements: Array<Statement>;
  /** The actor this step reaches. */
  to: Actor;
};


/** One link of a path: the statements between two actors, either direction. */
export type PathStepStatementsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A person named in the corpus. */
export type Person = Actor & {
  __typename?: 'Person';
  /** Every form of the name found in the texts (Ranković, Rankovic, Com. Rankovic, …). */
  aliases: Array<Scalars['String']['output']>;
  /** One line on who this was in 1954–1957. */
  bio?: Maybe<Scalars['String']['output']>;
  /** Year of birth, when known. */
  born?: Maybe<Scalars['Int']['output']>;
  /** The country the person served. */
  country?: Maybe<Scalars['String']['output']>;
  /** Year of death, when known. */
  died?: Maybe<Scalars['Int']['output']>;
  /** Documents that mention this person, in date order. */
  documents: Array<Document>;
  /** Stable id, e.g. rankovic. */
  id: Scalars['ID']['output'];
  /** Always person. */
  kind: ActorKind;
  /** Where the texts name this person. */
  mentions: Array<Mention>;
  /** Canonical name with diacritics, e.g. Aleksandar Ranković. */
  name: Scalars['String']['output'];
  /** Positions held in organisations, with years. */
  roles: Array<Role>;
  /** Statements this person made, in date order. */
  statementsMade: Array<Statement>;
  /** Statements about this person, in date order. */
  statementsReceived: Array<Statement>;
  /** True for someone the texts describe but do not name; the name is then the description they give. */
  unidentified: Scalars['Boolean']['output'];
};


/** A person named in the corpus. */
export type PersonDocumentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person named in the corpus. */
export type PersonMentionsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person named in the corpus. */
export type PersonStatementsMadeArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A person named in the corpus. */
export type PersonStatementsReceivedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Read-only entry points into the stance graph. */
export type Query = {
  __typename?: 'Query';
  /** Every account, by username; admins only. */
  accounts: Array<Account>;
  /** A person or organisation by id; an error with code NOT_FOUND when there is none. */
  actor: Actor;
  /** People (and organisations, on request) in name order, a page at a time. */
  actors: ActorConnection;
  /** A document by id; an error with code NOT_FOUND when there is none. */
  document: Document;
  /** Documents in date order. */
  documents: Array<Document>;
  /** The network within depth statements of one actor. */
  egoNetwork: Network;
  /** Whether the database answers, and which Neo4j it is. */
  health: Health;
  /** Every revision of a statement or an actor, oldest first; curators and admins only. */
  history: Array<Revision>;
  /** Who is signed in, or null for an anonymous reader. */
  me?: Maybe<SessionInfo>;
  /** Names imports found that are no actor yet, newest import first; curators and admins only. */
  nameCandidates: Array<NameCandidate>;
  /** The derived person-to-person stance network for a filter, ready to draw. */
  network: Network;
  /** An organisation by id; an error with code NOT_FOUND when there is none. */
  organization: Organization;
  /** The shortest chains of actors linking two actors through statements (either direction), up to 10. */
  paths: Array<Path>;
  /** A person by id; an error with code NOT_FOUND when there is none. */
  person: Person;
  /** Proposed statements awaiting review, oldest first; curators and admins only. */
  reviewQueue: StatementConnection;
  /** People, organisations and documents by any name or alias, case- and diacritic-insensitive, best first. */
  search: Array<SearchHit>;
  /** A statement by id; an error with code NOT_FOUND when there is none. */
  statement: Statement;
  /** Statements matching a filter in (date, id) order, a page at a time. */
  statements: StatementConnection;
  /** Statement counts per month and stance, for a filter: the statements whose date said falls within one month. */
  timeline: Array<TimelineBucket>;
  /** Statements whose date said covers more than one month (a year, a range), counted over their span rather than on a day. */
  timelineSpans: Array<TimelineSpan>;
};


/** Read-only entry points into the stance graph. */
export type QueryActorArgs = {
  id: Scalars['ID']['input'];
};


/** Read-only entry points into the stance graph. */
export type QueryActorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<ActorKind>;
};


/** Read-only entry points into the stance graph. */
export type QueryDocumentArgs = {
  id: Scalars['ID']['input'];
};


/** Read-only entry points into the stance graph. */
export type QueryDocumentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Read-only entry points into the stance graph. */
export type QueryEgoNetworkArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<StatementFilter>;
  id: Scalars['ID']['input'];
};


/** Read-only entry points into the stance graph. */
export type QueryHistoryArgs = {
  id: Scalars['ID']['input'];
};


/** Read-only entry points into the stance graph. */
export type QueryNameCandidatesArgs = {
  document?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<NameCandidateStatus>;
};


/** Read-only entry points into the stance graph. */
export type QueryNetworkArgs = {
  filter?: InputMaybe<StatementFilter>;
  limit?: InputMaybe<Scalars['Int']['input']>;
};


/** Read-only entry points into the stance graph. */
export type QueryOrganizationArgs = {
  id: Scalars['ID']['input'];
};


/** Read-only entry points into the stance graph. */
export type QueryPathsArgs = {
  from: Scalars['ID']['input'];
  maxLength?: InputMaybe<Scalars['Int']['input']>;
  since?: InputMaybe<Scalars['String']['input']>;
  to: Scalars['ID']['input'];
  until?: InputMaybe<Scalars['String']['input']>;
};


/** Read-only entry points into the stance graph. */
export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};


/** Read-only entry points into the stance graph. */
export type QueryReviewQueueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ReviewFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Read-only entry points into the stance graph. */
export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};


/** Read-only entry points into the stance graph. */
export type QueryStatementArgs = {
  id: Scalars['ID']['input'];
};


/** Read-only entry points into the stance graph. */
export type QueryStatementsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StatementFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** Read-only entry points into the stance graph. */
export type QueryTimelineArgs = {
  filter?: InputMaybe<StatementFilter>;
};


/** Read-only entry points into the stance graph. */
export type QueryTimelineSpansArgs = {
  filter?: InputMaybe<StatementFilter>;
};

/** A reviewer's decision on a proposed statement. */
export type ReviewDecision =
  /** Publish it. */
  | 'accept'
  /** Do not publish it. */
  | 'reject';

/** Which proposed statements to review. Every field is optional. */
export type ReviewFilter = {
  /** Only statements proposed by this curator (a username). */
  curator?: InputMaybe<Scalars['String']['input']>;
  /** Only statements quoted from this document. */
  document?: InputMaybe<Scalars['ID']['input']>;
  /** Only statements by this speaker. */
  speaker?: InputMaybe<Scalars['ID']['input']>;
};

/** One recorded change: who, when, what it was before and after, and why. */
export type Revision = {
  __typename?: 'Revision';
  /** What was done. */
  action: RevisionAction;
  /** The subject's fields after, as a JSON object. */
  after: Scalars['String']['output'];
  /** When, ISO date-time. */
  at: Scalars['String']['output'];
  /** The subject's fields before, as a JSON object; null for a creation. */
  before?: Maybe<Scalars['String']['output']>;
  /** Who did it: a username, or the name a script gave with the admin token. */
  by: Scalars['String']['output'];
  /** Stable id. */
  id: Scalars['ID']['output'];
  /** Why, as the curator said. */
  reason?: Maybe<Scalars['String']['output']>;
  /** For a revert: the revision it undid. */
  reverts?: Maybe<Scalars['ID']['output']>;
  /** The id of the statement or actor changed. */
  subject: Scalars['ID']['output'];
  /** Whether it is a statement or an actor. */
  subjectKind: RevisionSubject;
  /** The subject's version after this revision (1 for a creation). */
  version: Scalars['Int']['output'];
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

/** What a revision changed. */
export type RevisionSubject =
  /** A person or organisation. */
  | 'actor'
  /** A statement. */
  | 'statement';

/** A position a person held in an organisation. */
export type Role = {
  __typename?: 'Role';
  /** First year in the position, when known. */
  from?: Maybe<Scalars['Int']['output']>;
  /** The organisation. */
  organization: Organization;
  /** The person. */
  person: Person;
  /** The title, e.g. First Secretary. */
  title: Scalars['String']['output'];
  /** Last year in the position, when known. */
  to?: Maybe<Scalars['Int']['output']>;
};

/** A ranked search result. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** Country, for actors. */
  country?: Maybe<Scalars['String']['output']>;
  /** Date, for documents. */
  date?: Maybe<Scalars['String']['output']>;
  /** The id to pass to person, organization or document. */
  id: Scalars['ID']['output'];
  /** person, organization or document. */
  kind: SearchKind;
  /** The alias the query matched best, e.g. I.B. Tito. */
  matchedAlias?: Maybe<Scalars['String']['output']>;
  /** Canonical name or document title. */
  name: Scalars['String']['output'];
  /** Relevance from the full-text index; higher is better. */
  score: Scalars['Float']['output'];
};

/** What a search hit is. */
export type SearchKind =
  /** A source document. */
  | 'document'
  /** An organisation or state. */
  | 'organization'
  /** A person. */
  | 'person';

/** The session of whoever asks. */
export type SessionInfo = {
  __typename?: 'SessionInfo';
  /** Who is signed in. */
  account: Account;
  /** When the session ends unless renewed, ISO date-time. */
  expiresAt: Scalars['String']['output'];
};

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

/** How many statements of each stance. */
export type StanceCounts = {
  __typename?: 'StanceCounts';
  /** Statements of stance mixed. */
  mixed: Scalars['Int']['output'];
  /** Statements of stance neutral. */
  neutral: Scalars['Int']['output'];
  /** Statements of stance oppose. */
  oppose: Scalars['Int']['output'];
  /** Statements of stance support. */
  support: Scalars['Int']['output'];
};

/** One speaker's stance toward one target, backed by a verbatim quote in a cited passage. */
export type Statement = {
  __typename?: 'Statement';
  /** When it was last curated, ISO date-time. */
  curatedAt?: Maybe<Scalars['String']['output']>;
  /** Who last curated this statement through the API, if anyone. */
  curatedBy?: Maybe<Scalars['String']['output']>;
  /** When the words were said or written, as precisely as the text tells: YYYY-MM-DD, YYYY-MM or YYYY. */
  date: Scalars['String']['output'];
  /** The date as a reader says it, e.g. about Sept. 1956, before 3 Nov. 1956. */
  dateLabel: Scalars['String']['output'];
  /** day, month or year: how precise date is. */
  datePrecision: DatePrecision;
  /** exact, about, before, after or between (with dateUntil). */
  dateQualifier: DateQualifier;
  /** Whether the text gives the date or the document's date stands in. */
  dateSource: DateSource;
  /** The later bound, when dateQualifier is between. */
  dateUntil?: Maybe<Scalars['String']['output']>;
  /** The document the passage belongs to. */
  document: Document;
  /** Stable id, e.g. s-1956-10-06-khrushchev-note-012. */
  id: Scalars['ID']['output'];
  /** Strength from −2 (strong opposition) to +2 (strong support). */
  intensity: Scalars['Int']['output'];
  /** direct, reported or written. */
  mode: Mode;
  /** The annotator's note on the reading, if any. */
  note?: Maybe<Scalars['String']['output']>;
  /** The passage the quote stands in. */
  passage: Passage;
  /** Who proposed it, for a statement made by a curator. */
  proposedBy?: Maybe<Scalars['String']['output']>;
  /** The exact words, a substring of the passage text. */
  quote: Scalars['String']['output'];
  /** Whose account it is, when mode is reported: a person, or a body whose letter recounts it. */
  reportedBy?: Maybe<Actor>;
  /** The kind of source the statement is quoted from; tertiary ones are left out of counts unless asked for. */
  sourceKind: SourceKind;
  /** Who expressed the stance. */
  speaker: Actor;
  /** support, oppose, mixed or neutral. */
  stance: Stance;
  /** Where it stands in review; the public views show accepted statements. */
  status: StatementStatus;
  /** When the status was set, ISO date-time. */
  statusAt?: Maybe<Scalars['String']['output']>;
  /** Who set the status (a username, or the seed). */
  statusBy?: Maybe<Scalars['String']['output']>;
  /** Toward whom. */
  target: Actor;
  /** Topic tags. */
  topics: Array<Scalars['String']['output']>;
  /** Grows by one with every revision; send it back with an edit so that concurrent edits are caught. */
  version: Scalars['Int']['output'];
};

/** Changes to an existing statement; omitted fields stay as they are. */
export type StatementChanges = {
  /** New date said: YYYY-MM-DD, YYYY-MM or YYYY. */
  date?: InputMaybe<Scalars['String']['input']>;
  /** New qualifier. */
  dateQualifier?: InputMaybe<DateQualifier>;
  /** New source of the date. */
  dateSource?: InputMaybe<DateSource>;
  /** New later bound, with between. */
  dateUntil?: InputMaybe<Scalars['String']['input']>;
  /** New intensity. */
  intensity?: InputMaybe<Scalars['Int']['input']>;
  /** New mode. */
  mode?: InputMaybe<Mode>;
  /** New note. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** New quote; must be found verbatim in the statement's passage. */
  quote?: InputMaybe<Scalars['String']['input']>;
  /** New reporter id. */
  reportedBy?: InputMaybe<Scalars['ID']['input']>;
  /** New stance. */
  stance?: InputMaybe<Stance>;
  /** New topics. */
  topics?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A page of statements. */
export type StatementConnection = {
  __typename?: 'StatementConnection';
  /** Statements on this page, in (date, id) order. */
  nodes: Array<Statement>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** Statements matching the filter on all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Narrows statements. Every field is optional; omitted fields do not filter. */
export type StatementFilter = {
  /** Only statements quoted from these documents (document ids). */
  documents?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Earliest day, inclusive, as YYYY-MM-DD: statements whose date said covers any day from here on. */
  from?: InputMaybe<Scalars['String']['input']>;
  /** Only these statements (statement ids, at most 100). */
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Include organisations and states as speakers and targets. Default: false for network views, true for statement lists. */
  includeOrganizations?: InputMaybe<Scalars['Boolean']['input']>;
  /** Include proposed statements as well as accepted ones: curators and admins only. */
  includeProposed?: InputMaybe<Scalars['Boolean']['input']>;
  /** Include statements from tertiary sources (encyclopedias), which are left out unless asked for. */
  includeTertiary?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only statements recorded in one of these modes. */
  modes?: InputMaybe<Array<Mode>>;
  /** Only statements by these speakers (person or organisation ids). */
  speakers?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Only statements with one of these stances. */
  stances?: InputMaybe<Array<Stance>>;
  /** Only statements about these targets (person or organisation ids). */
  targets?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Latest day, inclusive, as YYYY-MM-DD: statements whose date said covers any day up to here. */
  to?: InputMaybe<Scalars['String']['input']>;
  /** Only statements tagged with at least one of these topics. */
  topics?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A new statement for curation; checked against the registries and the passage text. */
export type StatementInput = {
  /** When said, as precisely as the text tells: YYYY-MM-DD, YYYY-MM or YYYY. Omitted, the document's date stands in, and dateSource says so. */
  date?: InputMaybe<Scalars['String']['input']>;
  /** exact (the default), about, before, after or between. Omitted with date omitted: exact, or before for reported words. */
  dateQualifier?: InputMaybe<DateQualifier>;
  /** Where the date comes from; text when date is given, document when it is not. */
  dateSource?: InputMaybe<DateSource>;
  /** The later bound, with dateQualifier between. */
  dateUntil?: InputMaybe<Scalars['String']['input']>;
  /** Stable id for the new statement, a lowercase slug. */
  id: Scalars['ID']['input'];
  /** −2…2, consistent with the stance. */
  intensity: Scalars['Int']['input'];
  /** How the words reached the record. */
  mode: Mode;
  /** A note on the reading. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The passage id the quote stands in, e.g. doc-1956-10-06-khrushchev-note-p12. */
  passage: Scalars['ID']['input'];
  /** The exact words; must be found verbatim in the passage. */
  quote: Scalars['String']['input'];
  /** Whose account it is (a person, or a body whose letter recounts it); required when mode is reported, except in tertiary sources. */
  reportedBy?: InputMaybe<Scalars['ID']['input']>;
  /** Speaker id (person or organisation). */
  speaker: Scalars['ID']['input'];
  /** The stance. */
  stance: Stance;
  /** Target id (person or organisation). */
  target: Scalars['ID']['input'];
  /** Topic tags. */
  topics?: InputMaybe<Array<Scalars['String']['input']>>;
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

/** Statement counts in one month. */
export type TimelineBucket = {
  __typename?: 'TimelineBucket';
  /** Statements of stance mixed. */
  mixed: Scalars['Int']['output'];
  /** The month, YYYY-MM. */
  month: Scalars['String']['output'];
  /** Statements of stance neutral. */
  neutral: Scalars['Int']['output'];
  /** Statements of stance oppose. */
  oppose: Scalars['Int']['output'];
  /** Statements of stance support. */
  support: Scalars['Int']['output'];
  /** All statements in the month. */
  total: Scalars['Int']['output'];
};

/** Statements whose date said spans several months, by stance. */
export type TimelineSpan = {
  __typename?: 'TimelineSpan';
  /** The first month the dates cover, YYYY-MM. */
  from: Scalars['String']['output'];
  /** Statements of stance mixed. */
  mixed: Scalars['Int']['output'];
  /** Statements of stance neutral. */
  neutral: Scalars['Int']['output'];
  /** Statements of stance oppose. */
  oppose: Scalars['Int']['output'];
  /** Statements of stance support. */
  support: Scalars['Int']['output'];
  /** The last month the dates cover, YYYY-MM. */
  to: Scalars['String']['output'];
  /** All statements over the span. */
  total: Scalars['Int']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Account: ResolverTypeWrapper<Account>;
  AccountRole: AccountRole;
  Actor: ResolverTypeWrapper<ActorParent>;
  ActorConnection: ResolverTypeWrapper<Omit<ActorConnection, 'nodes'> & { nodes: Array<ResolversTypes['Actor']> }>;
  ActorInput: ActorInput;
  ActorKind: ActorKind;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ConfirmNameInput: ConfirmNameInput;
  DatePrecision: DatePrecision;
  DateQualifier: DateQualifier;
  DateSource: DateSource;
  Document: ResolverTypeWrapper<DocumentRecord>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Health: ResolverTypeWrapper<Health>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportActor: ResolverTypeWrapper<ImportActor>;
  ImportDocument: ResolverTypeWrapper<ImportDocument>;
  ImportInput: ImportInput;
  ImportMention: ResolverTypeWrapper<ImportMention>;
  ImportNameSuggestion: ResolverTypeWrapper<ImportNameSuggestion>;
  ImportNewName: ResolverTypeWrapper<ImportNewName>;
  ImportOutcome: ResolverTypeWrapper<ImportOutcome>;
  ImportPassage: ResolverTypeWrapper<ImportPassage>;
  ImportPreview: ResolverTypeWrapper<ImportPreview>;
  ImportProposal: ResolverTypeWrapper<ImportProposal>;
  ImportSkipped: ResolverTypeWrapper<ImportSkipped>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Mention: ResolverTypeWrapper<MentionRecord>;
  Mode: Mode;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NameCandidate: ResolverTypeWrapper<NameCandidate>;
  NameCandidateStatus: NameCandidateStatus;
  NameReview: ResolverTypeWrapper<NameReview>;
  Network: ResolverTypeWrapper<Network>;
  NetworkEdge: ResolverTypeWrapper<NetworkEdge>;
  NetworkNode: ResolverTypeWrapper<NetworkNode>;
  NewActorKind: NewActorKind;
  Organization: ResolverTypeWrapper<ActorParent>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Passage: ResolverTypeWrapper<PassageRecord>;
  Path: ResolverTypeWrapper<ActorPath>;
  PathStep: ResolverTypeWrapper<PathStepModel>;
  Person: ResolverTypeWrapper<ActorParent>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReviewDecision: ReviewDecision;
  ReviewFilter: ReviewFilter;
  Revision: ResolverTypeWrapper<Revision>;
  RevisionAction: RevisionAction;
  RevisionSubject: RevisionSubject;
  Role: ResolverTypeWrapper<RoleModel>;
  SearchHit: ResolverTypeWrapper<SearchHit>;
  SearchKind: SearchKind;
  SessionInfo: ResolverTypeWrapper<SessionInfo>;
  SourceKind: SourceKind;
  Stance: Stance;
  StanceCounts: ResolverTypeWrapper<StanceCounts>;
  Statement: ResolverTypeWrapper<StatementRecord>;
  StatementChanges: StatementChanges;
  StatementConnection: ResolverTypeWrapper<Omit<StatementConnection, 'nodes'> & { nodes: Array<ResolversTypes['Statement']> }>;
  StatementFilter: StatementFilter;
  StatementInput: StatementInput;
  StatementStatus: StatementStatus;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  TimelineBucket: ResolverTypeWrapper<TimelineBucket>;
  TimelineSpan: ResolverTypeWrapper<TimelineSpan>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Account: Account;
  Actor: ActorParent;
  ActorConnection: Omit<ActorConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Actor']> };
  ActorInput: ActorInput;
  Boolean: Scalars['Boolean']['output'];
  ConfirmNameInput: ConfirmNameInput;
  Document: DocumentRecord;
  Float: Scalars['Float']['output'];
  Health: Health;
  ID: Scalars['ID']['output'];
  ImportActor: ImportActor;
  ImportDocument: ImportDocument;
  ImportInput: ImportInput;
  ImportMention: ImportMention;
  ImportNameSuggestion: ImportNameSuggestion;
  ImportNewName: ImportNewName;
  ImportOutcome: ImportOutcome;
  ImportPassage: ImportPassage;
  ImportPreview: ImportPreview;
  ImportProposal: ImportProposal;
  ImportSkipped: ImportSkipped;
  Int: Scalars['Int']['output'];
  Mention: MentionRecord;
  Mutation: Record<PropertyKey, never>;
  NameCandidate: NameCandidate;
  NameReview: NameReview;
  Network: Network;
  NetworkEdge: NetworkEdge;
  NetworkNode: NetworkNode;
  Organization: ActorParent;
  PageInfo: PageInfo;
  Passage: PassageRecord;
  Path: ActorPath;
  PathStep: PathStepModel;
  Person: ActorParent;
  Query: Record<PropertyKey, never>;
  ReviewFilter: ReviewFilter;
  Revision: Revision;
  Role: RoleModel;
  SearchHit: SearchHit;
  SessionInfo: SessionInfo;
  StanceCounts: StanceCounts;
  Statement: StatementRecord;
  StatementChanges: StatementChanges;
  StatementConnection: Omit<StatementConnection, 'nodes'> & { nodes: Array<ResolversParentTypes['Statement']> };
  StatementFilter: StatementFilter;
  StatementInput: StatementInput;
  String: Scalars['String']['output'];
  TimelineBucket: TimelineBucket;
  TimelineSpan: TimelineSpan;
};

export type AccountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Account'] = ResolversParentTypes['Account']> = {
  createdAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['AccountRole'], ParentType, ContextType>;
  username?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type ActorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Actor'] = ResolversParentTypes['Actor']> = {
  __resolveType: TypeResolveFn<'Organization' | 'Person', ParentType, ContextType>;
};

export type ActorConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActorConnection'] = ResolversParentTypes['ActorConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DocumentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Document'] = ResolversParentTypes['Document']> = {
  archive?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  authors?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  citation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  credits?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  language?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  originalLanguage?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  passages?: Resolver<Array<ResolversTypes['Passage']>, ParentType, ContextType, RequireFields<DocumentPassagesArgs, 'first'>>;
  recipients?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  sourceKind?: Resolver<ResolversTypes['SourceKind'], ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType, RequireFields<DocumentStatementsArgs, 'first'>>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  translator?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type HealthResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Health'] = ResolversParentTypes['Health']> = {
  neo4jEdition?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  neo4jVersion?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportActorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportActor'] = ResolversParentTypes['ImportActor']> = {
  id?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportDocumentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportDocument'] = ResolversParentTypes['ImportDocument']> = {
  authors?: Resolver<Array<ResolversTypes['ImportActor']>, ParentType, ContextType>;
  citation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sourceKind?: Resolver<ResolversTypes['SourceKind'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportMentionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportMention'] = ResolversParentTypes['ImportMention']> = {
  actor?: Resolver<ResolversTypes['ImportActor'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  passage?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportNameSuggestionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportNameSuggestion'] = ResolversParentTypes['ImportNameSuggestion']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  why?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportNewNameResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportNewName'] = ResolversParentTypes['ImportNewName']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  passages?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  suggestion?: Resolver<Maybe<ResolversTypes['ImportNameSuggestion']>, ParentType, ContextType>;
};

export type ImportOutcomeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportOutcome'] = ResolversParentTypes['ImportOutcome']> = {
  candidates?: Resolver<Array<ResolversTypes['NameCandidate']>, ParentType, ContextType>;
  documentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  held?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mentions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  passages?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  skipped?: Resolver<Array<ResolversTypes['ImportSkipped']>, ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportPassageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportPassage'] = ResolversParentTypes['ImportPassage']> = {
  n?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportPreviewResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportPreview'] = ResolversParentTypes['ImportPreview']> = {
  document?: Resolver<ResolversTypes['ImportDocument'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['ImportMention']>, ParentType, ContextType>;
  newNames?: Resolver<Array<ResolversTypes['ImportNewName']>, ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['ImportOutcome']>, ParentType, ContextType>;
  passages?: Resolver<Array<ResolversTypes['ImportPassage']>, ParentType, ContextType>;
  proposals?: Resolver<Array<ResolversTypes['ImportProposal']>, ParentType, ContextType>;
};

export type ImportProposalResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportProposal'] = ResolversParentTypes['ImportProposal']> = {
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  intensity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['Mode'], ParentType, ContextType>;
  passage?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reportedBy?: Resolver<Maybe<ResolversTypes['ImportActor']>, ParentType, ContextType>;
  speaker?: Resolver<ResolversTypes['ImportActor'], ParentType, ContextType>;
  stance?: Resolver<ResolversTypes['Stance'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ImportActor'], ParentType, ContextType>;
};

export type ImportSkippedResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportSkipped'] = ResolversParentTypes['ImportSkipped']> = {
  proposal?: Resolver<ResolversTypes['ImportProposal'], ParentType, ContextType>;
  why?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MentionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mention'] = ResolversParentTypes['Mention']> = {
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  passage?: Resolver<ResolversTypes['Passage'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  surface?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  confirmName?: Resolver<ResolversTypes['NameReview'], ParentType, ContextType, RequireFields<MutationConfirmNameArgs, 'actor' | 'id'>>;
  createActor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType, RequireFields<MutationCreateActorArgs, 'input'>>;
  createStatement?: Resolver<ResolversTypes['Statement'], ParentType, ContextType, RequireFields<MutationCreateStatementArgs, 'input'>>;
  dismissName?: Resolver<ResolversTypes['NameReview'], ParentType, ContextType, RequireFields<MutationDismissNameArgs, 'id'>>;
  importDocument?: Resolver<ResolversTypes['ImportPreview'], ParentType, ContextType, RequireFields<MutationImportDocumentArgs, 'dryRun' | 'input'>>;
  mergeName?: Resolver<ResolversTypes['NameReview'], ParentType, ContextType, RequireFields<MutationMergeNameArgs, 'id' | 'into'>>;
  retractStatement?: Resolver<ResolversTypes['ID'], ParentType, ContextType, RequireFields<MutationRetractStatementArgs, 'id' | 'reason'>>;
  revertRevision?: Resolver<ResolversTypes['Revision'], ParentType, ContextType, RequireFields<MutationRevertRevisionArgs, 'id' | 'reason'>>;
  reviewStatement?: Resolver<ResolversTypes['Statement'], ParentType, ContextType, RequireFields<MutationReviewStatementArgs, 'decision' | 'id'>>;
  revokeSessions?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<MutationRevokeSessionsArgs, 'username'>>;
  signIn?: Resolver<ResolversTypes['SessionInfo'], ParentType, ContextType, RequireFields<MutationSignInArgs, 'password' | 'username'>>;
  signOut?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  updateStatement?: Resolver<ResolversTypes['Statement'], ParentType, ContextType, RequireFields<MutationUpdateStatementArgs, 'changes' | 'id'>>;
};

export type NameCandidateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NameCandidate'] = ResolversParentTypes['NameCandidate']> = {
  actor?: Resolver<Maybe<ResolversTypes['ImportActor']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  documentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  documentTitle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  held?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  passages?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolvedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['NameCandidateStatus'], ParentType, ContextType>;
  suggestion?: Resolver<Maybe<ResolversTypes['ImportNameSuggestion']>, ParentType, ContextType>;
};

export type NameReviewResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NameReview'] = ResolversParentTypes['NameReview']> = {
  candidate?: Resolver<ResolversTypes['NameCandidate'], ParentType, ContextType>;
  dropped?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
};

export type NetworkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Network'] = ResolversParentTypes['Network']> = {
  actorCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['NetworkEdge']>, ParentType, ContextType>;
  limit?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['NetworkNode']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type NetworkEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NetworkEdge'] = ResolversParentTypes['NetworkEdge']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  counts?: Resolver<ResolversTypes['StanceCounts'], ParentType, ContextType>;
  firstDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  meanIntensity?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  netStance?: Resolver<ResolversTypes['Stance'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
};

export type NetworkNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['NetworkNode'] = ResolversParentTypes['NetworkNode']> = {
  balance?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  degree?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  statementsMade?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  statementsReceived?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganizationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  bio?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  documents?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType, RequireFields<OrganizationDocumentsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType, RequireFields<OrganizationMembersArgs, 'first'>>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType, RequireFields<OrganizationMentionsArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organizationKind?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  statementsMade?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType, RequireFields<OrganizationStatementsMadeArgs, 'first'>>;
  statementsReceived?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType, RequireFields<OrganizationStatementsReceivedArgs, 'first'>>;
  unidentified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PassageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Passage'] = ResolversParentTypes['Passage']> = {
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType, RequireFields<PassageMentionsArgs, 'first'>>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType, RequireFields<PassageStatementsArgs, 'first'>>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PathResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = {
  actors?: Resolver<Array<ResolversTypes['Actor']>, ParentType, ContextType>;
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['PathStep']>, ParentType, ContextType>;
};

export type PathStepResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PathStep'] = ResolversParentTypes['PathStep']> = {
  from?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType, RequireFields<PathStepStatementsArgs, 'first'>>;
  to?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
};

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  bio?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  born?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  died?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  documents?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType, RequireFields<PersonDocumentsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['Mention']>, ParentType, ContextType, RequireFields<PersonMentionsArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  statementsMade?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType, RequireFields<PersonStatementsMadeArgs, 'first'>>;
  statementsReceived?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType, RequireFields<PersonStatementsReceivedArgs, 'first'>>;
  unidentified?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  accounts?: Resolver<Array<ResolversTypes['Account']>, ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['Actor'], ParentType, ContextType, RequireFields<QueryActorArgs, 'id'>>;
  actors?: Resolver<ResolversTypes['ActorConnection'], ParentType, ContextType, RequireFields<QueryActorsArgs, 'first'>>;
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType, RequireFields<QueryDocumentArgs, 'id'>>;
  documents?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType, RequireFields<QueryDocumentsArgs, 'first'>>;
  egoNetwork?: Resolver<ResolversTypes['Network'], ParentType, ContextType, RequireFields<QueryEgoNetworkArgs, 'depth' | 'id'>>;
  health?: Resolver<ResolversTypes['Health'], ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['Revision']>, ParentType, ContextType, RequireFields<QueryHistoryArgs, 'id'>>;
  me?: Resolver<Maybe<ResolversTypes['SessionInfo']>, ParentType, ContextType>;
  nameCandidates?: Resolver<Array<ResolversTypes['NameCandidate']>, ParentType, ContextType, RequireFields<QueryNameCandidatesArgs, 'first' | 'status'>>;
  network?: Resolver<ResolversTypes['Network'], ParentType, ContextType, RequireFields<QueryNetworkArgs, 'limit'>>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType, RequireFields<QueryOrganizationArgs, 'id'>>;
  paths?: Resolver<Array<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<QueryPathsArgs, 'from' | 'maxLength' | 'to'>>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType, RequireFields<QueryPersonArgs, 'id'>>;
  reviewQueue?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<QueryReviewQueueArgs, 'first'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'query'>>;
  statement?: Resolver<ResolversTypes['Statement'], ParentType, ContextType, RequireFields<QueryStatementArgs, 'id'>>;
  statements?: Resolver<ResolversTypes['StatementConnection'], ParentType, ContextType, RequireFields<QueryStatementsArgs, 'first'>>;
  timeline?: Resolver<Array<ResolversTypes['TimelineBucket']>, ParentType, ContextType, Partial<QueryTimelineArgs>>;
  timelineSpans?: Resolver<Array<ResolversTypes['TimelineSpan']>, ParentType, ContextType, Partial<QueryTimelineSpansArgs>>;
};

export type RevisionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Revision'] = ResolversParentTypes['Revision']> = {
  action?: Resolver<ResolversTypes['RevisionAction'], ParentType, ContextType>;
  after?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reverts?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  subjectKind?: Resolver<ResolversTypes['RevisionSubject'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type RoleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Role'] = ResolversParentTypes['Role']> = {
  from?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['Organization'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SearchKind'], ParentType, ContextType>;
  matchedAlias?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type SessionInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SessionInfo'] = ResolversParentTypes['SessionInfo']> = {
  account?: Resolver<ResolversTypes['Account'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type StanceCountsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StanceCounts'] = ResolversParentTypes['StanceCounts']> = {
  mixed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  neutral?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  oppose?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  support?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StatementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Statement'] = ResolversParentTypes['Statement']> = {
  curatedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  curatedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dateLabel?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  datePrecision?: Resolver<ResolversTypes['DatePrecision'], ParentType, ContextType>;
  dateQualifier?: Resolver<ResolversTypes['DateQualifier'], ParentType, ContextType>;
  dateSource?: Resolver<ResolversTypes['DateSource'], ParentType, ContextType>;
  dateUntil?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  intensity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mode?: Resolver<ResolversTypes['Mode'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  passage?: Resolver<ResolversTypes['Passage'], ParentType, ContextType>;
  proposedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reportedBy?: Resolver<Maybe<ResolversTypes['Actor']>, ParentType, ContextType>;
  sourceKind?: Resolver<ResolversTypes['SourceKind'], ParentType, ContextType>;
  speaker?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  stance?: Resolver<ResolversTypes['Stance'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['StatementStatus'], ParentType, ContextType>;
  statusAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  statusBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  target?: Resolver<ResolversTypes['Actor'], ParentType, ContextType>;
  topics?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type StatementConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatementConnection'] = ResolversParentTypes['StatementConnection']> = {
  nodes?: Resolver<Array<ResolversTypes['Statement']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TimelineBucketResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimelineBucket'] = ResolversParentTypes['TimelineBucket']> = {
  mixed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  month?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  neutral?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  oppose?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  support?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TimelineSpanResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TimelineSpan'] = ResolversParentTypes['TimelineSpan']> = {
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mixed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  neutral?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  oppose?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  support?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Account?: AccountResolvers<ContextType>;
  Actor?: ActorResolvers<ContextType>;
  ActorConnection?: ActorConnectionResolvers<ContextType>;
  Document?: DocumentResolvers<ContextType>;
  Health?: HealthResolvers<ContextType>;
  ImportActor?: ImportActorResolvers<ContextType>;
  ImportDocument?: ImportDocumentResolvers<ContextType>;
  ImportMention?: ImportMentionResolvers<ContextType>;
  ImportNameSuggestion?: ImportNameSuggestionResolvers<ContextType>;
  ImportNewName?: ImportNewNameResolvers<ContextType>;
  ImportOutcome?: ImportOutcomeResolvers<ContextType>;
  ImportPassage?: ImportPassageResolvers<ContextType>;
  ImportPreview?: ImportPreviewResolvers<ContextType>;
  ImportProposal?: ImportProposalResolvers<ContextType>;
  ImportSkipped?: ImportSkippedResolvers<ContextType>;
  Mention?: MentionResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NameCandidate?: NameCandidateResolvers<ContextType>;
  NameReview?: NameReviewResolvers<ContextType>;
  Network?: NetworkResolvers<ContextType>;
  NetworkEdge?: NetworkEdgeResolvers<ContextType>;
  NetworkNode?: NetworkNodeResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Passage?: PassageResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  PathStep?: PathStepResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Revision?: RevisionResolvers<ContextType>;
  Role?: RoleResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SessionInfo?: SessionInfoResolvers<ContextType>;
  StanceCounts?: StanceCountsResolvers<ContextType>;
  Statement?: StatementResolvers<ContextType>;
  StatementConnection?: StatementConnectionResolvers<ContextType>;
  TimelineBucket?: TimelineBucketResolvers<ContextType>;
  TimelineSpan?: TimelineSpanResolvers<ContextType>;
};

