import neo4j, { type ManagedTransaction } from "neo4j-driver";
import { placeOf, precisionOf } from "../shared/date-said";
import { batched, compact } from "./batches";
import { passageId, type PassageMentions } from "./passages";
import type { Corpus } from "./read";

/**
 * Relationship writes, once the nodes they join exist: memberships, authors and recipients,
 * mentions, and statements (a node for each, joined to its speaker, target and passage). Each
 * replaces what the seed wrote before, so a relationship taken out of the files leaves the graph.
 */

const REPLACE_MEMBERSHIPS = `
UNWIND $rows AS row
MATCH (p:Person {id: row.person})
OPTIONAL MATCH (p)-[old:MEMBER_OF]->()
DELETE old
WITH DISTINCT p, row
UNWIND row.roles AS role
MATCH (o:Organization {id: role.org})
CREATE (p)-[:MEMBER_OF {role: role.title, from: role.from, to: role.to}]->(o)`;

const REPLACE_DOCUMENT_LINKS = `
UNWIND $rows AS row
MATCH (d:Document {id: row.id})
OPTIONAL MATCH (d)-[old:WRITTEN_BY|ADDRESSED_TO]->()
DELETE old
WITH DISTINCT d, row
CALL (d, row) {
  UNWIND row.authors AS author
  MATCH (a:Actor {id: author})
  CREATE (d)-[:WRITTEN_BY]->(a)
}
CALL (d, row) {
  UNWIND row.recipients AS recipient
  MATCH (a:Actor {id: recipient})
  CREATE (d)-[:ADDRESSED_TO]->(a)
}`;

/**
 * A passage's mentions made again only where they differ from the ones it has (compared as
 * [entity, start, end, surface]; the matcher never finds two at one place), so a re-seed of an
 * unchanged corpus deletes and creates none. Each passage is found by an index seek (the hint), and
 * its own few mentions read from it: the plan Neo4j cached once for the statement "clear the
 * mentions of this passage" after the graph was loaded and emptied scanned the whole Passage id
 * index for every row (87 million db hits for 17,413 passages), and a re-seed of 100k statements
 * stalled on it; a hint holds the plan whatever the cache and statistics say (docs/decisions/0028).
 */
export const REPLACE_MENTIONS = `
UNWIND $rows AS row
MATCH (p:Passage {id: row.passage})
USING INDEX SEEK p:Passage(id)
WITH p, row, [(p)-[m:MENTIONS]->(a) | [a.id, m.start, m.end, m.surface]] AS found
WHERE NOT (size(found) = size(row.keys) AND all(k IN found WHERE k IN row.keys) AND all(k IN row.keys WHERE k IN found))
CALL (p) {
  MATCH (p)-[m:MENTIONS]->()
  DELETE m
}
CALL (p, row) {
  UNWIND row.mentions AS mention
  MATCH (a:Actor {id: mention.entity})
  USING INDEX SEEK a:Actor(id)
  CREATE (p)-[:MENTIONS {start: mention.start, end: mention.end, surface: mention.surface}]->(a)
}`;

// Index seeks by hint, as in REPLACE_MENTIONS: a first load after the graph was emptied must not use a plan made for the empty graph.
export const CREATE_MENTIONS = `
UNWIND $rows AS row
MATCH (p:Passage {id: row.passage})
USING INDEX SEEK p:Passage(id)
MATCH (a:Actor {id: row.entity})
USING INDEX SEEK a:Actor(id)
CREATE (p)-[:MENTIONS {start: row.start, end: row.end, surface: row.surface}]->(a)`;

const UPSERT_STATEMENTS = `
UNWIND $rows AS row
MERGE (s:Statement {id: row.id})
  ON CREATE SET s.origin = 'seed'
WITH s, row
// A statement changed through curation is the curator's now: the seed leaves it alone.
WHERE s.origin = 'seed'
SET s = row.props, s.id = row.id, s.date = date(row.dateFirst), s.dateLast = date(row.dateLast)
// Labels, not only properties, so that counts leave tertiary sources and unpublished statements out at no cost.
FOREACH (_ IN CASE WHEN row.props.sourceKind = 'tertiary' THEN [1] ELSE [] END | SET s:Tertiary)
FOREACH (_ IN CASE WHEN row.props.sourceKind = 'tertiary' THEN [] ELSE [1] END | REMOVE s:Tertiary)
REMOVE s:Published:Proposed
FOREACH (_ IN CASE WHEN row.props.status = 'accepted' THEN [1] ELSE [] END | SET s:Published)
FOREACH (_ IN CASE WHEN row.props.status = 'proposed' THEN [1] ELSE [] END | SET s:Proposed)
WITH s, row
OPTIONAL MATCH (s)-[old:BY|ABOUT|IN|REPORTED_BY]->()
DELETE old
WITH DISTINCT s, row
MATCH (speaker:Actor {id: row.speaker})
MATCH (target:Actor {id: row.target})
MATCH (passage:Passage {id: row.passage})
CREATE (s)-[:BY]->(speaker), (s)-[:ABOUT]->(target), (s)-[:IN]->(passage)
WITH s, row
CALL (s, row) {
  MATCH (reporter:Actor {id: row.reportedBy})
  CREATE (s)-[:REPORTED_BY]->(reporter)
}`;

export async function writeAffiliations(tx: ManagedTransaction, corpus: Corpus): Promise<void> {
  await batched(
    tx,
    REPLACE_MEMBERSHIPS,
    corpus.people.map(({ value: p }) => ({
      person: p.id,
      roles: p.roles.map((r) => ({ org: r.org, title: r.title, from: r.from ?? null, to: r.to ?? null })),
    })),
  );
  await batched(
    tx,
    REPLACE_DOCUMENT_LINKS,
    corpus.documents.map(({ meta }) => ({ id: meta.id, authors: meta.authors, recipients: meta.recipients })),
  );
}

/** Every passage's mentions, each passage's replaced only where they changed. */
export async function writeMentions(tx: ManagedTransaction, mentions: PassageMentions[]): Promise<void> {
  await batched(tx, REPLACE_MENTIONS, toPassageMentionRows(mentions));
}

/** A passage's mentions as REPLACE_MENTIONS takes them: to write, and as keys to compare. */
export const toPassageMentionRows = (mentions: PassageMentions[]) =>
  mentions.map((pm) => ({ passage: pm.passage, mentions: pm.mentions, keys: pm.mentions.map((m) => [m.entity, m.start, m.end, m.surface]) }));

/**
 * A statement keeps its date as the text gives it (`dateSaid`, with precision, qualifier and
 * source) and is placed on the days that date covers (`date`, `dateLast`), by which filters, the
 * timeline and paging order it. It carries its document's source kind, so that tertiary sources
 * can be left out of counts without a join. Its review status (accepted unless the file says
 * otherwise) is a property and, for accepted and proposed ones, a label (Published, Proposed).
 */
export async function writeStatements(tx: ManagedTransaction, corpus: Corpus): Promise<void> {
  await batched(tx, UPSERT_STATEMENTS, toStatementRows(corpus));
}

export type StatementRow = ReturnType<typeof toStatementRows>[number];

/** Every statement of the corpus as the loaders write it. */
export function toStatementRows(corpus: Corpus) {
  const sourceKind = new Map(corpus.documents.map((d) => [d.meta.id, d.meta.source_kind]));
  return corpus.statements.map(({ value: s }) => {
    const place = placeOf({ date: s.date, until: s.date_until ?? null });
    return {
      id: s.id,
      speaker: s.speaker,
      target: s.target,
      passage: passageId(s.document, s.passage),
      reportedBy: s.reported_by ?? null,
      dateFirst: place.first,
      dateLast: place.last,
      props: compact({
        quote: s.quote,
        stance: s.stance,
        intensity: s.intensity,
        mode: s.mode,
        topics: s.topics,
        note: s.note,
        dateSaid: s.date,
        datePrecision: precisionOf(s.date) ?? undefined,
        dateQualifier: s.date_qualifier,
        dateUntil: s.date_until,
        dateSource: s.date_source,
        sourceKind: sourceKind.get(s.document),
        origin: s.origin,
        status: s.status,
        statusBy: s.status_by,
        statusAt: s.status_at,
        proposedBy: s.proposed_by,
        version: neo4j.int(s.version ?? 1),
        curatedBy: s.curated_by,
        curatedAt: s.curated_at,
        retractedAt: s.retracted_at,
        retractedBy: s.retracted_by,
        retractReason: s.retract_reason,
      }),
    };
  });
}

/** Every mention as the loaders write it. */
export const toMentionRows = (mentions: PassageMentions[]) => mentions.flatMap((pm) => pm.mentions.map((m) => ({ passage: pm.passage, ...m })));
