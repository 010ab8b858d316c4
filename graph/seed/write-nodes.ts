import neo4j, { type ManagedTransaction } from "neo4j-driver";
import { batched, compact } from "./batches";
import type { PassageRow } from "./passages";
import type { Corpus } from "./read";

/**
 * Node upserts: documents and their passages, people and organizations. They replace a node's
 * properties with the row's (`=`, not `+=`): a field taken out of the files leaves the graph too,
 * so a re-seed or a reset yields exactly what the files say.
 */

const UPSERT_DOCUMENTS = `
UNWIND $rows AS row
MERGE (d:Document {id: row.id})
SET d = row.props, d.id = row.id, d.date = date(row.date), d.origin = 'seed'`;

const UPSERT_PASSAGES = `
UNWIND $rows AS row
MATCH (d:Document {id: row.document})
MERGE (p:Passage {id: row.id})
SET p.index = row.index, p.text = row.text, p.origin = 'seed'
MERGE (p)-[:PART_OF]->(d)`;

const UPSERT_PEOPLE = `
UNWIND $rows AS row
MERGE (n:Person:Actor {id: row.id})
SET n = row.props, n.id = row.id`;

const UPSERT_ORGANIZATIONS = `
UNWIND $rows AS row
MERGE (n:Organization:Actor {id: row.id})
SET n = row.props, n.id = row.id`;

export async function writeDocuments(tx: ManagedTransaction, corpus: Corpus, passages: PassageRow[]): Promise<void> {
  await batched(tx, UPSERT_DOCUMENTS, toDocumentRows(corpus));
  await batched(tx, UPSERT_PASSAGES, passages);
}

/** Every document of the corpus as the loaders write it. */
export function toDocumentRows(corpus: Corpus) {
  return corpus.documents.map(({ meta }) => ({
      id: meta.id,
      date: meta.date,
      props: compact({
        title: meta.title,
        kind: meta.kind,
        sourceKind: meta.source_kind,
        citation: meta.citation,
        archive: meta.archive,
        url: meta.url ?? undefined,
        translator: meta.translator ?? undefined,
        language: meta.language,
        originalLanguage: meta.original_language,
        summary: meta.summary,
        credits: meta.credits,
      }),
    }));
}

/** Who made an actor through curation, as a backup recorded it; seed actors carry only their origin. */
const curationProps = (a: { origin: string; version?: number; created_by?: string; created_at?: string }) => ({
  origin: a.origin,
  version: a.version === undefined ? undefined : neo4j.int(a.version),
  createdBy: a.created_by,
  createdAt: a.created_at,
});

export async function writeActors(tx: ManagedTransaction, corpus: Corpus): Promise<void> {
  await batched(tx, UPSERT_PEOPLE, toPersonRows(corpus));
  await batched(tx, UPSERT_ORGANIZATIONS, toOrganizationRows(corpus));
}

/** Every person of the corpus as the loaders write it. */
export function toPersonRows(corpus: Corpus) {
  return corpus.people.map(({ value: p }) => ({
      id: p.id,
      props: compact({
        name: p.name,
        aliases: p.aliases,
        aliasText: p.aliases.join(" | "),
        country: p.country,
        born: p.born,
        died: p.died,
        bio: p.bio,
        unidentified: p.unidentified,
        ...curationProps(p),
      }),
    }));
}

/** Every organization of the corpus as the loaders write it. */
export function toOrganizationRows(corpus: Corpus) {
  return corpus.organizations.map(({ value: o }) => ({
    id: o.id,
    props: compact({ name: o.name, aliases: o.aliases, aliasText: o.aliases.join(" | "), kind: o.kind, country: o.country, bio: o.bio, ...curationProps(o) }),
  }));
}
