import neo4j from "neo4j-driver";
import { runIn, type Database } from "../db";
import { daysOf, precisionOf } from "../shared/date-said";
import { refuse } from "./errors";
import { planProposals, writeCandidates } from "./name-candidates";
import { hashPassages, type Prepared } from "./prepare";
import type { NameCandidateRecord } from "../name-review";
import type { Proposal } from "./types";
import { IMPORT_PROPOSER, passageIdOf, writeProposal } from "./write-proposal";

/**
 * An import's one write: the document, its passages and mentions, and each proposal as a proposed
 * statement with its first revision (graph/statement-store.ts), and the new names found with the
 * proposals that wait for them (name-candidates.ts), in one transaction, so it lands
 * whole or not at all. The same text imported again is recognised and changes nothing; the id of
 * a document that holds another text is refused.
 */

export { IMPORT_PROPOSER };

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
  /** The new names stored as candidates (graph/ingest/name-candidates.ts). */
  candidates: NameCandidateRecord[];
  /** Proposals held until the new names they need are confirmed or merged. */
  held: number;
  /** Proposals not written nor held: a name that is no actor nor a new name, or a check that failed. */
  skipped: Skipped[];
}

/**
 * Writes a prepared import in one transaction; see the module's comment for what is refused.
 * `by` is the curator who imported, recorded as the proposer of its statements; the command line
 * leaves it to IMPORT_PROPOSER.
 */
export async function writeImport(database: Database, prepared: Prepared, knownActors: ReadonlySet<string>, by: string = IMPORT_PROPOSER): Promise<ImportOutcome> {
  const { document, passages, mentions } = prepared.result;
  const documentDate = daysOf(document.date).first;
  const known = (id: string | null) => id !== null && knownActors.has(id);
  const placeOf = (n: number) => ({ documentId: document.id, documentDate, sourceKind: document.sourceKind, passageText: passages[n - 1]?.text ?? "" });
  const plan = planProposals(prepared, known, placeOf);
  return database.writeTx(async (tx) => {
    const [found] = await runIn(tx, FIND_EXISTING, { id: document.id, hash: prepared.contentHash });
    const sameText = found!.get("sameText") as string | null;
    const unchanged: ImportOutcome = { status: "unchanged", documentId: sameText ?? document.id, passages: 0, mentions: 0, statements: [], candidates: [], held: 0, skipped: [] };
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
    for (const { statementId, proposal } of plan.writable) await writeProposal(tx, statementId, proposal, placeOf(proposal.passage), by, at);
    await writeCandidates(tx, prepared, plan, by, at);
    return {
      status: "imported",
      documentId: document.id,
      passages: passages.length,
      mentions: mentionRows.length,
      statements: plan.writable.map((w) => w.statementId),
      candidates: plan.candidates.map(({ id, name }) => ({
        id,
        documentId: document.id,
        documentTitle: document.title,
        ...name,
        status: "open" as const,
        held: plan.held.filter((h) => h.needs.some((n) => n.candidate === id)).length,
        actor: null,
        resolvedBy: null,
        resolvedAt: null,
        reason: null,
      })),
      held: plan.held.length,
      skipped: plan.skipped,
    };
  });
}
