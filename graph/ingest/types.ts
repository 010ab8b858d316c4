import type { Stance } from "../shared/stance";
import type { Mode } from "../types";

/**
 * The shapes an import passes along, from the text to the proposals a curator reviews. They are
 * also the dry run's JSON (`npm run ingest -- <file> --dry-run --json`), field for field.
 */

/** An actor as found: a registry id, or null for a name no actor has yet; `name` is the display name or the name as found. */
export interface FoundActor {
  id: string | null;
  name: string;
}

/** The document's metadata, as read from the command line, the page or the file. */
export interface ImportedDocument {
  id: string;
  title: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY, as the source gives it. */
  date: string;
  kind: string;
  citation: string;
  sourceKind: "primary" | "secondary" | "tertiary";
  /** Who wrote it, when known: the speaker of first-person text. */
  authors: FoundActor[];
}

/** A numbered passage of the cleaned text, from 1. */
export interface ImportedPassage {
  n: number;
  text: string;
}

/** A name in a passage: offsets in UTF-16 code units into the passage text. */
export interface ImportedMention {
  passage: number;
  start: number;
  end: number;
  text: string;
  actor: FoundActor;
}

/** A statement the proposer suggests; `quote` is verbatim in passage `passage`. */
export interface Proposal {
  passage: number;
  quote: string;
  speaker: FoundActor;
  target: FoundActor;
  stance: Stance;
  intensity: number;
  mode: Mode;
  reportedBy: FoundActor | null;
  /** YYYY-MM-DD, YYYY-MM or YYYY when the text gives one; null otherwise. */
  date: string | null;
  /** 0–1: how sure the rule that fired is. */
  confidence: number;
  /** Which cue fired, in words a reviewer reads: "speech verb 'declared', subject Tito; evaluative 'slander' (negative)". */
  reason: string;
}

/** What the proposer reads: the document, its passages and the mentions found in them. */
export interface ProposerInput {
  document: ImportedDocument;
  passages: ImportedPassage[];
  mentions: ImportedMention[];
  /**
   * The registries' parties and states with their country, for descriptions ("the Yugoslav
   * comrades", "the Hungarian government"); without them descriptions are not resolved.
   */
  collectives?: CountryCollective[];
  /** The registries' actors with a country (people, parties, states), for a speaker on their own side (codebook §1). */
  countries?: { id: string; country: string }[];
}

/** A registry's party or state of a country, as the registries' `kind` and `country` say. */
export interface CountryCollective {
  actor: FoundActor;
  kind: "party" | "state";
  country: string;
}

/** A known actor a new name may be: a suggested merge, with why it was suggested. */
export interface NameSuggestion {
  id: string;
  name: string;
  /** In words a curator reads: 'another transliteration of "Ranković"', 'initials of "Edvard Kardelj"'. */
  why: string;
}

/** A name that matches no actor, grouped by surface form, for a curator to confirm, merge or dismiss. */
export interface NewName {
  name: string;
  kind: "person" | "organization" | "state";
  /** How many times the form stands in the text. */
  count: number;
  /** The passages it stands in, ascending. */
  passages: number[];
  suggestion: NameSuggestion | null;
}

/** The dry run's answer, and what an import writes. */
export interface ImportResult {
  document: ImportedDocument;
  passages: ImportedPassage[];
  /** Known actors' mentions, then the new names' (actor id null), each in passage order. */
  mentions: ImportedMention[];
  proposals: Proposal[];
  /** Names that match no actor (added for the new-name finder; older producers may leave it empty). */
  newNames: NewName[];
}
