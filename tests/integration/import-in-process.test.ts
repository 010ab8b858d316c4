import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestAccount, removeTestAccounts, signInAs } from "../support/accounts";
import { census, openTestDatabase, removeStatementsOf } from "../support/database";
import { inProcessServer } from "../support/in-process";

/**
 * importDocument through the GraphQL handler, as the Import page sends it: who may ask, a dry
 * run that writes nothing and shows what would be saved, a real import in one transaction (and
 * a second one recognised), and bad input refused with the pipeline's own message.
 */
const database = openTestDatabase();
const { ask } = inProcessServer(database);
const PREFIX = "t-import-ip-";
const curator = `${PREFIX}curator`;
const viewer = `${PREFIX}viewer`;
const DOC = "doc-1956-11-13-test-import-in-process";
let curatorCookie = "";
let viewerCookie = "";

const TEXT = "At the meeting Kardelj stated that Khrushchev was a friend of peace.\n\nThe delegates then went home.";
const IMPORT = `mutation Import($input: ImportInput!, $dryRun: Boolean) {
  importDocument(input: $input, dryRun: $dryRun) {
    document { id title date kind sourceKind }
    passages { n text }
    mentions { passage start end text actor { id name } }
    proposals { passage quote speaker { id name } target { id name } reportedBy { id } stance mode confidence reason }
    outcome { status documentId passages mentions statements skipped { why } }
  }
}`;

interface Preview {
  document: { id: string; title: string; date: string };
  passages: { n: number; text: string }[];
  mentions: { passage: number; start: number; end: number; text: string; actor: { id: string | null; name: string } }[];
  proposals: { passage: number; quote: string; speaker: { id: string | null }; target: { id: string | null }; stance: string; confidence: number; reason: string }[];
  outcome: { status: string; documentId: string; passages: number; mentions: number; statements: string[] } | null;
}

// The author reports Kardelj's words: reported speech needs its reporter to be written.
const input = (extra: Record<string, unknown> = {}) => ({ text: TEXT, title: "Test import in process", date: "1956-11-13", id: DOC, authors: ["micunovic"], ...extra });

async function removeImport() {
  await database.writeTx(async (tx) => {
    await removeStatementsOf(tx, "d.id = $id", { id: DOC });
    await tx.run("MATCH (p:Passage)-[:PART_OF]->(d:Document {id: $id}) DETACH DELETE p", { id: DOC });
    await tx.run("MATCH (d:Document {id: $id}) DETACH DELETE d", { id: DOC });
  });
}

beforeAll(async () => {
  await removeTestAccounts(database, PREFIX);
  await removeImport();
  await createTestAccount(database, curator, "curator");
  await createTestAccount(database, viewer, "viewer");
  curatorCookie = (await signInAs(ask, curator)).cookie;
  viewerCookie = (await signInAs(ask, viewer)).cookie;
});

afterAll(async () => {
  await removeImport();
  await removeTestAccounts(database, PREFIX);
  await database.close();
});

describe("importDocument", () => {
  it("refuses a reader without a session, and a viewer's session, writing nothing", async () => {
    const before = await census(database);
    const anonymous = await ask(IMPORT, { input: input(), dryRun: false });
    expect(anonymous.code).toBe("UNAUTHENTICATED");
    const refused = await ask(IMPORT, { input: input(), dryRun: false }, { cookie: viewerCookie });
    expect(refused.code).toBe("FORBIDDEN");
    expect(refused.message).toContain("curator");
    expect(await census(database)).toBe(before);
  });

  it("answers a dry run with the passages, mentions and proposals it would save, and writes nothing", async () => {
    const before = await census(database);
    const answer = await ask<{ importDocument: Preview }>(IMPORT, { input: input() }, { cookie: curatorCookie });
    expect(answer.errors).toBeUndefined();
    const preview = answer.data!.importDocument;
    expect(preview.document).toMatchObject({ id: DOC, title: "Test import in process", date: "1956-11-13" });
    expect(preview.passages.map((p) => p.text)).toEqual(TEXT.split("\n\n"));
    expect(preview.mentions.map((m) => [m.passage, m.text, m.actor.id])).toEqual([
      [1, "Kardelj", "kardelj"],
      [1, "Khrushchev", "khrushchev"],
    ]);
    for (const m of preview.mentions) expect(preview.passages[m.passage - 1]!.text.slice(m.start, m.end)).toBe(m.text);
    const pair = preview.proposals.find((p) => p.speaker.id === "kardelj" && p.target.id === "khrushchev");
    expect(pair).toMatchObject({ passage: 1, stance: "support", mode: "reported" });
    for (const p of preview.proposals) {
      expect(preview.passages[p.passage - 1]!.text).toContain(p.quote);
      expect(p.reason.length).toBeGreaterThan(0);
      expect(p.confidence).toBeGreaterThan(0);
    }
    expect(preview.outcome).toBeNull();
    expect(await census(database)).toBe(before);
  });

  it("imports in one write with dryRun: false, its proposals proposed, and recognises the same text again", async () => {
    const first = await ask<{ importDocument: Preview }>(IMPORT, { input: input(), dryRun: false }, { cookie: curatorCookie });
    expect(first.errors).toBeUndefined();
    const outcome = first.data!.importDocument.outcome!;
    expect(outcome).toMatchObject({ status: "imported", documentId: DOC, passages: 2, mentions: 2 });
    expect(outcome.statements.length).toBeGreaterThan(0);
    const rows = await database.read("MATCH (s:Statement) WHERE s.id IN $ids RETURN s.status AS status", { ids: outcome.statements });
    expect(rows.map((r) => r.get("status") as string)).toEqual(outcome.statements.map(() => "proposed"));

    const after = await census(database);
    const again = await ask<{ importDocument: Preview }>(IMPORT, { input: input(), dryRun: false }, { cookie: curatorCookie });
    expect(again.data!.importDocument.outcome).toMatchObject({ status: "unchanged", documentId: DOC, statements: [] });
    expect(await census(database)).toBe(after);
  });

  it("refuses bad input with the pipeline's message, and changes nothing", async () => {
    const before = await census(database);
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ text: "" }, /is empty/],
      [{ text: "   \n\n  " }, /is empty/],
      [{ date: "1956-13-45" }, /is not a date/],
      [{ text: undefined, base64: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]).toString("base64"), fileName: "scan.txt" }, /binary file/],
      [{ text: undefined, base64: Buffer.from("Tito \xe8 bi\xe8o", "latin1").toString("base64"), fileName: "latin.txt" }, /not in UTF-8/],
      [{ text: undefined, base64: "not base64!", fileName: "x.txt" }, /not valid base64/],
      [{ fileName: "notes.pdf" }, /only \.txt, \.md and \.html/],
      [{ text: "<html><body><script>x()</script></body></html>", fileName: "empty.html" }, /no passages/],
      [{ text: "Another text altogether, about Tito." }, /already exists and holds a different text/],
    ];
    for (const [extra, message] of cases) {
      const answer = await ask(IMPORT, { input: input(extra), dryRun: false }, { cookie: curatorCookie });
      expect(answer.code, JSON.stringify(extra).slice(0, 80)).toBe("BAD_USER_INPUT");
      expect(answer.message).toMatch(message);
    }
    expect(await census(database)).toBe(before);
  });
});
