import fs from "node:fs";
import path from "node:path";
import neo4j from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestAccount, removeTestAccounts, signInAs } from "../support/accounts";
import { census, openTestDatabase, removeStatementsOf } from "../support/database";
import { inProcessServer } from "../support/in-process";

/**
 * New names reviewed by curators, through the GraphQL handler: an import stores the names it
 * found and holds the proposals that need them; confirming makes the actor (its form an alias),
 * its mentions and the held proposals as proposed statements by the curator; merging adds the
 * form to a known actor; dismissing drops what needed the name. Refusals change nothing.
 */
const database = openTestDatabase();
const { ask } = inProcessServer(database);
const PREFIX = "t-names-ip-";
const curator = `${PREFIX}curator`;
const viewer = `${PREFIX}viewer`;
const DOC = "doc-1956-08-02-test-names-in-process";
const NEW_ACTOR = "t-names-ilse-berg";
const TEXT = fs.readFileSync(path.join(__dirname, "..", "fixtures", "ingest", "brioni-names.txt"), "utf8");
let curatorCookie = "";
let viewerCookie = "";

const CANDIDATE = "id documentId name kind count passages status held resolvedBy resolvedAt reason actor { id name } suggestion { id name why }";
const IMPORT = `mutation Import($input: ImportInput!, $dryRun: Boolean) {
  importDocument(input: $input, dryRun: $dryRun) {
    newNames { name kind count passages suggestion { id name why } }
    outcome { status statements held candidates { ${CANDIDATE} } skipped { why } }
  }
}`;
const CANDIDATES = `query Candidates($document: ID, $status: NameCandidateStatus) { nameCandidates(document: $document, status: $status) { ${CANDIDATE} } }`;
const REVIEW = `candidate { ${CANDIDATE} } statements dropped`;
const CONFIRM = `mutation Confirm($id: ID!, $actor: ConfirmNameInput!) { confirmName(id: $id, actor: $actor) { ${REVIEW} } }`;
const MERGE = `mutation Merge($id: ID!, $into: ID!) { mergeName(id: $id, into: $into) { ${REVIEW} } }`;
const DISMISS = `mutation Dismiss($id: ID!, $reason: String) { dismissName(id: $id, reason: $reason) { ${REVIEW} } }`;
const QUEUE = `query Queue($document: ID) { reviewQueue(filter: { document: $document }, first: 50) {
  nodes { id status proposedBy quote mode speaker { id } target { id } reportedBy { id } note }
} }`;

interface Candidate {
  id: string;
  name: string;
  status: string;
  held: number;
  passages: number[];
  resolvedBy: string | null;
  actor: { id: string; name: string } | null;
  suggestion: { id: string; why: string } | null;
}
interface Review {
  candidate: Candidate;
  statements: string[];
  dropped: number;
}
interface QueueItem {
  id: string;
  status: string;
  proposedBy: string;
  quote: string;
  speaker: { id: string };
  target: { id: string };
  reportedBy: { id: string } | null;
  note: string;
}

const input = { text: TEXT, fileName: "brioni-names.txt", id: DOC, date: "1956-08-02", authors: ["micunovic"] };
const as = (cookie: string) => ({ cookie });
const num = (v: unknown) => (neo4j.isInt(v) ? v.toNumber() : Number(v));

/** What a refused action must leave as it was: the census, the candidates, the held proposals, Khrushchev's aliases. */
async function state(): Promise<string> {
  const [row] = await database.read(`
    CALL () { MATCH (c:NameCandidate {document: $doc}) RETURN collect(c.id + ':' + c.status + ':' + coalesce(toString(c.lockedAt), '')) AS candidates }
    CALL () { MATCH (h:HeldProposal {document: $doc}) RETURN count(h) AS held }
    CALL () { MATCH (c:NameCandidate {document: $doc})-[s:STANDS_IN]->() RETURN count(s) AS places }
    CALL () { MATCH (a:Actor) RETURN count(a) AS actors }
    MATCH (k:Actor {id: 'khrushchev'})
    RETURN candidates, held, places, actors, k.aliases AS aliases`, { doc: DOC });
  return (await census(database)) + JSON.stringify(row!.toObject());
}

async function candidates(): Promise<Candidate[]> {
  const answer = await ask<{ nameCandidates: Candidate[] }>(CANDIDATES, { document: DOC, status: null }, as(curatorCookie));
  expect(answer.errors).toBeUndefined();
  return answer.data!.nameCandidates;
}
const byName = async (name: string) => (await candidates()).find((c) => c.name === name)!;

async function queue(): Promise<QueueItem[]> {
  const answer = await ask<{ reviewQueue: { nodes: QueueItem[] } }>(QUEUE, { document: DOC }, as(curatorCookie));
  expect(answer.errors).toBeUndefined();
  return answer.data!.reviewQueue.nodes;
}

async function removeAll() {
  await database.writeTx(async (tx) => {
    await removeStatementsOf(tx, "d.id = $id", { id: DOC });
    await tx.run("MATCH (n) WHERE (n:NameCandidate OR n:HeldProposal) AND n.document = $id DETACH DELETE n", { id: DOC });
    await tx.run("MATCH (p:Passage)-[:PART_OF]->(d:Document {id: $id}) DETACH DELETE p", { id: DOC });
    await tx.run("MATCH (d:Document {id: $id}) DETACH DELETE d", { id: DOC });
    await tx.run("MATCH (a:Actor) WHERE a.id STARTS WITH 't-names-' OPTIONAL MATCH (r:Revision {subject: a.id}) DETACH DELETE r, a");
    await tx.run(
      `MATCH (k:Actor {id: 'khrushchev'}) WHERE 'Hruschev' IN k.aliases
       SET k.aliases = [x IN k.aliases WHERE x <> 'Hruschev'], k.aliasText = replace(k.aliasText, ' | Hruschev', '')`,
    );
  });
}

beforeAll(async () => {
  await removeTestAccounts(database, PREFIX);
  await removeAll();
  await createTestAccount(database, curator, "curator");
  await createTestAccount(database, viewer, "viewer");
  curatorCookie = (await signInAs(ask, curator)).cookie;
  viewerCookie = (await signInAs(ask, viewer)).cookie;
});

afterAll(async () => {
  await removeAll();
  await removeTestAccounts(database, PREFIX);
  await database.close();
});

describe("new names reviewed by curators", () => {
  it("stores each new name as an open candidate with its places, and holds the proposals that need one", async () => {
    const dry = await ask<{ importDocument: { newNames: { name: string; count: number; passages: number[]; suggestion: { id: string; why: string } | null }[] } }>(IMPORT, { input }, as(curatorCookie));
    expect(dry.errors).toBeUndefined();
    const names = dry.data!.importDocument.newNames;
    expect(names.map((n) => [n.name, n.count, n.passages])).toEqual([
      ["Ilse Berg", 2, [2, 3]],
      ["Brioni", 1, [1]],
      ["Hruschev", 1, [4]],
    ]);
    expect(names[2]!.suggestion).toEqual({ id: "khrushchev", name: "Nikita Khrushchev", why: 'another transliteration of "Khrushchev"' });

    const real = await ask<{ importDocument: { outcome: { status: string; statements: string[]; held: number; candidates: Candidate[]; skipped: unknown[] } } }>(IMPORT, { input, dryRun: false }, as(curatorCookie));
    expect(real.errors).toBeUndefined();
    const outcome = real.data!.importDocument.outcome;
    expect(outcome.status).toBe("imported");
    expect(outcome.held).toBe(3);
    expect(outcome.candidates.map((c) => [c.name, c.status, c.held])).toEqual([
      ["Ilse Berg", "open", 2],
      ["Brioni", "open", 0],
      ["Hruschev", "open", 1],
    ]);
    // The one proposal that names only known actors is written now, proposed by the curator who imported.
    const written = await queue();
    expect(written.map((s) => [s.id, s.speaker.id, s.target.id, s.proposedBy])).toEqual([[outcome.statements[0], "kardelj", "khrushchev", curator]]);
    expect(written[0]!.note).toMatch(/^Proposed on import \(confidence /);

    const stored = await candidates();
    expect(stored.map((c) => [c.id, c.status, c.held, c.passages])).toEqual(outcome.candidates.map((c) => [c.id, "open", c.held, c.passages]));
    const [places] = await database.read("MATCH (c:NameCandidate {document: $doc})-[s:STANDS_IN]->(p:Passage) RETURN count(s) AS n", { doc: DOC });
    expect(num(places!.get("n"))).toBe(4);

    const before = await state();
    const again = await ask<{ importDocument: { outcome: { status: string; held: number; candidates: unknown[] } } }>(IMPORT, { input, dryRun: false }, as(curatorCookie));
    expect(again.data!.importDocument.outcome).toMatchObject({ status: "unchanged", held: 0, candidates: [] });
    expect(await state()).toBe(before);
  });

  it("refuses readers, viewers, unknown candidates and actors, and a confirmation that fails half-way, changing nothing", async () => {
    const ilse = await byName("Ilse Berg");
    const hruschev = await byName("Hruschev");
    const before = await state();
    expect((await ask(CANDIDATES, { document: DOC })).code).toBe("UNAUTHENTICATED");
    expect((await ask(CANDIDATES, { document: DOC }, as(viewerCookie))).code).toBe("FORBIDDEN");
    expect((await ask(CONFIRM, { id: ilse.id, actor: { kind: "person" } })).code).toBe("UNAUTHENTICATED");
    const viewerConfirm = await ask(CONFIRM, { id: ilse.id, actor: { kind: "person" } }, as(viewerCookie));
    expect(viewerConfirm.code).toBe("FORBIDDEN");
    expect(viewerConfirm.message).toContain("curator");
    expect((await ask(DISMISS, { id: ilse.id }, as(viewerCookie))).code).toBe("FORBIDDEN");

    const unknown = await ask(MERGE, { id: "name-no-such-candidate", into: "khrushchev" }, as(curatorCookie));
    expect(unknown.code).toBe("NOT_FOUND");
    expect(unknown.message).toContain("name-no-such-candidate");
    const noActor = await ask(MERGE, { id: hruschev.id, into: "t-names-nobody" }, as(curatorCookie));
    expect(noActor.code).toBe("NOT_FOUND");
    expect(noActor.message).toMatch(/Actor "t-names-nobody" does not exist/);
    // The candidate is locked and read before the actor is made; the taken id refuses it all.
    const taken = await ask(CONFIRM, { id: ilse.id, actor: { id: "tito", kind: "person" } }, as(curatorCookie));
    expect(taken.code).toBe("BAD_USER_INPUT");
    expect(taken.message).toContain('id "tito" already exists');
    const badKind = await ask(CONFIRM, { id: ilse.id, actor: { kind: "club" } }, as(curatorCookie));
    expect(badKind.code).toBe("BAD_USER_INPUT");
    expect(await state()).toBe(before);
  });

  it("a merge into an actor removed meanwhile changes nothing", async () => {
    const hruschev = await byName("Hruschev");
    const made = await ask(`mutation { createActor(input: { id: "t-names-gone", name: "Gone Meanwhile", kind: person }) { id } }`, {}, as(curatorCookie));
    expect(made.errors).toBeUndefined();
    await database.writeTx((tx) => tx.run("MATCH (a:Actor {id: 't-names-gone'}) DETACH DELETE a"));
    const before = await state();
    const merged = await ask(MERGE, { id: hruschev.id, into: "t-names-gone" }, as(curatorCookie));
    expect(merged.code).toBe("NOT_FOUND");
    expect(await state()).toBe(before);
  });

  it("confirming makes the actor with its alias, its mentions, and the held proposals proposed statements by the curator", async () => {
    const ilse = await byName("Ilse Berg");
    const answer = await ask<{ confirmName: Review }>(CONFIRM, { id: ilse.id, actor: { id: NEW_ACTOR, kind: "person" } }, as(curatorCookie));
    expect(answer.errors).toBeUndefined();
    const review = answer.data!.confirmName;
    expect(review.candidate).toMatchObject({ status: "confirmed", held: 0, resolvedBy: curator, actor: { id: NEW_ACTOR, name: "Ilse Berg" } });
    expect(review.statements).toHaveLength(2);
    expect(review.dropped).toBe(0);

    const [actor] = await database.read("MATCH (a:Person {id: $id}) RETURN a.aliases AS aliases, a.createdBy AS by, COUNT { (:Passage)-[:MENTIONS]->(a) } AS mentions", { id: NEW_ACTOR });
    expect(actor!.get("aliases")).toEqual(["Ilse Berg"]);
    expect(actor!.get("by")).toBe(curator);
    expect(num(actor!.get("mentions"))).toBe(2);

    const items = (await queue()).filter((s) => review.statements.includes(s.id));
    expect(items.map((s) => [s.speaker.id, s.target.id, s.status, s.proposedBy, s.reportedBy?.id]).sort()).toEqual([
      ["kardelj", NEW_ACTOR, "proposed", curator, "micunovic"],
      [NEW_ACTOR, "tito", "proposed", curator, "micunovic"],
    ]);
    for (const s of items) expect(TEXT).toContain(s.quote);

    const twice = await ask(CONFIRM, { id: ilse.id, actor: { kind: "person" } }, as(curatorCookie));
    expect(twice.code).toBe("CONFLICT");
    expect(twice.message).toContain(`already confirmed by ${curator}`);
  });

  it("merging adds the form to the chosen actor's aliases and writes the held proposal with that actor", async () => {
    const hruschev = await byName("Hruschev");
    const answer = await ask<{ mergeName: Review }>(MERGE, { id: hruschev.id, into: "khrushchev" }, as(curatorCookie));
    expect(answer.errors).toBeUndefined();
    const review = answer.data!.mergeName;
    expect(review.candidate).toMatchObject({ status: "merged", resolvedBy: curator, actor: { id: "khrushchev", name: "Nikita Khrushchev" } });
    expect(review.statements).toHaveLength(1);
    const [k] = await database.read("MATCH (k:Actor {id: 'khrushchev'}) RETURN k.aliases AS aliases, k.aliasText AS text");
    expect(k!.get("aliases")).toContain("Hruschev");
    expect(k!.get("text")).toContain("Hruschev");
    const [item] = (await queue()).filter((s) => review.statements.includes(s.id));
    expect(item).toMatchObject({ speaker: { id: "khrushchev" }, target: { id: "tito" }, status: "proposed", proposedBy: curator });
    const [mention] = await database.read("MATCH (p:Passage {id: $p})-[m:MENTIONS]->(:Actor {id: 'khrushchev'}) RETURN m.surface AS surface", { p: `${DOC}-p4` });
    expect(mention!.get("surface")).toBe("Hruschev");
  });

  it("dismissing writes nothing and drops the name's places", async () => {
    const brioni = await byName("Brioni");
    const before = await census(database);
    const answer = await ask<{ dismissName: Review }>(DISMISS, { id: brioni.id, reason: "a place, not a person" }, as(curatorCookie));
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.dismissName).toMatchObject({ statements: [], dropped: 0, candidate: { status: "dismissed", resolvedBy: curator, reason: "a place, not a person", actor: null } });
    expect(await census(database)).toBe(before);
    const [places] = await database.read("MATCH (c:NameCandidate {id: $id})-[s:STANDS_IN]->() RETURN count(s) AS n", { id: brioni.id });
    expect(num(places!.get("n"))).toBe(0);
    const open = await ask<{ nameCandidates: Candidate[] }>(CANDIDATES, { document: DOC }, as(curatorCookie));
    expect(open.data!.nameCandidates).toEqual([]);
    const [held] = await database.read("MATCH (h:HeldProposal {document: $doc}) RETURN count(h) AS n", { doc: DOC });
    expect(num(held!.get("n"))).toBe(0);
  });
});
