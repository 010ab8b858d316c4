import type { ManagedTransaction } from "neo4j-driver";
import { checkNewStatement, checkStatement, CREATE_STATEMENT, saidOnCreate, type Final } from "../curation";
import { runIn } from "../db";
import { AppError } from "../errors";
import type { Stance } from "../shared/stance";
import { saveState } from "../statement-store";
import type { Mode } from "../types";

/**
 * One proposal written as a `proposed` statement with its first revision: the path an import
 * takes (write.ts) and the one a held proposal takes once a curator has confirmed or merged the
 * new names it needs (graph/name-review.ts). The proposer is named in the note; the person who
 * imported or confirmed, when there is one, in proposedBy.
 */

/** Who proposes an import's statements when no curator does (the command line). */
export const IMPORT_PROPOSER = "import";

/** A proposal whose speaker, target and reporter are all actors. */
export interface ReadyProposal {
  passage: number;
  quote: string;
  speaker: string;
  target: string;
  stance: Stance;
  intensity: number;
  mode: Mode;
  reportedBy: string | null;
  date: string | null;
  confidence: number;
  reason: string;
}

/** Where a proposal is written: its document, that document's first day, and the passage's text. */
export interface ProposalPlace {
  documentId: string;
  /** YYYY-MM-DD: the first day of the document's date. */
  documentDate: string;
  sourceKind: string;
  passageText: string;
}

export const passageIdOf = (documentId: string, n: number) => `${documentId}-p${n}`;

/** Why the proposal cannot be written as it stands (the curation checks), or null when it can. */
export function whyNotWritable(proposal: ReadyProposal, place: ProposalPlace): string | null {
  const final: Final = {
    stance: proposal.stance,
    intensity: proposal.intensity,
    mode: proposal.mode,
    reportedBy: proposal.reportedBy,
    quote: proposal.quote,
    said: saidOnCreate({ date: proposal.date, mode: proposal.mode }, place.documentDate),
  };
  try {
    checkNewStatement({ id: "s-check", speaker: proposal.speaker, target: proposal.target });
    checkStatement(final, place.passageText, place.documentDate, place.sourceKind, true);
  } catch (error) {
    if (error instanceof AppError) return error.message;
    throw error;
  }
  return null;
}

export async function writeProposal(tx: ManagedTransaction, id: string, proposal: ReadyProposal, place: ProposalPlace, by: string, at: string): Promise<void> {
  const passage = passageIdOf(place.documentId, proposal.passage);
  const created = await runIn(tx, CREATE_STATEMENT, { id, speaker: proposal.speaker, target: proposal.target, passage, sourceKind: place.sourceKind });
  if (created.length === 0) throw new AppError("NOT_FOUND", `Statement ${id} cannot be written: its speaker, target or passage ${passage} no longer exists; nothing was changed.`, 404);
  const said = saidOnCreate({ date: proposal.date, mode: proposal.mode }, place.documentDate);
  await saveState(tx, {
    id,
    current: null,
    next: {
      speaker: proposal.speaker,
      target: proposal.target,
      passage,
      quote: proposal.quote,
      stance: proposal.stance,
      intensity: proposal.intensity,
      mode: proposal.mode,
      reportedBy: proposal.reportedBy,
      date: said.date,
      dateQualifier: said.qualifier,
      dateUntil: said.until,
      dateSource: said.source,
      topics: [],
      note: `Proposed on import (confidence ${proposal.confidence.toFixed(2)}): ${proposal.reason}`,
      status: "proposed",
      statusBy: by,
      statusAt: at,
      proposedBy: by,
      retractedAt: null,
      retractedBy: null,
      retractReason: null,
    },
    action: "create",
    by,
    at,
  });
}
