import neo4j, { type ManagedTransaction } from "neo4j-driver";
import { batched, compact } from "./batches";
import type { Corpus } from "./read";

/**
 * What curation recorded, as a backup carries it: revisions, joined again to the statement or
 * actor they revise when it exists, and accounts (their password hashes; never sessions).
 */

/** A reset starts the record afresh: the revisions come back from the backup, if it has them. */
export const CLEAR_REVISIONS = "MATCH (r:Revision) DETACH DELETE r";

const UPSERT_REVISIONS = `
UNWIND $rows AS row
MERGE (r:Revision {id: row.id})
SET r = row.props, r.id = row.id
WITH r, row
OPTIONAL MATCH (r)-[old:REVISES]->()
DELETE old
WITH DISTINCT r, row
CALL (r, row) {
  MATCH (s:Statement {id: row.props.subject}) WHERE row.props.subjectKind = 'statement'
  CREATE (r)-[:REVISES]->(s)
}
CALL (r, row) {
  MATCH (a:Actor {id: row.props.subject}) WHERE row.props.subjectKind = 'actor'
  CREATE (r)-[:REVISES]->(a)
}`;

const UPSERT_ACCOUNTS = `
UNWIND $rows AS row
MERGE (a:Account {username: row.username})
SET a.role = row.role, a.passwordHash = row.passwordHash, a.createdAt = row.createdAt`;

export async function writeCuration(tx: ManagedTransaction, corpus: Corpus): Promise<void> {
  await batched(
    tx,
    UPSERT_REVISIONS,
    corpus.revisions.map(({ value: r }) => ({
      id: r.id,
      props: compact({
        subject: r.subject,
        subjectKind: r.subject_kind,
        version: neo4j.int(r.version),
        action: r.action,
        by: r.by,
        at: r.at,
        reason: r.reason,
        before: r.before,
        after: r.after,
        reverts: r.reverts,
      }),
    })),
  );
  await batched(
    tx,
    UPSERT_ACCOUNTS,
    corpus.accounts.map(({ value: a }) => ({ username: a.username, role: a.role, passwordHash: a.password_hash, createdAt: a.created_at })),
  );
}
