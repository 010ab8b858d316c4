import { randomBytes } from "node:crypto";
import type { ManagedTransaction } from "neo4j-driver";
import { runIn, type Database } from "../db";
import { toNumber } from "../map";
import type { AccountRole } from "../schema/generated/resolvers";

/**
 * Sessions are records in Neo4j, so that they can expire and be revoked: the cookie carries only
 * a sealed random id (./session-cookie.ts). A session lasts a fixed time from sign-in; using it
 * does not extend it, so reading a page stays a read (docs/decisions/0016-accounts-and-sessions.md).
 */
export interface LiveSession {
  id: string;
  username: string;
  role: AccountRole;
  /** When the account was made, ISO date-time. */
  accountCreatedAt: string;
  /** ISO date-time. */
  expiresAt: string;
}

const CREATE_SESSION = `
MATCH (a:Account {username: $username})
CREATE (s:Session {id: $id, username: a.username, createdAt: datetime(), expiresAt: datetime() + duration({seconds: $ttlSeconds})})
WITH a, s
// Records of sessions long over are not kept for ever.
OPTIONAL MATCH (old:Session {username: a.username})
WHERE old.expiresAt < datetime() - duration('P30D') OR old.revokedAt < datetime() - duration('P30D')
DETACH DELETE old
RETURN DISTINCT toString(s.expiresAt) AS expiresAt`;

/** A live session: not revoked, not expired, and its account still there. */
const READ_SESSION = `
MATCH (s:Session {id: $id})
WHERE s.revokedAt IS NULL AND s.expiresAt > datetime()
MATCH (a:Account {username: s.username})
RETURN a.username AS username, a.role AS role, toString(a.createdAt) AS accountCreatedAt, toString(s.expiresAt) AS expiresAt`;

const REVOKE_SESSION = `
MATCH (s:Session {id: $id}) WHERE s.revokedAt IS NULL
SET s.revokedAt = datetime()
RETURN count(s) AS revoked`;

/** Ends every live session of an account; run inside the transaction that changes the account. */
export const REVOKE_SESSIONS_OF = `
MATCH (s:Session {username: $username})
WHERE s.revokedAt IS NULL AND s.expiresAt > datetime()
SET s.revokedAt = datetime()
RETURN count(s) AS revoked`;

/** 256 random bits: the id is unguessable even before it is sealed. */
const newSessionId = () => randomBytes(32).toString("base64url");

/** Starts a session for an account; answers null when the account does not exist. */
export async function createSession(database: Database, username: string, ttlHours: number): Promise<{ id: string; expiresAt: string } | null> {
  const id = newSessionId();
  const ttlSeconds = Math.round(ttlHours * 3600);
  const records = await database.writeTx((tx) => runIn(tx, CREATE_SESSION, { id, username, ttlSeconds }), { dataVersion: false });
  const expiresAt = records[0]?.get("expiresAt") as string | undefined;
  return expiresAt ? { id, expiresAt } : null;
}

export async function readSession(database: Database, id: string): Promise<LiveSession | null> {
  const record = (await database.read(READ_SESSION, { id }))[0];
  if (!record) return null;
  return {
    id,
    username: record.get("username") as string,
    role: record.get("role") as AccountRole,
    accountCreatedAt: record.get("accountCreatedAt") as string,
    expiresAt: record.get("expiresAt") as string,
  };
}

/** Ends one session; true when it was live. */
export async function revokeSession(database: Database, id: string): Promise<boolean> {
  const records = await database.writeTx((tx) => runIn(tx, REVOKE_SESSION, { id }), { dataVersion: false });
  return toNumber(records[0]?.get("revoked")) > 0;
}

export async function revokeSessionsIn(tx: ManagedTransaction, username: string): Promise<number> {
  return toNumber((await runIn(tx, REVOKE_SESSIONS_OF, { username }))[0]?.get("revoked"));
}
