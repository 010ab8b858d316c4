import type { Database } from "../db";
import { runIn } from "../db";
import { AppError } from "../errors";
import { toNumber } from "../map";
import type { AccountRole } from "../schema/generated/resolvers";
import { checkPassword, checkRole, checkUsername } from "./account-rules";
import { dummyHash, hashPassword, verifyPassword } from "./password";
import { revokeSessionsIn } from "./sessions";

/** An account as the rest of the app sees it: never its password hash. */
export interface AccountRecord {
  username: string;
  role: AccountRole;
  /** ISO date-time. */
  createdAt: string;
}

const FIELDS = "a.username AS username, a.role AS role, toString(a.createdAt) AS createdAt";

const FIND_ACCOUNT = `MATCH (a:Account {username: $username}) RETURN ${FIELDS}`;
const CREATE_ACCOUNT = `
CREATE (a:Account {username: $username, role: $role, passwordHash: $passwordHash, createdAt: datetime()})
RETURN ${FIELDS}`;
const LIST_ACCOUNTS = `MATCH (a:Account) RETURN ${FIELDS} ORDER BY a.username`;
const REMOVE_ACCOUNT = "MATCH (a:Account {username: $username}) DELETE a RETURN count(*) AS removed";
const SET_ROLE = `MATCH (a:Account {username: $username}) SET a.role = $role RETURN ${FIELDS}`;
const SET_PASSWORD = `MATCH (a:Account {username: $username}) SET a.passwordHash = $passwordHash RETURN ${FIELDS}`;
const READ_HASH = `MATCH (a:Account {username: $username}) RETURN a.passwordHash AS passwordHash, ${FIELDS}`;

type Row = { get(key: string): unknown };

function toAccount(record: Row): AccountRecord {
  return { username: record.get("username") as string, role: record.get("role") as AccountRole, createdAt: record.get("createdAt") as string };
}

const noAccount = (username: string) =>
  new AppError("NOT_FOUND", `There is no account "${username}". \`npm run users -- list\` lists them.`, 404);

/** Writes to accounts change none of the graph's answers, so they leave the data version alone. */
const ACCOUNT_WRITE = { dataVersion: false } as const;

export async function addAccount(database: Database, input: { username: string; role: string; password: string }): Promise<AccountRecord> {
  const username = checkUsername(input.username);
  const role = checkRole(input.role);
  const passwordHash = await hashPassword(checkPassword(input.password));
  return database.writeTx(async (tx) => {
    if ((await runIn(tx, FIND_ACCOUNT, { username })).length > 0) {
      throw new AppError("BAD_USER_INPUT", `An account "${username}" already exists; \`set-role\` or \`set-password\` change it.`);
    }
    // The uniqueness constraint on username stops a concurrent second add that passed the check.
    return toAccount((await runIn(tx, CREATE_ACCOUNT, { username, role, passwordHash }))[0]!);
  }, ACCOUNT_WRITE);
}

export async function listAccounts(database: Database): Promise<AccountRecord[]> {
  return (await database.read(LIST_ACCOUNTS)).map(toAccount);
}

export async function findAccount(database: Database, username: string): Promise<AccountRecord | null> {
  const record = (await database.read(FIND_ACCOUNT, { username }))[0];
  return record ? toAccount(record) : null;
}

/** Removes an account and ends its sessions, in one transaction; answers how many sessions ended. */
export async function removeAccount(database: Database, rawUsername: string): Promise<number> {
  const username = checkUsername(rawUsername);
  return database.writeTx(async (tx) => {
    const revoked = await revokeSessionsIn(tx, username);
    if (toNumber((await runIn(tx, REMOVE_ACCOUNT, { username }))[0]?.get("removed")) === 0) throw noAccount(username);
    return revoked;
  }, ACCOUNT_WRITE);
}

/** A new role takes effect at the next sign-in: the account's sessions end with the change. */
export async function setRole(database: Database, rawUsername: string, rawRole: string): Promise<{ account: AccountRecord; revoked: number }> {
  const username = checkUsername(rawUsername);
  const role = checkRole(rawRole);
  return database.writeTx(async (tx) => {
    const record = (await runIn(tx, SET_ROLE, { username, role }))[0];
    if (!record) throw noAccount(username);
    return { account: toAccount(record), revoked: await revokeSessionsIn(tx, username) };
  }, ACCOUNT_WRITE);
}

/** A new password ends every session signed in with the old one. */
export async function setPassword(database: Database, rawUsername: string, password: string): Promise<{ account: AccountRecord; revoked: number }> {
  const username = checkUsername(rawUsername);
  const passwordHash = await hashPassword(checkPassword(password));
  return database.writeTx(async (tx) => {
    const record = (await runIn(tx, SET_PASSWORD, { username, passwordHash }))[0];
    if (!record) throw noAccount(username);
    return { account: toAccount(record), revoked: await revokeSessionsIn(tx, username) };
  }, ACCOUNT_WRITE);
}

/** Ends every live session of an account; answers how many. */
export async function revokeSessionsOf(database: Database, rawUsername: string): Promise<number> {
  const username = checkUsername(rawUsername);
  return database.writeTx(async (tx) => {
    if ((await runIn(tx, FIND_ACCOUNT, { username })).length === 0) throw noAccount(username);
    return revokeSessionsIn(tx, username);
  }, ACCOUNT_WRITE);
}

/**
 * The account whose password this is, or null. An unknown or malformed username is checked
 * against a dummy hash, so that every wrong answer costs the same time.
 */
export async function verifyCredentials(database: Database, rawUsername: string, password: string): Promise<AccountRecord | null> {
  const username = rawUsername.trim().toLowerCase();
  const record = password.length <= 1024 && /^[a-z0-9-]{1,40}$/.test(username) ? (await database.read(READ_HASH, { username }))[0] : undefined;
  const stored = record?.get("passwordHash") as unknown;
  const passwordHash = typeof stored === "string" ? stored : await dummyHash();
  const matches = await verifyPassword(passwordHash, password.slice(0, 1024));
  return matches && record ? toAccount(record) : null;
}
