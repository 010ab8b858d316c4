import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadCorpus, readValidCorpus } from "@/graph/seed";
import { exportSeed } from "@/graph/seed/export";
import { ROOT } from "@/scripts/lib/paths";
import { createTestAccount } from "../support/accounts";
import { statementInput } from "../support/curation";
import { openTestDatabase } from "../support/database";
import { inProcessServer } from "../support/in-process";
import { contributeStatements, withdrawStatements } from "@/graph/aggregates";

const database = openTestDatabase();
const TOKEN = "in-process-backup-token-0123456789";
const auth = { authorization: `Bearer ${TOKEN}` };
const { ask } = inProcessServer(database, { curationToken: TOKEN });
const ACCOUNT = "test-backup-curator";
/** An account made the way `npm run users` makes one (its creation time a datetime, not a string). */
const MADE = "test-backup-made";
const dirs: string[] = [];

afterAll(async () => {
  // Leave the database as the other tests expect it: the seed corpus, and no test account.
  await loadCorpus(database, readValidCorpus(path.join(ROOT, "seed"), ROOT), { reset: true });
  await database.writeTx((tx) => tx.run("MATCH (a:Account) WHERE a.username IN [$ACCOUNT, $MADE] DETACH DELETE a", { ACCOUNT, MADE }));
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  await database.close();
});

const scratch = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stance-curation-"));
  dirs.push(dir);
  return dir;
};

/** Every statement with its review record, every revision, every account and actor's curation record, as sorted text. */
async function curationFingerprint(): Promise<string[]> {
  const queries = [
    `MATCH (s:Statement)-[:BY]->(a), (s)-[:ABOUT]->(b) OPTIONAL MATCH (s)-[:REPORTED_BY]->(r)
     RETURN apoc.text.join([s.id, a.id, b.id, coalesce(r.id, ''), s.stance, toString(s.intensity), s.quote, coalesce(s.note, ''), s.status, coalesce(s.statusBy, ''),
       coalesce(s.statusAt, ''), coalesce(s.proposedBy, ''), toString(toInteger(s.version)), coalesce(s.curatedBy, ''), coalesce(s.curatedAt, ''),
       coalesce(s.retractedAt, ''), coalesce(s.retractedBy, ''), coalesce(s.retractReason, ''), coalesce(s.origin, ''),
       apoc.text.join([l IN labels(s) | l], ',')], '|') AS line`,
    `MATCH (r:Revision) OPTIONAL MATCH (r)-[:REVISES]->(x)
     RETURN apoc.text.join([r.id, r.subject, r.subjectKind, toString(toInteger(r.version)), r.action, r.by, r.at, coalesce(r.reason, ''), coalesce(r.before, ''), r.after,
       coalesce(r.reverts, ''), coalesce(x.id, '-')], '|') AS line`,
    "MATCH (a:Account) RETURN apoc.text.join([a.username, a.role, a.passwordHash, toString(a.createdAt)], '|') AS line",
    `MATCH (a:Actor) RETURN apoc.text.join([a.id, a.name, apoc.text.join(a.aliases, ';'), coalesce(a.country, ''), coalesce(a.bio, ''), coalesce(a.origin, ''),
       coalesce(toString(toInteger(a.version)), ''), coalesce(a.createdBy, ''), coalesce(a.createdAt, ''), apoc.text.join(labels(a), ',')], '|') AS line`,
  ];
  const lines: string[] = [];
  for (const q of queries) lines.push(...(await database.read(q)).map((r) => r.get("line") as string));
  return lines.sort();
}

/** The accepted statements as the public views see them. */
async function publicFingerprint(): Promise<string[]> {
  const rows = await database.read(
    `MATCH (s:Published)-[:BY]->(a), (s)-[:ABOUT]->(b), (s)-[:IN]->(p) OPTIONAL MATCH (s)-[:REPORTED_BY]->(r)
     RETURN apoc.text.join([s.id, a.id, b.id, coalesce(r.id, ''), p.id, s.stance, toString(s.intensity), s.mode, s.quote, toString(s.date), toString(s.dateLast),
       coalesce(s.dateSaid, ''), coalesce(s.dateQualifier, ''), coalesce(s.note, ''), apoc.text.join(s.topics, ';')], '|') AS line`,
  );
  const actors = await database.read("MATCH (a:Actor) RETURN a.id + '|' + a.name + '|' + apoc.text.join(a.aliases, ';') AS line");
  return [...rows, ...actors].map((r) => r.get("line") as string).sort();
}

const quoteOf = async () =>
  ((await database.read("MATCH (p:Passage {id: 'doc-1957-04-15-hoxha-khrushchev-memorandum-p4'}) RETURN p.text AS t"))[0]!.get("t") as string).slice(0, 40);

/** A graph that has seen curation: an accepted statement edited, a proposal, a retraction, a new actor, an account. */
async function curate(): Promise<void> {
  const quote = await quoteOf();
  const create = `mutation C($input: StatementInput!) { createStatement(input: $input, curator: "alice") { id } }`;
  for (const id of ["s-test-backup-accepted", "s-test-backup-proposed", "s-test-backup-retracted"]) {
    expect((await ask(create, { input: statementInput(id, quote) }, auth)).errors).toBeUndefined();
  }
  const edits = [
    `mutation { updateStatement(id: "s-test-backup-accepted", changes: { note: "reread" }, version: 1, reason: "context", curator: "bob") { id } }`,
    `mutation { retractStatement(id: "s-test-backup-retracted", reason: "duplicate", curator: "bob") }`,
    `mutation { createActor(input: { id: "test-backup-actor", name: "Backup Person", kind: person, aliases: ["B. Person"], country: "Albania", bio: "Named in a test." }, curator: "alice") { id } }`,
  ];
  for (const edit of edits) expect((await ask(edit, {}, auth)).errors).toBeUndefined();
  await database.writeTx(async (tx) => {
    // What a session makes (sessions are another part's): a proposal by a curator.
    await withdrawStatements(tx, ["s-test-backup-proposed"]);
    await tx.run("MATCH (s:Statement {id: 's-test-backup-proposed'}) SET s.status = 'proposed', s.proposedBy = 'alice', s.statusBy = 'alice' REMOVE s:Published SET s:Proposed");
    await contributeStatements(tx, ["s-test-backup-proposed"]);
    await tx.run("MERGE (a:Account {username: $ACCOUNT}) SET a.role = 'curator', a.passwordHash = $hash, a.createdAt = datetime($createdAt)", {
      ACCOUNT,
      hash: "$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA",
      createdAt: "2026-01-02T03:04:05.000Z",
    });
  });
}

describe("backup and restore of what curation recorded", () => {
  it("carries statuses, versions, curators, revisions, accounts and new actors, and a restore reproduces them exactly", async () => {
    await curate();
    const curated = await curationFingerprint();
    expect(curated.some((l) => l.startsWith("s-test-backup-proposed|") && l.includes("|proposed|alice|"))).toBe(true);
    expect(curated.some((l) => l.startsWith("statement:s-test-backup-accepted@2|"))).toBe(true);
    await createTestAccount(database, MADE, "admin");
    const before = await curationFingerprint();
    const dir = scratch();
    await exportSeed(database, dir);
    expect(fs.existsSync(path.join(dir, "revisions.yaml"))).toBe(true);
    expect(fs.readFileSync(path.join(dir, "accounts.yaml"), "utf8")).toContain(ACCOUNT);

    // Wipe what curation made, then restore it from the backup.
    await loadCorpus(database, readValidCorpus(path.join(ROOT, "seed"), ROOT), { reset: true });
    await database.writeTx((tx) => tx.run("MATCH (a:Account) WHERE a.username IN [$ACCOUNT, $MADE] DETACH DELETE a", { ACCOUNT, MADE }));
    expect(await curationFingerprint()).not.toEqual(before);
    await loadCorpus(database, readValidCorpus(dir, dir), { reset: true });
    expect(await curationFingerprint()).toEqual(before);

    // The restored graph takes further curation where it left off: the next save is version 3.
    const next = await ask<{ updateStatement: { version: number } }>(
      `mutation { updateStatement(id: "s-test-backup-accepted", changes: { note: "again" }, version: 2, curator: "bob") { version } }`,
      {},
      auth,
    );
    expect(next.data?.updateStatement.version).toBe(3);
  });

  it("publishes the accepted statements in the seed format, and seeding that reproduces the accepted graph", async () => {
    const accepted = await publicFingerprint();
    expect(accepted.some((l) => l.startsWith("s-test-backup-accepted|"))).toBe(true);
    expect(accepted.some((l) => l.startsWith("s-test-backup-proposed|"))).toBe(false);
    const dir = scratch();
    const summary = await exportSeed(database, dir, { published: true });
    expect(summary.statements).toBe(accepted.filter((l) => l.startsWith("s-")).length);
    const text = fs.readdirSync(path.join(dir, "statements")).map((f) => fs.readFileSync(path.join(dir, "statements", f), "utf8")).join("\n");
    expect(text).not.toMatch(/status|curated_by|s-test-backup-proposed|s-test-backup-retracted/);
    expect(fs.existsSync(path.join(dir, "revisions.yaml"))).toBe(false);

    await loadCorpus(database, readValidCorpus(dir, dir), { reset: true });
    expect(await publicFingerprint()).toEqual(accepted);
  });
});
