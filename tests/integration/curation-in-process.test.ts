import { afterAll, describe, expect, it } from "vitest";
import { CURATION_PASSAGE, statementCount, statementInput } from "../support/curation";
import { openTestDatabase } from "../support/database";
import { inProcessServer } from "../support/in-process";
import { deleteStatements } from "@/graph/aggregates";

const database = openTestDatabase();
afterAll(() => database.close());

/**
 * Curation writes through the GraphQL handler, in-process, on the test database. Each refused
 * write must leave the graph as it was. The HTTP tests keep what only HTTP shows (no writes over
 * GET, the statuses through the route).
 */
const TOKEN = "in-process-curation-token-0123456789";
const auth = { authorization: `Bearer ${TOKEN}` };
const { ask } = inProcessServer(database, { curationToken: TOKEN });

const id = "s-test-curation-in-process";
const passage = CURATION_PASSAGE;
const CREATE = `mutation Create($input: StatementInput!) { createStatement(input: $input, curator: "test") { id quote stance intensity mode date curatedBy curatedAt speaker { id } target { id } passage { id } } }`;

const passageText = async () =>
  (await database.read("MATCH (p:Passage {id: $passage}) RETURN p.text AS t", { passage }))[0]!.get("t") as string;
const input = (quote: string) => statementInput(id, quote);

afterAll(async () => {
  await database.writeTx((tx) => deleteStatements(tx, [id]));
});

describe("who may write", () => {
  it("refuses a write without the token, or with a wrong one, and changes nothing", async () => {
    const quote = (await passageText()).slice(0, 40);
    const before = await statementCount(database);
    const none = await ask(CREATE, { input: input(quote) });
    expect(none.code).toBe("UNAUTHENTICATED");
    expect(none.message).toMatch(/Authorization: Bearer <token>/);
    const wrong = await ask(CREATE, { input: input(quote) }, { authorization: "Bearer wrong-token-wrong-token-wrong" });
    expect(wrong.code).toBe("UNAUTHENTICATED");
    const malformed = await ask(CREATE, { input: input(quote) }, { authorization: TOKEN });
    expect(malformed.code).toBe("UNAUTHENTICATED");
    expect(await statementCount(database)).toBe(before);
  });

  it("refuses every write on a server without a token, even one that sends some", async () => {
    const closed = inProcessServer(database, { curationToken: undefined });
    const answer = await closed.ask(
      `mutation { retractStatement(id: "${id}", reason: "no writes here", curator: "test") }`,
      {},
      auth,
    );
    expect(answer.code).toBe("FORBIDDEN");
    expect(answer.message).toMatch(/no CURATION_TOKEN configured/);
  });
});

describe("refused writes change nothing", () => {
  it("refuses a quote that is not in its passage, and unknown parties", async () => {
    const quote = (await passageText()).slice(0, 40);
    const before = await statementCount(database);
    const made = await ask(CREATE, { input: input("words that never stood in this passage") }, auth);
    expect(made.code).toBe("BAD_USER_INPUT");
    expect(made.message).toMatch(/not found verbatim/);
    const unknown = await ask(CREATE, { input: { ...input(quote), speaker: "nobody" } }, auth);
    expect(unknown.code).toBe("BAD_USER_INPUT");
    expect(unknown.message).toMatch(/nobody/);
    expect(await statementCount(database)).toBe(before);
  });

  it.each([
    ["an id that is not a slug", { id: "S Test" }, /lowercase slug/],
    ["a statement about its speaker", { target: "hoxha" }, /speaker and target must differ/],
    ["an unknown target", { target: "nobody-at-all" }, /"nobody-at-all" \(target\)/],
    ["an unknown passage", { passage: "doc-none-p1" }, /No passage has the id "doc-none-p1"/],
    ["an intensity that does not fit the stance", { stance: "oppose", intensity: 2 }, /intensity 2 does not fit stance oppose/],
    ["reported words without a reporter", { mode: "reported" }, /mode reported needs `reportedBy`/],
    ["a reporter who does not exist", { mode: "reported", reportedBy: "nobody-at-all" }, /"nobody-at-all" \(reportedBy\)/],
    ["a date after the document's", { date: "1957-04-16" }, /after the document's date 1957-04-15/],
    ["a date that is not a calendar day", { date: "1957-02-30" }, /must be a real date written YYYY-MM-DD, YYYY-MM or YYYY/],
  ])("refuses %s", async (_, change, message) => {
    const quote = (await passageText()).slice(0, 40);
    const before = await statementCount(database);
    const answer = await ask(CREATE, { input: { ...input(quote), ...change } }, auth);
    expect(answer.code).toBe("BAD_USER_INPUT");
    expect(answer.message).toMatch(message);
    expect(await statementCount(database)).toBe(before);
  });

  it("refuses an id that is taken, and leaves that statement as it was", async () => {
    const [row] = await database.read("MATCH (s:Statement) WHERE s.retractedAt IS NULL RETURN s.id AS id ORDER BY s.id LIMIT 1");
    const taken = row!.get("id") as string;
    const READ = `{ statement(id: "${taken}") { id quote stance intensity mode date speaker { id } target { id } passage { id } curatedBy } }`;
    const before = await ask(READ);
    expect(before.errors).toBeUndefined();
    const answer = await ask(CREATE, { input: { ...input((await passageText()).slice(0, 40)), id: taken } }, auth);
    expect(answer.code).toBe("BAD_USER_INPUT");
    expect(answer.message).toMatch(/already exists/);
    expect((await ask(READ)).data).toEqual(before.data);
  });
});

describe("a statement's life", () => {
  const between = async () =>
    (
      await ask<{ statements: { totalCount: number } }>(
        '{ statements(filter: { speakers: ["hoxha"], targets: ["khrushchev"] }) { totalCount } }',
      )
    ).data!.statements.totalCount;

  it("is created, changed and retracted, recording who, and leaves the views when retracted", async () => {
    const quote = (await passageText()).slice(0, 40);
    const shown = await between();

    const created = await ask(CREATE, { input: input(quote) }, auth);
    expect(created.errors).toBeUndefined();
    expect(created.data).toMatchObject({
      createStatement: {
        id,
        quote,
        stance: "support",
        intensity: 1,
        mode: "direct",
        date: "1957-04-15",
        curatedBy: "test",
        speaker: { id: "hoxha" },
        target: { id: "khrushchev" },
        passage: { id: passage },
      },
    });
    expect(await between()).toBe(shown + 1);

    const updated = await ask(
      `mutation { updateStatement(id: "${id}", changes: { stance: mixed, intensity: 0, note: "reread" }, curator: "second") { stance intensity note curatedBy curatedAt } }`,
      {},
      auth,
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data).toMatchObject({
      updateStatement: { stance: "mixed", intensity: 0, note: "reread", curatedBy: "second" },
    });

    const inconsistent = await ask(
      `mutation { updateStatement(id: "${id}", changes: { stance: oppose }, curator: "x") { stance } }`,
      {},
      auth,
    );
    expect(inconsistent.code).toBe("BAD_USER_INPUT");
    expect(inconsistent.message).toMatch(/intensity 0 does not fit stance oppose/);
    const kept = await ask<{ statement: { stance: string; curatedBy: string } }>(
      `{ statement(id: "${id}") { stance curatedBy } }`,
    );
    expect(kept.data!.statement).toEqual({ stance: "mixed", curatedBy: "second" });

    const retracted = await ask(
      `mutation { retractStatement(id: "${id}", reason: "duplicate reading", curator: "third") }`,
      {},
      auth,
    );
    expect(retracted.data).toEqual({ retractStatement: id });
    const gone = await ask(`{ statement(id: "${id}") { id } }`);
    expect(gone.code).toBe("NOT_FOUND");
    expect(await between()).toBe(shown);
    const [row] = await database.read("MATCH (s:Statement {id: $id}) RETURN s.retractedBy AS by, s.retractReason AS why", { id });
    expect([row!.get("by"), row!.get("why")]).toEqual(["third", "duplicate reading"]);

    // A retracted statement can be neither changed nor retracted again.
    const again = await ask(`mutation { retractStatement(id: "${id}", reason: "once more", curator: "third") }`, {}, auth);
    expect(again.code).toBe("NOT_FOUND");
    const change = await ask(
      `mutation { updateStatement(id: "${id}", changes: { note: "late" }, curator: "x") { id } }`,
      {},
      auth,
    );
    expect(change.code).toBe("NOT_FOUND");
  });
});
