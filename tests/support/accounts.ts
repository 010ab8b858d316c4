import { addAccount } from "@/graph/auth/accounts";
import { SESSION_COOKIE } from "@/graph/auth/session-cookie";
import type { AccountRole } from "@/graph/schema/generated/resolvers";
import type { Database } from "@/graph/db";
import { removeStatements } from "./database";
import type { Ask } from "./in-process";

/** Test accounts share this prefix, so a file's cleanup removes exactly its own. */
export const TEST_ACCOUNT_PREFIX = "t-";
export const TEST_PASSWORD = "correct horse battery staple";

export const SIGN_IN = `mutation SignIn($username: String!, $password: String!) { signIn(username: $username, password: $password) { expiresAt account { username role createdAt } } }`;
export const ME = `query Me { me { expiresAt account { username role } } }`;

export async function createTestAccount(database: Database, username: string, role: AccountRole): Promise<string> {
  await addAccount(database, { username, role, password: TEST_PASSWORD });
  return username;
}

/**
 * Removes accounts and sessions whose username starts with `prefix`, and the statements those
 * accounts proposed with their revisions: a test file leaves the shared database as it found it,
 * so that no later file counts a test's statement among the seed's.
 */
export async function removeTestAccounts(database: Database, prefix: string): Promise<void> {
  await database.writeTx(async (tx) => {
    const found = await tx.run("MATCH (s:Statement) WHERE s.proposedBy STARTS WITH $prefix RETURN s.id AS id", { prefix });
    await removeStatements(tx, found.records.map((r) => r.get("id") as string));
  });
  await database.writeTx(
    (tx) => tx.run("MATCH (n) WHERE (n:Account OR n:Session) AND n.username STARTS WITH $prefix DETACH DELETE n", { prefix }),
    { dataVersion: false },
  );
}

/** The session cookie a Set-Cookie header sets, as a Cookie header sends it back; null when none. */
export function sessionCookieFrom(headers: Headers): string | null {
  const set = headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  const pair = set?.split(";")[0];
  return pair && pair !== `${SESSION_COOKIE}=` ? pair : null;
}

/** Signs in and answers the Cookie header that carries the session. */
export async function signInAs(ask: Ask, username: string, password = TEST_PASSWORD): Promise<{ cookie: string }> {
  const answer = await ask(SIGN_IN, { username, password });
  const cookie = sessionCookieFrom(answer.headers);
  if (!cookie) throw new Error(`signIn as ${username} set no cookie: ${answer.message}`);
  return { cookie };
}
