import { execFileSync } from "node:child_process";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "@/scripts/lib/paths";
import { signInAs } from "../support/accounts";
import { statementInput } from "../support/curation";
import { openTestDatabase } from "../support/database";
import { inProcessServer } from "../support/in-process";
import { deleteStatements } from "@/graph/aggregates";

/**
 * Review rules as curators meet them, signed in: what a session makes is proposed, a curator may
 * not review their own proposal nor revert, a viewer may not write. Accounts are made as the README
 * says, with `npm run users`, and signed in with signIn; no session is made by hand.
 */
const USERS = path.join(ROOT, "scripts", "users.ts");

const database = openTestDatabase();
const { ask } = inProcessServer(database);
const PASSWORD = "a long test password 0123456789";
const names = { alice: "test-review-alice", bob: "test-review-bob", vic: "test-review-vic" };
const id = "s-test-review-sessions";

function addAccount(username: string, role: string) {
  execFileSync("npx", ["tsx", USERS, "add", username, "--role", role], { cwd: ROOT, input: `${PASSWORD}\n`, env: process.env, stdio: ["pipe", "ignore", "inherit"] });
}

const signIn = (username: string) => signInAs(ask, username, PASSWORD);

afterAll(async () => {
  await database.writeTx(async (tx) => {
    await deleteStatements(tx, [id]);
    await tx.run("MATCH (r:Revision {subject: $id}) DETACH DELETE r", { id });
    await tx.run("MATCH (a:Account) WHERE a.username IN $names DETACH DELETE a", { names: Object.values(names) });
    await tx.run("MATCH (s:Session) WHERE s.username IN $names DETACH DELETE s", { names: Object.values(names) });
  });
  await database.close();
});

describe("review in sessions", () => {
  it("proposes what a curator makes, refuses their own review, a viewer's write and a curator's revert, and lets another curator accept", async () => {
    addAccount(names.alice, "curator");
    addAccount(names.bob, "curator");
    addAccount(names.vic, "viewer");
    const [alice, bob, vic] = [await signIn(names.alice), await signIn(names.bob), await signIn(names.vic)];
    const quote = ((await database.read("MATCH (p:Passage {id: 'doc-1957-04-15-hoxha-khrushchev-memorandum-p4'}) RETURN p.text AS t"))[0]!.get("t") as string).slice(0, 40);
    const create = "mutation C($input: StatementInput!) { createStatement(input: $input) { id status proposedBy version } }";

    expect((await ask(create, { input: statementInput(id, quote) }, vic)).code).toBe("FORBIDDEN");
    const made = await ask(create, { input: statementInput(id, quote) }, alice);
    expect(made.data).toEqual({ createStatement: { id, status: "proposed", proposedBy: names.alice, version: 1 } });

    const own = await ask(`mutation { reviewStatement(id: "${id}", decision: accept) { id } }`, {}, alice);
    expect(own.code).toBe("FORBIDDEN");
    expect((await ask(`{ statements(filter: { includeProposed: true }) { totalCount } }`, {}, vic)).code).toBe("FORBIDDEN");
    const accepted = await ask(`mutation { reviewStatement(id: "${id}", decision: accept, version: 1) { status statusBy } }`, {}, bob);
    expect(accepted.data).toEqual({ reviewStatement: { status: "accepted", statusBy: names.bob } });

    const history = await ask<{ history: { id: string; action: string; by: string }[] }>(`{ history(id: "${id}") { id action by } }`, {}, bob);
    expect(history.data!.history.map((r) => [r.action, r.by])).toEqual([["create", names.alice], ["accept", names.bob]]);
    const revert = await ask(`mutation { revertRevision(id: "${history.data!.history[1]!.id}", reason: "not mine to undo") { id } }`, {}, bob);
    expect(revert.code).toBe("FORBIDDEN");
  });
});
