import type { ManagedTransaction } from "neo4j-driver";
import neo4j from "neo4j-driver";
import { runIn } from "../db";
import type { Prepared } from "./prepare";
import type { FoundActor, NewName, Proposal } from "./types";
import { passageIdOf, whyNotWritable, type ProposalPlace, type ReadyProposal } from "./write-proposal";

/**
 * What an import keeps of the names it found that are no actor yet (docs/decisions/0021): each
 * as a NameCandidate for a curator to confirm, merge or dismiss, with its places in the text, and
 * each proposal held back only because it names one, stored so that it can be written later
 * exactly as proposed. Written in the import's own transaction (write.ts).
 *
 *   (:NameCandidate {id, document, name, kind, count, passages, suggestedActor, suggestedName, why, status})
 *     -[:FOUND_IN]->(:Document)
 *   (:NameCandidate)-[:STANDS_IN {start, end, surface}]->(:Passage)
 *   (:HeldProposal {id, document, statementId, quote, stance, …, speaker, target, reportedBy})
 *     -[:IN]->(:Passage), -[:NEEDS {role}]->(:NameCandidate)
 */

export type Role = "speaker" | "target" | "reportedBy";

/** A new name as an import stores it, before any curator has looked at it. */
export interface CandidatePlan {
  id: string;
  name: NewName;
}

export interface HeldPlan {
  statementId: string;
  /** The proposal with the roles still waiting for a candidate set to "". */
  proposal: ReadyProposal;
  needs: { role: Role; candidate: string }[];
}

/** An import's proposals sorted: written now, held for new names, or left out with why. */
export interface ProposalPlan {
  candidates: CandidatePlan[];
  writable: { statementId: string; proposal: ReadyProposal }[];
  held: HeldPlan[];
  skipped: { proposal: Proposal; why: string }[];
}

const ROLES: Role[] = ["speaker", "target", "reportedBy"];
const ROLE_WORD: Record<Role, string> = { speaker: "speaker", target: "target", reportedBy: "reporter" };

const WRITE_CANDIDATES = `
MATCH (d:Document {id: $document})
UNWIND $rows AS row
CREATE (c:NameCandidate {id: row.id})-[:FOUND_IN]->(d)
SET c += row.props, c.document = $document, c.status = 'open', c.foundAt = datetime($at), c.foundBy = $by`;

const WRITE_PLACES = `
UNWIND $rows AS row
MATCH (c:NameCandidate {id: row.candidate}), (p:Passage {id: row.passage})
CREATE (c)-[:STANDS_IN {start: row.start, end: row.end, surface: row.surface}]->(p)`;

const WRITE_HELD = `
UNWIND $rows AS row
MATCH (p:Passage {id: row.passage})
CREATE (h:HeldProposal {id: row.statementId})-[:IN]->(p)
SET h += row.props, h.document = $document, h.heldAt = datetime($at), h.heldBy = $by
WITH h, row
UNWIND row.needs AS need
MATCH (c:NameCandidate {id: need.candidate})
CREATE (h)-[:NEEDS {role: need.role}]->(c)`;

/** Sorts the proposals and numbers what is written: statements first, then the held ones. */
export function planProposals(prepared: Prepared, known: (id: string | null) => boolean, place: (n: number) => ProposalPlace): ProposalPlan {
  const { document, proposals, newNames } = prepared.result;
  const slug = document.id.replace(/^doc-/, "");
  const candidates = newNames.map((name, i) => ({ id: `name-${slug}-${i + 1}`, name }));
  const candidateOf = (actor: FoundActor) => candidates.find((c) => c.name.name === actor.name)?.id ?? null;
  const plan: ProposalPlan = { candidates, writable: [], held: [], skipped: [] };
  const held: Omit<HeldPlan, "statementId">[] = [];
  for (const proposal of proposals) {
    const needs: HeldPlan["needs"] = [];
    let missing: string | null = null;
    const ids: Record<Role, string | null> = { speaker: proposal.speaker.id, target: proposal.target.id, reportedBy: proposal.reportedBy?.id ?? null };
    for (const role of ROLES) {
      const actor = role === "reportedBy" ? proposal.reportedBy : proposal[role];
      if (!actor || known(actor.id)) continue;
      const candidate = candidateOf(actor);
      if (!candidate) missing ??= `${ROLE_WORD[role]} "${actor.name}" is not yet an actor and was not found as a new name`;
      else needs.push({ role, candidate });
      // Stand-ins for the checks below: two roles waiting for one candidate stay equal.
      ids[role] = candidate ? `candidate:${candidate}` : null;
    }
    if (missing) {
      plan.skipped.push({ proposal, why: missing });
      continue;
    }
    const ready: ReadyProposal = { ...proposal, speaker: ids.speaker!, target: ids.target!, reportedBy: ids.reportedBy };
    const why = whyNotWritable(ready, place(proposal.passage));
    if (why) plan.skipped.push({ proposal, why });
    else if (needs.length === 0) plan.writable.push({ statementId: "", proposal: ready });
    else held.push({ proposal: { ...ready, ...Object.fromEntries(needs.map((n) => [n.role, n.role === "reportedBy" ? null : ""])) }, needs });
  }
  const statementId = (n: number) => `s-${slug}-import-${n}`;
  plan.writable = plan.writable.map((w, i) => ({ ...w, statementId: statementId(i + 1) }));
  plan.held = held.map((h, i) => ({ ...h, statementId: statementId(plan.writable.length + i + 1) }));
  return plan;
}

/** Writes the candidates, their places and the held proposals, inside the import's transaction. */
export async function writeCandidates(tx: ManagedTransaction, prepared: Prepared, plan: ProposalPlan, by: string, at: string): Promise<void> {
  const { document, mentions } = prepared.result;
  if (plan.candidates.length === 0) return;
  const rows = plan.candidates.map(({ id, name }) => ({
    id,
    props: {
      name: name.name,
      kind: name.kind,
      count: neo4j.int(name.count),
      passages: name.passages.map((n) => neo4j.int(n)),
      suggestedActor: name.suggestion?.id ?? null,
      suggestedName: name.suggestion?.name ?? null,
      why: name.suggestion?.why ?? null,
    },
  }));
  await runIn(tx, WRITE_CANDIDATES, { document: document.id, rows, at, by });
  const candidateOf = new Map(plan.candidates.map((c) => [c.name.name, c.id]));
  const places = mentions.flatMap((m) => {
    const candidate = m.actor.id === null ? candidateOf.get(m.actor.name) : undefined;
    return candidate ? [{ candidate, passage: passageIdOf(document.id, m.passage), start: neo4j.int(m.start), end: neo4j.int(m.end), surface: m.text }] : [];
  });
  await runIn(tx, WRITE_PLACES, { rows: places });
  const held = plan.held.map(({ statementId, proposal, needs }) => ({
    statementId,
    passage: passageIdOf(document.id, proposal.passage),
    props: { ...proposal, passage: neo4j.int(proposal.passage), intensity: neo4j.int(proposal.intensity) },
    needs,
  }));
  await runIn(tx, WRITE_HELD, { document: document.id, rows: held, at, by });
}
