import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyCredentials } from "@/graph/auth/accounts";
import { createSession, readSession } from "@/graph/auth/sessions";
import { removeTestAccounts } from "../support/accounts";
import { openTestDatabase } from "../support/database";

/**
 * `npm run users`, run as a person runs it, against the test Neo4j (the environment scripts/test.ts
 * gives vitest names it), with the password piped in.
 */
const database = openTestDatabase();
const PREFIX = "t-cli-";
const ROOT = path.resolve(import.meta.dirname, "..", "..");
const PASSWORD = "a long enough passphrase";

beforeAll(() => removeTestAccounts(database, PREFIX));
afterAll(async () => {
  await removeTestAccounts(database, PREFIX);
  await database.close();
});

function users(args: string[], stdin = ""): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(path.join(ROOT, "node_modules", ".bin", "tsx"), [path.join(ROOT, "scripts", "users.ts"), ...args], {
    cwd: ROOT,
    input: stdin,
    encoding: "utf8",
    env: process.env,
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const liveSessionOf = async (username: string) => {
  const session = await createSession(database, username, 1);
  return async () => (await readSession(database, session!.id)) !== null;
};

describe("npm run users", () => {
  it("adds an account with the password from standard input, hashed with argon2id, and lists it", async () => {
    const added = users(["add", `${PREFIX}ana`, "--role", "curator"], `${PASSWORD}\n`);
    expect(added.stderr).not.toMatch(/Error/);
    expect(added.stdout).toContain(`Added ${PREFIX}ana (curator)`);
    expect(added.status).toBe(0);
    const stored = (await database.read("MATCH (a:Account {username: $u}) RETURN a.passwordHash AS h, a.role AS r", { u: `${PREFIX}ana` }))[0]!;
    expect(stored.get("h")).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(stored.get("r")).toBe("curator");
    expect(await verifyCredentials(database, `${PREFIX}ana`, PASSWORD)).toMatchObject({ username: `${PREFIX}ana`, role: "curator" });

    const list = users(["list"]);
    expect(list.status).toBe(0);
    expect(list.stdout).toMatch(new RegExp(`${PREFIX}ana\\s+curator\\s+\\d{4}-\\d{2}-\\d{2}T`));
  });

  it("changes a role or a password and ends the account's sessions", async () => {
    users(["add", `${PREFIX}bo`, "--role", "viewer"], `${PASSWORD}\n`);
    let live = await liveSessionOf(`${PREFIX}bo`);
    const role = users(["set-role", `${PREFIX}bo`, "admin"]);
    expect(role.stdout).toContain(`${PREFIX}bo is now an admin; 1 session ended.`);
    expect(await live()).toBe(false);

    live = await liveSessionOf(`${PREFIX}bo`);
    const password = users(["set-password", `${PREFIX}bo`], "another long passphrase\n");
    expect(password.status).toBe(0);
    expect(password.stdout).toContain(`Changed the password of ${PREFIX}bo; 1 session ended.`);
    expect(await live()).toBe(false);
    expect(await verifyCredentials(database, `${PREFIX}bo`, PASSWORD)).toBeNull();
    expect(await verifyCredentials(database, `${PREFIX}bo`, "another long passphrase")).not.toBeNull();
  });

  it("removes an account and its sessions", async () => {
    users(["add", `${PREFIX}cy`], `${PASSWORD}\n`);
    const live = await liveSessionOf(`${PREFIX}cy`);
    const removed = users(["remove", `${PREFIX}cy`]);
    expect(removed.stdout).toContain(`Removed ${PREFIX}cy; 1 session ended.`);
    expect(await live()).toBe(false);
    expect((await database.read("MATCH (a:Account {username: $u}) RETURN a", { u: `${PREFIX}cy` })).length).toBe(0);
  });

  it("says what is wrong with every mistake, and changes nothing", async () => {
    const cases: [string[], string, RegExp][] = [
      [["add", `${PREFIX}dee`, "--role", "curator"], "short\n", /The password is too short: it has 5 characters and needs at least 12/],
      [["add", "Not A Slug", "--role", "curator"], `${PASSWORD}\n`, /The username "Not A Slug" is not allowed/],
      [["add", `${PREFIX}dee`, "--role", "owner"], `${PASSWORD}\n`, /There is no role "owner": choose one of viewer, curator, admin/],
      [["add", `${PREFIX}dee`, "--role", "curator"], "", /No password on standard input/],
      [["add", `${PREFIX}ana`, "--role", "curator"], `${PASSWORD}\n`, /An account "t-cli-ana" already exists/],
      [["remove", `${PREFIX}nobody`], "", /There is no account "t-cli-nobody"/],
      [["set-role", `${PREFIX}ana`], "", /expected: set-role <username> <role>/],
      [["rename", `${PREFIX}ana`], "", /There is no command "rename"/],
    ];
    for (const [args, stdin, message] of cases) {
      const run = users(args, stdin);
      expect(run.status, args.join(" ")).toBe(1);
      expect(run.stderr, args.join(" ")).toMatch(message);
      expect(run.stderr, args.join(" ")).not.toMatch(/\n\s+at /);
    }
    expect((await database.read("MATCH (a:Account {username: $u}) RETURN a", { u: `${PREFIX}dee` })).length).toBe(0);
    expect((await database.read("MATCH (a:Account {username: $u}) RETURN a.role AS r", { u: `${PREFIX}ana` }))[0]!.get("r")).toBe("curator");
  });
});
