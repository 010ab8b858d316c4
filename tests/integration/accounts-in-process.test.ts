import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SIGN_IN_LIMIT, SIGN_IN_REFUSED } from "@/graph/schema/account-resolvers";
import { toNumber } from "@/graph/map";
import { CLIENT_HEADER } from "@/graph/schema/context";
import { ME, SIGN_IN, createTestAccount, removeTestAccounts, sessionCookieFrom, signInAs, TEST_PASSWORD } from "../support/accounts";
import { CURATION_PASSAGE, statementCount, statementInput } from "../support/curation";
import { openTestDatabase } from "../support/database";
import { TEST_SESSION_SECRET } from "../support/env";
import { inProcessServer } from "../support/in-process";

const database = openTestDatabase();
const PREFIX = "t-acc-";
const viewer = `${PREFIX}viewer`;
const curator = `${PREFIX}curator`;
const admin = `${PREFIX}admin`;

beforeAll(async () => {
  await removeTestAccounts(database, PREFIX);
  await createTestAccount(database, viewer, "viewer");
  await createTestAccount(database, curator, "curator");
  await createTestAccount(database, admin, "admin");
});
afterAll(async () => {
  await removeTestAccounts(database, PREFIX);
  await database.close();
});

const { ask } = inProcessServer(database);
const CREATE = `mutation Create($input: StatementInput!) { createStatement(input: $input) { id } }`;
const liveSessions = async (username: string) =>
  toNumber((await database.read("MATCH (s:Session {username: $username}) WHERE s.revokedAt IS NULL RETURN count(s) AS n", { username }))[0]!.get("n"));

describe("signing in and out", () => {
  it("sets an httpOnly, SameSite session cookie that `me` reads, and signing out clears it and ends the session", async () => {
    const answer = await ask<{ signIn: { account: { username: string; role: string } } }>(SIGN_IN, { username: curator, password: TEST_PASSWORD });
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.signIn.account).toMatchObject({ username: curator, role: "curator" });
    const set = answer.headers.getSetCookie();
    expect(set).toHaveLength(1);
    expect(set[0]).toMatch(/^stance_session=Fe26\.2\*/);
    expect(set[0]).toMatch(/; HttpOnly/);
    expect(set[0]).toMatch(/; SameSite=Lax/);
    expect(set[0]).toMatch(/; Path=\//);
    expect(set[0]).not.toMatch(/; Secure/);
    const cookie = sessionCookieFrom(answer.headers)!;

    const me = await ask<{ me: { account: { username: string; role: string } } | null }>(ME, {}, { cookie });
    expect(me.data?.me?.account).toEqual({ username: curator, role: "curator" });

    const out = await ask<{ signOut: boolean }>(`mutation { signOut }`, {}, { cookie });
    expect(out.data?.signOut).toBe(true);
    expect(out.headers.getSetCookie()[0]).toMatch(/^stance_session=; Path=\/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; SameSite=Lax; HttpOnly/);
    expect((await ask<{ me: unknown }>(ME, {}, { cookie })).data?.me).toBeNull();
    expect(await liveSessions(curator)).toBe(0);
  });

  it("marks the cookie Secure when served over https", async () => {
    const answer = await ask(SIGN_IN, { username: viewer, password: TEST_PASSWORD }, { "x-forwarded-proto": "https" });
    expect(answer.headers.getSetCookie()[0]).toMatch(/; Secure/);
  });

  it("answers an unknown username and a wrong password alike, in comparable time", async () => {
    const unknown = await ask(SIGN_IN, { username: `${PREFIX}nobody`, password: TEST_PASSWORD }, { [CLIENT_HEADER]: "198.51.100.31" });
    const wrong = await ask(SIGN_IN, { username: admin, password: "not the password at all" }, { [CLIENT_HEADER]: "198.51.100.31" });
    for (const answer of [unknown, wrong]) {
      expect(answer.code).toBe("UNAUTHENTICATED");
      expect(answer.message).toBe(SIGN_IN_REFUSED);
      expect(answer.status).toBe(401);
      expect(answer.headers.getSetCookie()).toEqual([]);
    }
    // Both verify a password hash: the fastest unknown-user answer is not much faster than the fastest wrong password.
    const fastest = async (username: string) => {
      let best = Infinity;
      for (let i = 0; i < 3; i++) {
        const began = performance.now();
        await ask(SIGN_IN, { username, password: "still not the password" }, { [CLIENT_HEADER]: `198.51.100.${40 + i}` });
        best = Math.min(best, performance.now() - began);
      }
      return best;
    };
    const wrongMs = await fastest(admin);
    const unknownMs = await fastest(`${PREFIX}nobody-else`);
    expect(unknownMs).toBeGreaterThan(wrongMs * 0.5);
  });

  it("refuses a forged or altered cookie as no session at all", async () => {
    const { cookie } = await signInAs(ask, viewer);
    const altered = cookie.slice(0, -4) + (cookie.endsWith("AAAA") ? "BBBB" : "AAAA");
    for (const bad of [altered, "stance_session=Fe26.2*1*forged", "stance_session=plain-session-id"]) {
      expect((await ask<{ me: unknown }>(ME, {}, { cookie: bad })).data?.me).toBeNull();
    }
    const other = inProcessServer(database, { sessions: { secret: "another-secret-another-secret-another-secret", ttlHours: 1 } });
    expect((await other.ask<{ me: unknown }>(ME, {}, { cookie })).data?.me).toBeNull();
  });
});

describe("failed sign-ins are limited", () => {
  it("per username: after the limit even the right password waits, and the refusal says how long", async () => {
    const server = inProcessServer(database);
    for (let i = 0; i < SIGN_IN_LIMIT.perUsername; i++) {
      const answer = await server.ask(SIGN_IN, { username: viewer, password: `wrong password ${i}` }, { [CLIENT_HEADER]: `203.0.113.${i + 1}` });
      expect(answer.code).toBe("UNAUTHENTICATED");
    }
    const limited = await server.ask(SIGN_IN, { username: viewer, password: TEST_PASSWORD }, { [CLIENT_HEADER]: "203.0.113.99" });
    expect(limited.code).toBe("RATE_LIMITED");
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(limited.headers.getSetCookie()).toEqual([]);
    // Another account is not held up by the guesses at this one.
    expect((await server.ask(SIGN_IN, { username: curator, password: TEST_PASSWORD }, { [CLIENT_HEADER]: "203.0.113.99" })).errors).toBeUndefined();
  });

  it("per client, whatever usernames it tries; successful sign-ins do not count", async () => {
    const server = inProcessServer(database);
    const client = { [CLIENT_HEADER]: "203.0.113.200" };
    await signInAs(server.ask, curator);
    for (let i = 0; i < SIGN_IN_LIMIT.perClient; i++) {
      expect((await server.ask(SIGN_IN, { username: `${PREFIX}guess-${i}`, password: TEST_PASSWORD }, client)).code).toBe("UNAUTHENTICATED");
    }
    const limited = await server.ask(SIGN_IN, { username: admin, password: TEST_PASSWORD }, client);
    expect(limited.code).toBe("RATE_LIMITED");
    expect((await server.ask(SIGN_IN, { username: admin, password: TEST_PASSWORD }, { [CLIENT_HEADER]: "203.0.113.201" })).errors).toBeUndefined();
  });
});

describe("roles", () => {
  it("a reader who is not signed in, or a viewer, cannot write, and nothing is written", async () => {
    const quote = ((await database.read("MATCH (p:Passage {id: $id}) RETURN p.text AS t", { id: CURATION_PASSAGE }))[0]!.get("t") as string).slice(0, 30);
    const input = statementInput("s-test-accounts-viewer", quote);
    const before = await statementCount(database);
    const anonymous = await ask(CREATE, { input });
    expect(anonymous.code).toBe("UNAUTHENTICATED");
    expect(anonymous.message).toMatch(/sign in at \/sign-in/);
    const { cookie } = await signInAs(ask, viewer);
    const refused = await ask(CREATE, { input }, { cookie });
    expect(refused.code).toBe("FORBIDDEN");
    expect(refused.message).toBe(`This needs the curator role; ${viewer} is a viewer.`);
    expect(await statementCount(database)).toBe(before);
  });

  it("a curator cannot list accounts or end sessions; an admin can", async () => {
    const asCurator = await signInAs(ask, curator);
    await signInAs(ask, admin);
    const adminSessions = await liveSessions(admin);
    const list = await ask(`{ accounts { username } }`, {}, asCurator);
    expect(list.code).toBe("FORBIDDEN");
    const revoke = await ask(`mutation { revokeSessions(username: "${admin}") }`, {}, asCurator);
    expect(revoke.code).toBe("FORBIDDEN");
    expect(await liveSessions(admin)).toBe(adminSessions);

    const asAdmin = await signInAs(ask, admin);
    const accounts = await ask<{ accounts: { username: string; role: string }[] }>(`{ accounts { username role } }`, {}, asAdmin);
    expect(accounts.data?.accounts).toEqual(expect.arrayContaining([{ username: curator, role: "curator" }, { username: admin, role: "admin" }]));
    const before = await liveSessions(curator);
    expect(before).toBeGreaterThan(0);
    const ended = await ask<{ revokeSessions: number }>(`mutation { revokeSessions(username: "${curator}") }`, {}, asAdmin);
    expect(ended.data?.revokeSessions).toBe(before);
    // A revoked session is refused: no account, and writes ask to sign in.
    expect((await ask<{ me: unknown }>(ME, {}, asCurator)).data?.me).toBeNull();
    expect((await ask(`{ accounts { username } }`, {}, asCurator)).code).toBe("UNAUTHENTICATED");
    const unknown = await ask(`mutation { revokeSessions(username: "${PREFIX}nobody") }`, {}, asAdmin);
    expect(unknown.code).toBe("NOT_FOUND");
  });
});

describe("sessions end", () => {
  it("refuses a session whose time is up, by the clock", async () => {
    const shortLived = inProcessServer(database, { sessions: { secret: TEST_SESSION_SECRET, ttlHours: 1 / 3600 } });
    const { cookie } = await signInAs(shortLived.ask, curator);
    expect((await shortLived.ask<{ me: unknown }>(ME, {}, { cookie })).data?.me).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect((await shortLived.ask<{ me: unknown }>(ME, {}, { cookie })).data?.me).toBeNull();
    expect((await shortLived.ask(`{ accounts { username } }`, {}, { cookie })).code).toBe("UNAUTHENTICATED");
  });

  it("refuses a session whose expiry has passed in the database", async () => {
    const { cookie } = await signInAs(ask, admin);
    expect((await ask(`{ accounts { username } }`, {}, { cookie })).errors).toBeUndefined();
    await database.writeTx((tx) => tx.run("MATCH (s:Session {username: $u}) SET s.expiresAt = datetime() - duration('PT1S')", { u: admin }), { dataVersion: false });
    expect((await ask(`{ accounts { username } }`, {}, { cookie })).code).toBe("UNAUTHENTICATED");
  });
});

describe("the shared response cache", () => {
  it("never serves or stores an answer for a request with a session cookie or an Authorization header", async () => {
    const cached = inProcessServer(database, { responseCacheBytes: 1024 * 1024 });
    const query = `{ documents(first: 1) { id } }`;
    const { cookie } = await signInAs(cached.ask, curator);
    expect((await cached.ask(query, {}, { cookie })).headers.get("x-cache")).toBeNull();
    expect((await cached.ask(query, {}, { authorization: "Bearer not-the-token-not-the-token" })).headers.get("x-cache")).toBeNull();
    expect((await cached.ask(query)).headers.get("x-cache")).toBe("miss");
    expect((await cached.ask(query)).headers.get("x-cache")).toBe("hit");
    expect((await cached.ask(query, {}, { cookie })).headers.get("x-cache")).toBeNull();
    expect((await cached.ask(query, {}, { cookie: `other=1; ${cookie}` })).headers.get("x-cache")).toBeNull();
    expect((await cached.ask(query, {}, { cookie: "theme=dark" })).headers.get("x-cache")).toBe("hit");
  });
});
