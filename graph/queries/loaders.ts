import DataLoader from "dataloader";
import neo4j from "neo4j-driver";
import type { Database } from "../db";
import type { Actor, DocumentRecord, MentionRecord, PassageRecord, Role, StatementEntry, StatementRecord } from "../types";
import type { StatementFilter } from "./filters";
import { getTimelineParts, type TimelineParts } from "./timeline";
import { ACTOR, ACTOR_REF, DOCUMENT, PASSAGE, STATEMENT, STATEMENT_ENTRY, toActor, toActorRef, toDocument, toMention, toPassage, toRole, toStatement, toStatementEntry } from "./records";

/**
 * Per-request batch loaders: however many parents a query touches, each kind of child is fetched
 * with one Cypher round trip (UNWIND over the collected ids). This is what keeps nested GraphQL
 * queries free of a query per parent.
 */

type Row = Record<string, unknown>;

/** Builds a loader from a query that takes $ids and returns (id, value) rows. */
function loader<V>(database: Database, cypher: string, map: (value: unknown) => V, empty: V, extra: Record<string, unknown> = {}) {
  return new DataLoader<string, V>(async (ids) => {
    const rows = await database.read(cypher, { ids: [...ids], ...extra });
    const byId = new Map(rows.map((r) => [r.get("id") as string, map(r.get("value"))]));
    return ids.map((id) => byId.get(id) ?? empty);
  });
}

const list = <T>(map: (row: Row) => T) => (value: unknown) => (value as Row[]).map(map);

export const LOAD_ACTORS = `
UNWIND $ids AS id
MATCH (a:Actor {id: id})
RETURN id, ${ACTOR("a")} AS value`;

export const LOAD_DOCUMENTS = `
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN id, ${DOCUMENT("d")} AS value`;

export const LOAD_STATEMENTS = `
UNWIND $ids AS id
MATCH (s:Statement {id: id})
RETURN id, ${STATEMENT("s")} AS value`;

export const LOAD_PASSAGES = `
UNWIND $ids AS id
MATCH (p:Passage {id: id})
RETURN id, ${PASSAGE("p")} AS value`;

export const LOAD_PASSAGES_OF_DOCUMENTS = `
UNWIND $ids AS id
MATCH (d:Document {id: id})<-[:PART_OF]-(p:Passage)
WITH id, p ORDER BY p.index
RETURN id, collect(${PASSAGE("p")}) AS value`;

export const LOAD_MENTIONS_IN_PASSAGES = `
UNWIND $ids AS id
MATCH (p:Passage {id: id})-[m:MENTIONS]->(a:Actor)
WITH id, m, a ORDER BY m.start
RETURN id, collect({start: m.start, end: m.end, surface: m.surface, actorId: a.id, passageId: id}) AS value`;

export const LOAD_MENTIONS_OF_ACTORS = `
UNWIND $ids AS id
MATCH (a:Actor {id: id})<-[m:MENTIONS]-(p:Passage)-[:PART_OF]->(d:Document)
WITH id, m, p, d ORDER BY d.date, p.index, m.start
RETURN id, collect({start: m.start, end: m.end, surface: m.surface, actorId: id, passageId: p.id})[0..$limit] AS value`;

export const LOAD_DOCUMENTS_OF_ACTORS = `
UNWIND $ids AS id
MATCH (a:Actor {id: id})<-[:MENTIONS]-(:Passage)-[:PART_OF]->(d:Document)
WITH DISTINCT id, d ORDER BY d.date
RETURN id, collect(${DOCUMENT("d")}) AS value`;

export const LOAD_ROLES_OF_PEOPLE = `
UNWIND $ids AS id
MATCH (p:Person {id: id})-[r:MEMBER_OF]->(o:Organization)
WITH id, p, r, o ORDER BY coalesce(r.from, 0), o.name
RETURN id, collect({personId: p.id, organizationId: o.id, title: r.role, from: r.from, to: r.to}) AS value`;

export const LOAD_MEMBERS_OF_ORGANIZATIONS = `
UNWIND $ids AS id
MATCH (o:Organization {id: id})<-[r:MEMBER_OF]-(p:Person)
WITH id, p, r, o ORDER BY p.name
RETURN id, collect({personId: p.id, organizationId: o.id, title: r.role, from: r.from, to: r.to}) AS value`;

export const LOAD_STATEMENTS_IN_PASSAGES = `
UNWIND $ids AS id
MATCH (p:Passage {id: id})<-[:IN]-(s:Statement)
WHERE s:Published
WITH id, s ORDER BY s.date, s.id
RETURN id, collect(${STATEMENT("s")}) AS value`;

export const LOAD_STATEMENTS_IN_DOCUMENTS = `
UNWIND $ids AS id
MATCH (:Document {id: id})<-[:PART_OF]-(p:Passage)<-[:IN]-(s:Statement)
WHERE s:Published
WITH id, p, s ORDER BY p.index, s.id
RETURN id, collect(${STATEMENT("s")}) AS value`;

/** An actor's first statements by date, made (BY) or received (ABOUT); only those kept are projected. */
const statementsOfActors = (relation: "BY" | "ABOUT", projection: (v: string) => string) => `
UNWIND $ids AS id
MATCH (:Actor {id: id})<-[:${relation}]-(s:Statement)
WHERE s:Published
WITH id, s ORDER BY s.date, s.id
WITH id, collect(s)[0..$limit] AS kept
RETURN id, [s IN kept | ${projection("s")}] AS value`;

export const LOAD_STATEMENTS_BY_ACTORS = statementsOfActors("BY", STATEMENT);
export const LOAD_STATEMENTS_ABOUT_ACTORS = statementsOfActors("ABOUT", STATEMENT);
/** The same lists as entries, for a query that asks no more of them (decision 0034). */
export const LOAD_STATEMENT_ENTRIES_BY_ACTORS = statementsOfActors("BY", STATEMENT_ENTRY);
export const LOAD_STATEMENT_ENTRIES_ABOUT_ACTORS = statementsOfActors("ABOUT", STATEMENT_ENTRY);

export const LOAD_DOCUMENT_PARTIES = `
UNWIND $ids AS id
MATCH (d:Document {id: id})
RETURN id, {
  authors: [(d)-[:WRITTEN_BY]->(x:Actor) | ${ACTOR_REF("x")}],
  recipients: [(d)-[:ADDRESSED_TO]->(x:Actor) | ${ACTOR_REF("x")}]
} AS value`;

/** Nested lists are capped: a person's statements or mentions inside a larger query. */
export const NESTED_LIMIT = 200;

export function createLoaders(database: Database) {
  const limit = { limit: neo4j.int(NESTED_LIMIT) };
  return {
    actor: loader<Actor | null>(database, LOAD_ACTORS, (v) => toActor(v as Row), null),
    document: loader<DocumentRecord | null>(database, LOAD_DOCUMENTS, (v) => toDocument(v as Row), null),
    passage: loader<PassageRecord | null>(database, LOAD_PASSAGES, (v) => toPassage(v as Row), null),
    statement: loader<StatementRecord | null>(database, LOAD_STATEMENTS, (v) => toStatement(v as Row), null),
    passagesOfDocument: loader<PassageRecord[]>(database, LOAD_PASSAGES_OF_DOCUMENTS, list(toPassage), []),
    mentionsInPassage: loader<MentionRecord[]>(database, LOAD_MENTIONS_IN_PASSAGES, list(toMention), []),
    mentionsOfActor: loader<MentionRecord[]>(database, LOAD_MENTIONS_OF_ACTORS, list(toMention), [], limit),
    documentsOfActor: loader<DocumentRecord[]>(database, LOAD_DOCUMENTS_OF_ACTORS, list(toDocument), []),
    rolesOfPerson: loader<Role[]>(database, LOAD_ROLES_OF_PEOPLE, list(toRole), []),
    membersOfOrganization: loader<Role[]>(database, LOAD_MEMBERS_OF_ORGANIZATIONS, list(toRole), []),
    statementsInPassage: loader<StatementRecord[]>(database, LOAD_STATEMENTS_IN_PASSAGES, list(toStatement), []),
    statementsInDocument: loader<StatementRecord[]>(database, LOAD_STATEMENTS_IN_DOCUMENTS, list(toStatement), []),
    statementsBy: loader<StatementRecord[]>(database, LOAD_STATEMENTS_BY_ACTORS, list(toStatement), [], limit),
    statementsAbout: loader<StatementRecord[]>(database, LOAD_STATEMENTS_ABOUT_ACTORS, list(toStatement), [], limit),
    statementEntriesBy: loader<StatementEntry[]>(database, LOAD_STATEMENT_ENTRIES_BY_ACTORS, list(toStatementEntry), [], limit),
    statementEntriesAbout: loader<StatementEntry[]>(database, LOAD_STATEMENT_ENTRIES_ABOUT_ACTORS, list(toStatementEntry), [], limit),
    // The months and the spans come from one query: read once per request and filter, whichever fields ask.
    timelineParts: new DataLoader<string, TimelineParts>((filters) =>
      Promise.all(filters.map((filter) => getTimelineParts(database, JSON.parse(filter) as StatementFilter))),
    ),
    documentParties: loader(
      database,
      LOAD_DOCUMENT_PARTIES,
      (v) => {
        const row = v as { authors: Row[]; recipients: Row[] };
        return { authors: row.authors.map(toActorRef), recipients: row.recipients.map(toActorRef) };
      },
      { authors: [], recipients: [] },
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
