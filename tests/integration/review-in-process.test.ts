import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toNumber } from "@/graph/map";
import { statementInput } from "../support/curation";
import { openTestDatabase } from "../support/database";
import { inProcessServer } from "../support/in-process";
import { contributeStatements, deleteStatements, withdrawStatements } from "@/graph/aggregates";

const database = openTestDatabase();

/**
 * Review, revisions, conflicts and reverts through the GraphQL handler with the admin token.
 * A proposal is what a curator's session makes; until sessions exist in this suite the test turns
 * a statement the token made into one, as a session would have made it (proposed, by "alice").
 */
const TOKEN = "in-process-review-token-0123456789";
const auth = { authorization: `Bearer ${TOKEN}` };
const { ask } = inProcessServer(database, { curationToken: TOKEN });

const id = "s-test-review-in-process";
const other = "s-test-review-interrupted";
const actorId = "test-review-actor";
const ids = [id, other];

const CREATE = `mutation Create($input: StatementInput!, $curator: String) { createStatement(input: $input, curator: $curator) { id status version } }`;
const HISTORY = `query History($id: ID!) { history(id: $id) { id action by version reason before after reverts } }`;
const STATUS = `query S($id: ID!) { statement(id: $id) { id status statusBy proposedBy version stance intensity note } }`;

type Revision = { id: string; action: string; by: string; version: number; reason: string | null; before: string | null; after: string; reverts: string | null };

async function cleanUp() {
  await database.writeTx(async (tx) => {
    await deleteStatements(tx, ids);
    await tx.run("MATCH (r:Revision) WHERE r.subject IN $subjects DETACH DELETE r", { subjects: [...ids, actorId] });
    await tx.run("MATCH (a:Actor {id: $actorId}) DETACH DELETE a", { actorId });
  });
}

const passageText = async () =>
  (await database.read("MATCH (p:Passage {id: 'doc-1957-04-15-hoxha-khrushchev-memorandum-p4'}) RETURN p.text AS t"))[0]!.get("t") as string;

/** What a session would have made: proposed by a curator, at version 1. */
async function makeProposal(statementId: string, quote: string) {
  const made = await ask(CREATE, { input: statementInput(statementId, quote), curator: "alice" }, auth);
  expect(made.errors).toBeUndefined();
  await database.writeTx(async (tx) => {
    await withdrawStatements(tx, [statementId]);
    await tx.run(
      "MATCH (s:Statement {id: $id}) SET s.status = 'proposed', s.proposedBy = 'alice', s.statusBy = 'alice' REMOVE s:Published SET s:Proposed",
      { id: statementId },
    );
    await contributeStatements(tx, [statementId]);
  });
}

const count = async (filter: Record<string, unknown>, headers: Record<string, string> = {}) => {
  const answer = await ask<{ statements: { totalCount: number } }>(
    "query C($filter: StatementFilter) { statements(filter: $filter) { totalCount } }",
    { filter },
    headers,
  );
  expect(answer.errors).toBeUndefined();
  return answer.data!.statements.totalCount;
};

const history = async (subject: string) => {
  const answer = await ask<{ history: Revision[] }>(HISTORY, { id: subject }, auth);
  expect(answer.errors).toBeUndefined();
  return answer.data!.history;
};

beforeAll(cleanUp);
afterAll(async () => {
  await cleanUp();
  await database.close();
});

describe("a proposal's way through review", () => {
  const pair = { speakers: ["hoxha"], targets: ["khrushchev"] };

  it("is shown only to curators until it is accepted, and history records every step", async () => {
    const quote = (await passageText()).slice(0, 40);
    const publicBefore = await count(pair);
    await makeProposal(id, quote);

    // Anonymous readers see nothing of it, and may not ask for it.
    expect(await count(pair)).toBe(publicBefore);
    const refused = await ask("{ statements(filter: { includeProposed: true }) { totalCount } }");
    expect(refused.code).toBe("FORBIDDEN");
    const network = await ask("{ network(filter: { includeProposed: true }) { edges { id } } }");
    expect(network.code).toBe("FORBIDDEN");
    expect((await ask(STATUS, { id })).code).toBe("NOT_FOUND");
    const timeline = await ask<{ timeline: { total: number }[] }>('{ timeline(filter: { speakers: ["hoxha"], targets: ["khrushchev"] }) { total } }');
    const timelineTotal = timeline.data!.timeline.reduce((n, b) => n + b.total, 0);
    expect(timelineTotal).toBe(publicBefore);

    // A curator (here the admin token) sees it, in views and in the queue.
    expect(await count({ ...pair, includeProposed: true }, auth)).toBe(publicBefore + 1);
    const queue = await ask<{ reviewQueue: { nodes: { id: string; proposedBy: string; passage: { id: string }; document: { id: string } }[] } }>(
      '{ reviewQueue(filter: { curator: "alice", speaker: "hoxha" }) { nodes { id proposedBy passage { id } document { id } } } }',
      {},
      auth,
    );
    expect(queue.errors).toBeUndefined();
    expect(queue.data!.reviewQueue.nodes.map((n) => n.id)).toContain(id);
    const none = await ask<{ reviewQueue: { totalCount: number } }>('{ reviewQueue(filter: { curator: "nobody-here" }) { totalCount } }', {}, auth);
    expect(none.data!.reviewQueue.totalCount).toBe(0);
    expect((await ask("{ reviewQueue { totalCount } }")).code).toBe("UNAUTHENTICATED");

    // A rejection must say why.
    const noReason = await ask(`mutation { reviewStatement(id: "${id}", decision: reject, curator: "bob") { id } }`, {}, auth);
    expect(noReason.code).toBe("BAD_USER_INPUT");

    const accepted = await ask<{ reviewStatement: { status: string; statusBy: string; version: number } }>(
      `mutation { reviewStatement(id: "${id}", decision: accept, version: 1, curator: "bob") { status statusBy version } }`,
      {},
      auth,
    );
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.reviewStatement).toEqual({ status: "accepted", statusBy: "bob", version: 2 });
    expect(await count(pair)).toBe(publicBefore + 1);

    // Reviewed once, it is not reviewed again.
    const twice = await ask(`mutation { reviewStatement(id: "${id}", decision: reject, reason: "late", curator: "carol") { id } }`, {}, auth);
    expect(twice.code).toBe("CONFLICT");
    expect(twice.message).toMatch(/not awaiting review: it is accepted \(by bob/);

    const steps = await history(id);
    expect(steps.map((r) => [r.action, r.by, r.version])).toEqual([
      ["create", "alice", 1],
      ["accept", "bob", 2],
    ]);
    expect(steps[0]!.before).toBeNull();
    expect(JSON.parse(steps[1]!.before!)).toMatchObject({ status: "proposed" });
    expect(JSON.parse(steps[1]!.after)).toMatchObject({ status: "accepted", statusBy: "bob" });
  });

  it("refuses the second of two saves of the same version, naming the first, and keeps the first", async () => {
    const first = await ask(`mutation { updateStatement(id: "${id}", changes: { note: "first reading" }, version: 2, reason: "typo", curator: "bob") { version note } }`, {}, auth);
    expect(first.errors).toBeUndefined();
    expect(first.data).toEqual({ updateStatement: { version: 3, note: "first reading" } });
    const second = await ask(`mutation { updateStatement(id: "${id}", changes: { note: "second reading" }, version: 2, curator: "carol") { version } }`, {}, auth);
    expect(second.code).toBe("CONFLICT");
    expect(second.status).toBe(409);
    expect(second.message).toMatch(/you edited version 2, but bob saved it at .* \(now version 3\)\. Nothing was changed/);
    const kept = await ask<{ statement: { note: string; version: number } }>(STATUS, { id });
    expect(kept.data!.statement).toMatchObject({ note: "first reading", version: 3 });
    const retractStale = await ask(`mutation { retractStatement(id: "${id}", reason: "stale view", version: 1, curator: "carol") }`, {}, auth);
    expect(retractStale.code).toBe("CONFLICT");
    expect((await history(id)).length).toBe(3);
  });

  it("is reverted by an admin as a revision of its own, and a revert in the way of a later change is refused", async () => {
    const steps = await history(id);
    const accept = steps.find((r) => r.action === "accept")!;
    const update = steps.find((r) => r.action === "update")!;

    // Another note after the first: reverting the first note would undo the second, so it is refused.
    const again = await ask(`mutation { updateStatement(id: "${id}", changes: { note: "second reading" }, version: 3, curator: "bob") { version } }`, {}, auth);
    expect(again.errors).toBeUndefined();
    const blocked = await ask(`mutation { revertRevision(id: "${update.id}", reason: "bad note", curator: "admin") { id } }`, {}, auth);
    expect(blocked.code).toBe("CONFLICT");
    expect(blocked.message).toContain("statement:" + id + "@4");

    const publicBefore = await count({ ids: [id] });
    expect(publicBefore).toBe(1);
    const reverted = await ask<{ revertRevision: Revision }>(
      `mutation { revertRevision(id: "${accept.id}", reason: "accepted too soon", curator: "admin") { id action by version reverts reason } }`,
      {},
      auth,
    );
    expect(reverted.errors).toBeUndefined();
    expect(reverted.data!.revertRevision).toMatchObject({ action: "revert", by: "admin", version: 5, reverts: accept.id, reason: "accepted too soon" });
    expect(await count({ ids: [id] })).toBe(0);
    const back = await ask<{ statement: { status: string; statusBy: string; note: string } }>(STATUS, { id }, auth);
    expect(back.data!.statement).toMatchObject({ status: "proposed", statusBy: "alice", note: "second reading" });
    expect((await history(id)).map((r) => r.action)).toEqual(["create", "accept", "update", "update", "revert"]);

    // Reverting the creation retracts it.
    const created = (await history(id))[0]!;
    const retracted = await ask(`mutation { revertRevision(id: "${created.id}", reason: "not a statement", curator: "admin") { action } }`, {}, auth);
    expect(retracted.errors).toBeUndefined();
    const [row] = await database.read("MATCH (s:Statement {id: $id}) RETURN s.status AS status, s:Published OR s:Proposed AS labelled", { id });
    expect([row!.get("status"), row!.get("labelled")]).toEqual(["retracted", false]);
  });
});

describe("a write interrupted mid-way", () => {
  it("leaves nothing half-written when the revision cannot be recorded after the statement was", async () => {
    const quote = (await passageText()).slice(0, 40);
    // The revision id the creation will need is taken: the statement is written, then its revision fails.
    await database.writeTx((tx) => tx.run("CREATE (:Revision {id: $rid, subject: 'elsewhere', subjectKind: 'statement', version: 1, action: 'create', by: 'x', at: '2026-01-01T00:00:00Z', after: '{}'})", { rid: `statement:${other}@1` }));
    const statements = async () => toNumber((await database.read("MATCH (s:Statement) RETURN count(s) AS n"))[0]!.get("n"));
    const before = await statements();
    const made = await ask(CREATE, { input: statementInput(other, quote), curator: "alice" }, auth);
    expect(made.code).toBe("CONFLICT");
    expect(await statements()).toBe(before);
    expect(await database.read("MATCH (s:Statement {id: $other}) RETURN s", { other })).toHaveLength(0);
    await database.writeTx((tx) => tx.run("MATCH (r:Revision {id: $rid}) DELETE r", { rid: `statement:${other}@1` }));

    // The same for a change: the statement keeps its fields and its version.
    expect((await ask(CREATE, { input: statementInput(other, quote), curator: "alice" }, auth)).errors).toBeUndefined();
    await database.writeTx((tx) => tx.run("CREATE (:Revision {id: $rid, subject: 'elsewhere', subjectKind: 'statement', version: 2, action: 'update', by: 'x', at: '2026-01-01T00:00:00Z', after: '{}'})", { rid: `statement:${other}@2` }));
    const changed = await ask(`mutation { updateStatement(id: "${other}", changes: { stance: mixed, intensity: 0 }, curator: "bob") { id } }`, {}, auth);
    expect(changed.code).toBe("CONFLICT");
    const kept = await ask<{ statement: { stance: string; intensity: number; version: number } }>(STATUS, { id: other });
    expect(kept.data!.statement).toMatchObject({ stance: "support", intensity: 1, version: 1 });
    expect((await history(other)).map((r) => r.action)).toEqual(["create"]);
  });
});

describe("actors made while annotating", () => {
  it("are created with aliases, recorded, refused when an alias is taken, and removed by a revert", async () => {
    const made = await ask<{ createActor: { id: string; name: string; aliases: string[] } }>(
      `mutation { createActor(input: { id: "${actorId}", name: "Test Reviewer", kind: person, aliases: ["T. Reviewer"], country: "Nowhere", bio: "Made by a test." }, reason: "named in p4", curator: "alice") { id name aliases } }`,
      {},
      auth,
    );
    expect(made.errors).toBeUndefined();
    expect(made.data!.createActor).toEqual({ id: actorId, name: "Test Reviewer", aliases: ["Test Reviewer", "T. Reviewer"] });
    const clash = await ask(`mutation { createActor(input: { id: "test-review-actor-two", name: "Someone", kind: person, aliases: ["Tito"] }, curator: "alice") { id } }`, {}, auth);
    expect(clash.code).toBe("BAD_USER_INPUT");
    expect(clash.message).toMatch(/tito/);
    const steps = await history(actorId);
    expect(steps.map((r) => [r.action, r.by])).toEqual([["create", "alice"]]);
    const reverted = await ask(`mutation { revertRevision(id: "${steps[0]!.id}", reason: "duplicate", curator: "admin") { action } }`, {}, auth);
    expect(reverted.errors).toBeUndefined();
    expect(await database.read("MATCH (a:Actor {id: $actorId}) RETURN a", { actorId })).toHaveLength(0);
    expect((await history(actorId)).map((r) => r.action)).toEqual(["create", "revert"]);
  });
});
