import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareImport, type Prepared } from "@/graph/ingest/prepare";
import { readRegistryFromDatabase } from "@/graph/ingest/registry";
import type { ImportResult, Proposal } from "@/graph/ingest/types";
import { writeImport } from "@/graph/ingest/write";
import { census, openTestDatabase } from "../support/database";
import { inProcessServer } from "../support/in-process";

/**
 * npm run ingest against the test Neo4j, on a document written for the test whose people and
 * statements are known (tests/fixtures/ingest/belgrade-report.txt): the dry run as a person runs
 * it, the import's one transaction, its proposals in the review queue and not in public views,
 * re-import, and every refusal leaving the graph as it was.
 */
const database = openTestDatabase();
const TOKEN = "in-process-ingest-token-0123456789";
const auth = { authorization: `Bearer ${TOKEN}` };
const { ask } = inProcessServer(database, { curationToken: TOKEN });

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const FIXTURE = path.join(ROOT, "tests", "fixtures", "ingest", "belgrade-report.txt");
const DATE = "1956-11-12";
const DOC = "doc-1956-11-12-report-from-the-embassy-in-belgrade";
const OTHER = "doc-1956-11-12-test-ingest-other";
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "ingest-test-"));

function ingest(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(path.join(ROOT, "node_modules", ".bin", "tsx"), [path.join(ROOT, "scripts", "ingest.ts"), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: process.env,
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

async function removeImports() {
  await database.writeTx(async (tx) => {
    const ids = [DOC, OTHER];
    await tx.run(
      `MATCH (s:Statement)-[:IN]->(:Passage)-[:PART_OF]->(d:Document) WHERE d.id IN $ids
       OPTIONAL MATCH (r:Revision {subject: s.id}) DETACH DELETE r, s`,
      { ids },
    );
    await tx.run("MATCH (n) WHERE (n:NameCandidate OR n:HeldProposal) AND n.document IN $ids DETACH DELETE n", { ids });
    await tx.run("MATCH (p:Passage)-[:PART_OF]->(d:Document) WHERE d.id IN $ids DETACH DELETE p", { ids });
    await tx.run("MATCH (d:Document) WHERE d.id IN $ids DETACH DELETE d", { ids });
  });
}

const EXPECTED_PASSAGES = [
  "Report from the embassy in Belgrade",
  "The ambassador reported that Tito spoke sharply at the meeting. He said that Khrushchev had broken his word and that the Yugoslav comrades would not accept such treatment.",
  "At the same meeting Kardelj stated that Yugoslavia wanted good relations with the Soviet Union, and that Khrushchev was a friend of peace.",
  "Later in the evening Ambassador Grebenkin told the visitors that Moscow had no quarrel with Belgrade.",
];
const EXPECTED_MENTIONS = [
  [2, "Tito", "tito"],
  [2, "Khrushchev", "khrushchev"],
  [3, "Kardelj", "kardelj"],
  [3, "Yugoslavia", "yugoslavia"],
  [3, "Soviet Union", "ussr"],
  [3, "Khrushchev", "khrushchev"],
  // A name no registry has: found by the new-name finder, listed with no actor id.
  [4, "Grebenkin", null],
];

/** The statements a careful reader codes in the fixture, as the proposer would hand them over. */
function knownProposals(): Proposal[] {
  const base = { mode: "direct" as const, reportedBy: null, date: null, confidence: 0.8 };
  return [
    { ...base, passage: 3, quote: "Khrushchev was a friend of peace", speaker: { id: "kardelj", name: "Edvard Kardelj" }, target: { id: "khrushchev", name: "Nikita Khrushchev" }, stance: "support", intensity: 1, reason: "speech verb 'stated', subject Kardelj; evaluative 'friend of peace' (positive)" },
    { ...base, passage: 3, quote: "Yugoslavia wanted good relations with the Soviet Union", speaker: { id: "kardelj", name: "Edvard Kardelj" }, target: { id: "ussr", name: "Soviet Union" }, stance: "support", intensity: 1, reason: "speech verb 'stated', subject Kardelj; evaluative 'good relations' (positive)" },
    { ...base, passage: 4, quote: "Moscow had no quarrel with Belgrade", speaker: { id: null, name: "Grebenkin" }, target: { id: "yugoslavia", name: "Yugoslavia" }, stance: "neutral", intensity: 0, reason: "speech verb 'told', subject Grebenkin" },
  ];
}

async function prepareFixture(): Promise<Prepared> {
  const registry = await readRegistryFromDatabase(database);
  const prepared = prepareImport({ file: "belgrade-report.txt", bytes: fs.readFileSync(FIXTURE) }, { date: DATE, title: "Report from the embassy in Belgrade", kind: "note" }, registry);
  return { ...prepared, result: { ...prepared.result, proposals: knownProposals() } };
}

beforeAll(removeImports);
afterAll(async () => {
  await removeImports();
  await database.close();
  fs.rmSync(scratch, { recursive: true, force: true });
});

describe("npm run ingest", () => {
  it("--dry-run --json prints the passages, mentions and proposals and writes nothing", async () => {
    const before = await census(database);
    const run = ingest([FIXTURE, "--dry-run", "--json", "--date", DATE, "--title", "Report from the embassy in Belgrade", "--kind", "note", "--author", "Kardelj"]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout) as ImportResult;
    expect(result.document).toMatchObject({ id: DOC, date: DATE, kind: "note", sourceKind: "primary", authors: [{ id: "kardelj", name: "Edvard Kardelj" }] });
    expect(result.passages).toEqual(EXPECTED_PASSAGES.map((text, i) => ({ n: i + 1, text })));
    expect(result.mentions.map((m) => [m.passage, m.text, m.actor.id])).toEqual(EXPECTED_MENTIONS);
    for (const m of result.mentions) expect(result.passages[m.passage - 1]!.text.slice(m.start, m.end)).toBe(m.text);
    expect(result.newNames).toEqual([{ name: "Grebenkin", kind: "person", count: 1, passages: [4], suggestion: null }]);
    for (const p of result.proposals) expect(result.passages[p.passage - 1]!.text).toContain(p.quote);
    // Two of the three statements a reader codes here; Tito's words follow "He said", a pronoun
    // the proposer does not resolve yet (docs/proposer.md).
    const pairs = result.proposals.map((p) => `${p.speaker.id}->${p.target.id}:${p.stance}`);
    expect(pairs).toEqual(expect.arrayContaining(["kardelj->ussr:support", "kardelj->khrushchev:support"]));
    expect(result.proposals.every((p) => p.confidence > 0 && p.confidence <= 1 && p.reason.length > 0)).toBe(true);
    expect(await census(database)).toBe(before);
  });

  it("an import writes the document and its proposed statements, which wait in the review queue and stay out of public views", async () => {
    const prepared = await prepareFixture();
    const outcome = await writeImport(database, prepared, new Set((await readRegistryFromDatabase(database)).actors.keys()));
    expect(outcome).toMatchObject({ status: "imported", documentId: DOC, passages: 4, mentions: 6 });
    expect(outcome.statements).toHaveLength(2);
    // Grebenkin's words wait for a curator to confirm or merge his name (docs/importing.md, New names).
    expect(outcome.skipped).toEqual([]);
    expect(outcome.held).toBe(1);
    expect(outcome.candidates.map((c) => [c.name, c.status, c.held, c.passages])).toEqual([["Grebenkin", "open", 1, [4]]]);

    const document = await ask<{ document: { passages: { text: string; mentions: { surface: string }[] }[] } }>(
      "query D($id: ID!) { document(id: $id) { passages { text mentions { surface } } } }",
      { id: DOC },
    );
    expect(document.errors).toBeUndefined();
    expect(document.data!.document.passages.map((p) => p.text)).toEqual(EXPECTED_PASSAGES);

    type Queue = { reviewQueue: { totalCount: number; nodes: { quote: string; status: string; proposedBy: string; speaker: { id: string }; target: { id: string } }[] } };
    const queue = await ask<Queue>("query Q($doc: ID) { reviewQueue(filter: { document: $doc }) { totalCount nodes { quote status proposedBy speaker { id } target { id } } } }", { doc: DOC }, auth);
    expect(queue.errors).toBeUndefined();
    expect(queue.data!.reviewQueue.nodes.map((n) => [n.speaker.id, n.target.id, n.status, n.proposedBy, n.quote]).sort()).toEqual([
      ["kardelj", "khrushchev", "proposed", "import", "Khrushchev was a friend of peace"],
      ["kardelj", "ussr", "proposed", "import", "Yugoslavia wanted good relations with the Soviet Union"],
    ]);
    const history = await ask<{ history: { action: string; by: string }[] }>("query H($id: ID!) { history(id: $id) { action by } }", { id: outcome.statements[0] }, auth);
    expect(history.data!.history).toEqual([{ action: "create", by: "import" }]);

    const publicCount = await ask<{ statements: { totalCount: number } }>("query P($d: [ID!]) { statements(filter: { documents: $d }) { totalCount } }", { d: [DOC] });
    expect(publicCount.data!.statements.totalCount).toBe(0);
    const network = await ask<{ network: { edges: { source: string; target: string }[] } }>("query N($d: [ID!]) { network(filter: { documents: $d }) { edges { source target } } }", { d: [DOC] });
    expect(network.errors).toBeUndefined();
    expect(network.data!.network.edges).toEqual([]);
  });

  it("re-importing the same text changes nothing, from the command line or under another id", async () => {
    const before = await census(database);
    const again = await writeImport(database, await prepareFixture(), new Set(["kardelj", "khrushchev", "ussr", "yugoslavia"]));
    expect(again).toMatchObject({ status: "unchanged", documentId: DOC, statements: [] });
    const cli = ingest([FIXTURE, "--date", "1957", "--id", OTHER]);
    expect(cli.status).toBe(0);
    expect(cli.stdout).toContain(`This text is already imported as ${DOC}; nothing changed.`);
    expect(await census(database)).toBe(before);
  });

  it("refuses each bad input with its message and changes nothing", async () => {
    const write = (name: string, bytes: Uint8Array | string) => {
      const file = path.join(scratch, name);
      fs.writeFileSync(file, bytes);
      return file;
    };
    const changed = write("changed.txt", `${EXPECTED_PASSAGES.join("\n\n")}\n\nA paragraph added since.`);
    const cases: [string[], RegExp][] = [
      [[write("empty.txt", ""), "--date", DATE], /Import refused: .*empty\.txt is empty\./],
      [[write("binary.txt", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48])), "--date", DATE], /binary\.txt is a binary file/],
      [[write("latin.txt", new Uint8Array([0x52, 0x61, 0x6e, 0x6b, 0x6f, 0x76, 0x69, 0xe6])), "--date", DATE], /latin\.txt is not in UTF-8/],
      [[write("debris.html", "<html><nav>Home</nav><p>Skip to content</p><footer>All rights reserved</footer></html>"), "--date", DATE], /debris\.html has no passages/],
      [[FIXTURE, "--date", "1956-13-01"], /date "1956-13-01" is not a date/],
      [[changed, "--date", DATE, "--id", DOC], new RegExp(`a document with the id "${DOC}" already exists and holds a different text`)],
    ];
    for (const [args, message] of cases) {
      const before = await census(database);
      const run = ingest(args);
      expect(run.stderr, args.join(" ")).toMatch(message);
      expect(run.status).toBe(1);
      expect(await census(database)).toBe(before);
    }
  });
});
