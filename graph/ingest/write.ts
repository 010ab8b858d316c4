import type { ManagedTransaction } from "neo4j-driver";
import neo4j from "neo4j-driver";
import { checkNewStatement, checkStatement, saidOnCreate, type Final } from "../curation";
import { runIn, type Database } from "../db";
import { AppError } from "../errors";
import { daysOf, precisionOf } from "../shared/date-said";
import { saveState } from "../statement-store";
import { refuse } from "./errors";
import { hashPassages, type Prepared } from "./prepare";
import type { Proposal } from "./types";

/**
 * An import's one write: the document, its passages and mentions, and each proposal as a proposed
 * statement with its first revision (graph/statement-store.ts), in one transaction, so it lands
 * whole or not at all. The same text imported again is recognised and changes nothing; the id of
 * a document that holds another text is refused.
 */

/** Who proposes an import's statements, in their status and revisions. */
export const IMPORT_PROPOSER = "import";

const FIND_EXISTING = `
OPTIONAL MATCH (d:Document {id: $id})
OPTIONAL MATCH (p:Passage)-[:PART_OF]->(d)
WITH d, p ORDER BY p.index
WITH d, collect(p.text) AS texts
OPTIONAL MATCH (same:Document {contentHash: $hash})
RETURN d IS NOT NULL AS exists, texts, collect(same.id)[0] AS sameText`;

const CREATE_DOCUMENT = `
CREATE (d:Document {id: $id})
SET d += $props, d.date = date($date), d.origin = 'import', d.importedAt = datetime($at)
WITH d
UNWIND $passages AS row
CREATE (p:Passage {id: row.id, index: row.index, text: row.text, origin: 'import'})-[:PART_OF]->(d)`;

const LINK_AUTHORS = `
MATCH (d:Document {id: $id})
UNWIND $authors AS author
MATCH (a:Actor {id: author})
CREATE (d)-[:WRITTEN_BY]->(a)`;

const CREATE_MENTIONS = `
UNWIND $rows AS row
MATCH (p:Passage {id: row.passage})
MATCH (a:Actor {id: row.actor})
CREATE (p)-[:MENTIONS {start: row.start, end: row.end, surface: row.surface}]->(a)`;

const CREATE_STATEMENT = `
MATCH (speaker:Actor {id: $speaker}), (target:Actor {id: $target}), (p:Passage {id: $passage})
CREATE (s:Statement {id: $id})
SET s.sourceKind = $sourceKind
FOREACH (_ IN CASE WHEN $sourceKind = 'tertiary' THEN [1] ELSE [] END | SET s:Tertiary)
CREATE (s)-[:BY]->(speaker), (s)-[:ABOUT]->(target), (s)-[:IN]->(p)`;

export interface Skipped {
  proposal: Proposal;
  why: string;
}

export interface ImportOutcome {
  status: "imported" | "unchanged";
  /** The document's id: the new one, or the one that already holds this text. */
  documentId: string;
  passages: number;
  mentions: number;
  statements: string[];
  /** Proposals not written: a speaker, target or reporter who is not yet an actor, or a check that failed. */
  skipped: Skipped[];
}

const passageIdOf = (documentId: string, n: number) => `${documentId}-p${n}`;

/** Why a proposal cannot be written as it stands, or null when it can. */
function whyNot(proposal: Proposal, known: (id: string | null) => boolean, prepared: Prepared, documentDate: string): string | null {
  const { result } = prepared;
  for (const [role, actor] of [["speaker", proposal.speaker], ["target", proposal.target], ["reporter", proposal.reportedBy]] as const) {
    if (actor && !known(actor.id)) return `${role} "${actor.name}" is not yet an actor: confirm or merge the name, then propose again`;
  }
  const final: Final = {
    stance: proposal.stance,
    intensity: proposal.intensity,
    mode: proposal.mode,
    reportedBy: proposal.reportedBy?.id ?? null,
    quote: proposal.quote,
    said: saidOnCreate({ date: proposal.date, mode: proposal.mode }, documentDate),
  };
  try {
    checkNewStatement({ id: "s-check", speaker: proposal.speaker.id!, target: proposal.target.id! });
    checkStatement(final, result.passages[proposal.passage - 1]?.text ?? "", documentDate, result.document.sourceKind, true);
  } catch (error) {
    if (error instanceof AppError) return error.message;
    throw error;
  }
  return null;
}

async function writeProposal(tx: ManagedTransaction, id: string, proposal: Proposal, prepared: Prepared, documentDate: string, at: string): Promise<void> {
  const { document } = prepared.result;
  const passage = passageIdOf(document.id, proposal.passage);
  await runIn(tx, CREATE_STATEMENT, { id, speaker: proposal.speaker.id, target: proposal.target.id, passage, sourceKind: document.sourceKind });
  const said = saidOnCreate({ date: proposal.date, mode: proposal.mode }, documentDate);
  await saveState(tx, {
    id,
    current: null,
    next: {
      speaker: proposal.speaker.id!,
      target: proposal.target.id!,
      passage,
      quote: proposal.quote,
      stance: proposal.stance,
      intensity: proposal.intensity,
      mode: proposal.mode,
      reportedBy: proposal.reportedBy?.id ?? null,
      date: said.date,
      dateQualifier: said.qualifier,
      dateUntil: said.until,
      dateSource: said.source,
      topics: [],
      note: `Proposed on import (confidence ${proposal.confidence.toFixed(2)}): ${proposal.reason}`,
      status: "proposed",
      statusBy: IMPORT_PROPOSER,
      statusAt: at,
      proposedBy: IMPORT_PROPOSER,
      retractedAt: null,
      retractedBy: null,
      retractReason: null,
    },
    action: "create",
    by: IMPORT_PROPOSER,
    at,
  });
}

/** Writes a prepared import in one transaction; see the module's comment for what is refused. */
export async function writeImport(database: Database, prepared: Prepared, knownActors: ReadonlySet<string>): Promise<ImportOutcome> {
  const { document, passages, mentions, proposals } = prepared.result;
  const documentDate = daysOf(document.date).first;
  const known = (id: string | null) => id !== null && knownActors.has(id);
  const skipped: Skipped[] = [];
  const writable = proposals.filter((proposal) => {
    const why = whyNot(proposal, known, prepared, documentDate);
    if (why) skipped.push({ proposal, why });
    return why === null;
  });
  return database.writeTx(async (tx) => {
    const [found] = await runIn(tx, FIND_EXISTING, { id: document.id, hash: prepared.contentHash });
    const sameText = found!.get("sameText") as string | null;
    const unchanged: ImportOutcome = { status: "unchanged", documentId: sameText ?? document.id, passages: 0, mentions: 0, statements: [], skipped: [] };
    if (found!.get("exists")) {
      if (hashPassages(found!.get("texts") as string[]) === prepared.contentHash) return { ...unchanged, documentId: document.id };
      throw refuse(`a document with the id "${document.id}" already exists and holds a different text; give this one another --id, or leave the existing one as it is.`);
    }
    if (sameText) return unchanged;
    const at = new Date().toISOString();
    const props = { title: document.title, kind: document.kind, sourceKind: document.sourceKind, citation: document.citation, contentHash: prepared.contentHash, datePrecision: precisionOf(document.date) };
    const passageRows = passages.map((p) => ({ id: passageIdOf(document.id, p.n), index: neo4j.int(p.n), text: p.text }));
    await runIn(tx, CREATE_DOCUMENT, { id: document.id, props, date: documentDate, at, passages: passageRows });
    await runIn(tx, LINK_AUTHORS, { id: document.id, authors: document.authors.flatMap((a) => (known(a.id) ? [a.id] : [])) });
    const mentionRows = mentions.filter((m) => known(m.actor.id));
    const rows = mentionRows.map((m) => ({ passage: passageIdOf(document.id, m.passage), actor: m.actor.id, start: neo4j.int(m.start), end: neo4j.int(m.end), surface: m.text }));
    await runIn(tx, CREATE_MENTIONS, { rows });
    const statements: string[] = [];
    for (const [i, proposal] of writable.entries()) {
      const id = `s-${document.id.replace(/^doc-/, "")}-import-${i + 1}`;
      await writeProposal(tx, id, proposal, prepared, documentDate, at);
      statements.push(id);
    }
    return { status: "imported", documentId: document.id, passages: passages.length, mentions: mentionRows.length, statements, skipped };
  });
}
