import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { toNullableNumber, toNumber } from "@/graph/map";
import { getCounts, loadCorpus, readValidCorpus, SeedValidationError } from "@/graph/seed";
import { ROOT } from "@/scripts/lib/paths";
import { openTestDatabase } from "../support/database";

const database = openTestDatabase();
afterAll(() => database.close());

const SEED = path.join(ROOT, "seed");
const scratch: string[] = [];

/** A copy of the real seed folder that a test may break. */
function copySeed(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stance-seed-"));
  fs.cpSync(SEED, dir, { recursive: true });
  scratch.push(dir);
  return dir;
}

afterAll(() => {
  for (const dir of scratch) fs.rmSync(dir, { recursive: true, force: true });
});

function lineOf(file: string, needle: string): number {
  return fs.readFileSync(file, "utf8").split("\n").findIndex((l) => l.includes(needle)) + 1;
}

describe("the seeded corpus in Neo4j", () => {
  it("has every quote verbatim in the passage its statement cites", async () => {
    const rows = await database.read(`
      MATCH (s:Statement)-[:IN]->(p:Passage)
      RETURN s.id AS id, s.quote AS quote, p.text AS text`);
    expect(rows.length).toBeGreaterThanOrEqual(100);
    const missing = rows.filter((r) => !(r.get("text") as string).includes(r.get("quote") as string)).map((r) => r.get("id") as string);
    expect(missing).toEqual([]);
  });

  it("gives every statement a speaker, a target and a passage, and every reported one its reporter", async () => {
    // Each figure is its own count: counts of subqueries beside an aggregate would group its rows.
    const rows = await database.read(`
      RETURN COUNT { MATCH (s:Statement) } AS total,
        COUNT { MATCH (s:Statement) WHERE NOT EXISTS { (s)-[:BY]->(:Actor) } } AS noSpeaker,
        COUNT { MATCH (s:Statement) WHERE NOT EXISTS { (s)-[:ABOUT]->(:Actor) } } AS noTarget,
        COUNT { MATCH (s:Statement) WHERE NOT EXISTS { (s)-[:IN]->(:Passage) } } AS noPassage,
        COUNT { MATCH (s:Statement)-[:IN]->(:Passage)-[:PART_OF]->(d:Document)
                WHERE s.mode = 'reported' AND d.kind <> 'encyclopedia-article' AND NOT EXISTS { (s)-[:REPORTED_BY]->(:Actor) } } AS noReporter`);
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(toNumber(row!.get("total"))).toBeGreaterThanOrEqual(100);
    expect([row!.get("noSpeaker"), row!.get("noTarget"), row!.get("noPassage"), row!.get("noReporter")].map(toNumber)).toEqual([0, 0, 0, 0]);
  });

  it("covers all five documents, each primary source with statements, each with its source kind", async () => {
    const rows = await database.read(`
      MATCH (d:Document)
      RETURN d.id AS id, d.sourceKind AS kind, count { (d)<-[:PART_OF]-(:Passage)<-[:IN]-(:Statement) } AS statements`);
    expect(rows).toHaveLength(5);
    for (const r of rows) {
      expect(["primary", "secondary", "tertiary"], r.get("id") as string).toContain(r.get("kind"));
      // A tertiary source speaks for no one: it holds only what it attributes to a named speaker, if anything.
      if (r.get("kind") === "primary") expect(toNumber(r.get("statements")), r.get("id") as string).toBeGreaterThan(0);
    }
  });

  it("has a mention of every named person, and many of the seven central figures", async () => {
    // People the texts describe without naming have no name to find; they have a role instead.
    const rows = await database.read(`
      MATCH (p:Person) WHERE NOT coalesce(p.unidentified, false)
      RETURN p.id AS id, count { (p)<-[:MENTIONS]-(:Passage) } AS mentions`);
    const mentions = new Map(rows.map((r) => [r.get("id") as string, toNumber(r.get("mentions"))]));
    expect([...mentions.entries()].filter(([, n]) => n === 0).map(([id]) => id)).toEqual([]);
    for (const id of ["tito", "khrushchev", "kardelj", "rankovic", "hoxha", "nagy", "zhivkov"]) {
      expect(mentions.get(id), id).toBeGreaterThanOrEqual(id === "zhivkov" ? 2 : 5);
    }
  });

  it("stores mention offsets that point at the surface text", async () => {
    const rows = await database.read(`
      MATCH (p:Passage)-[m:MENTIONS]->()
      RETURN p.text AS text, m.start AS start, m.end AS end, m.surface AS surface`);
    expect(rows.length).toBeGreaterThan(300);
    const wrong = rows.filter((r) => {
      const text = r.get("text") as string;
      return text.slice(toNumber(r.get("start")), toNumber(r.get("end"))) !== r.get("surface");
    });
    expect(wrong).toHaveLength(0);
  });

  it("finds aliases through the full-text index, diacritics and case ignored", async () => {
    for (const [query, id] of [
      ["Rankovic", "rankovic"],
      ["kadar", "kadar"],
      ["Vukmanovic", "vukmanovic-tempo"],
    ] as const) {
      const rows = await database.read("CALL db.index.fulltext.queryNodes('search', $query) YIELD node RETURN node.id AS id LIMIT 3", { query });
      expect(rows.map((r) => r.get("id") as string), query).toContain(id);
    }
  });
});

describe("seeding", () => {
  it("drops a field taken out of the files when the seed runs again", async () => {
    const corpus = readValidCorpus(SEED, ROOT);
    const annotated = corpus.statements.find((s) => s.value.note)!;
    const person = corpus.people.find((p) => p.value.born !== undefined)!;
    const edited = {
      ...corpus,
      statements: corpus.statements.map((s) => (s === annotated ? { ...s, value: { ...s.value, note: undefined } } : s)),
      people: corpus.people.map((p) => (p === person ? { ...p, value: { ...p.value, born: undefined } } : p)),
    };
    const fields = async () => {
      const [row] = await database.read("MATCH (s:Statement {id: $s}), (p:Person {id: $p}) RETURN s.note AS note, p.born AS born, s.origin AS origin", {
        s: annotated.value.id,
        p: person.value.id,
      });
      return { note: row!.get("note") as string | null, born: toNullableNumber(row!.get("born")), origin: row!.get("origin") as string };
    };
    try {
      await loadCorpus(database, edited);
      expect(await fields()).toEqual({ note: null, born: null, origin: "seed" });
    } finally {
      await loadCorpus(database, corpus);
    }
    expect(await fields()).toEqual({ note: annotated.value.note, born: person.value.born, origin: "seed" });
  });

  it("changes no count when run twice", async () => {
    const before = await getCounts(database);
    const after = await loadCorpus(database, readValidCorpus(SEED, ROOT));
    expect(after).toEqual(before);
  });

  it("rejects a broken registry and statement file with file and line, and writes nothing", async () => {
    const dir = copySeed();
    const people = path.join(dir, "people.yaml");
    fs.writeFileSync(people, fs.readFileSync(people, "utf8").replace(/^(\s*)born: \d+$/m, "$1born: not-a-year"));
    const statementsFile = path.join(dir, "statements", fs.readdirSync(path.join(dir, "statements")).sort()[0]!);
    const original = fs.readFileSync(statementsFile, "utf8");
    const broken = original
      .replace(/speaker: [a-z-]+/, "speaker: nobody-at-all")
      .replace(/stance: [a-z]+/, "stance: furious");
    fs.writeFileSync(statementsFile, broken);
    const before = await getCounts(database);

    let error: unknown;
    try {
      await loadCorpus(database, readValidCorpus(dir, dir));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SeedValidationError);
    const problems = (error as SeedValidationError).problems;
    const where = (file: string) => problems.filter((p) => p.file === path.relative(dir, file));
    expect(where(people).some((p) => p.message.includes("born"))).toBe(true);
    expect(where(statementsFile).find((p) => p.message.includes("stance"))?.line).toBe(lineOf(statementsFile, "stance: furious"));
    expect((error as Error).message).toMatch(/people\.yaml:\d+: /);
    expect(await getCounts(database)).toEqual(before);
  });

  it("rejects a quote that is not verbatim in its passage, naming the statement", () => {
    const dir = copySeed();
    const statementsFile = path.join(dir, "statements", fs.readdirSync(path.join(dir, "statements")).sort()[0]!);
    fs.writeFileSync(statementsFile, fs.readFileSync(statementsFile, "utf8").replace(/quote: "/, 'quote: "Paraphrased: '));
    expect(() => readValidCorpus(dir, dir)).toThrow(/statement s-[a-z0-9-]+: quote not found verbatim/);
  });

  it("rejects duplicate ids and impossible dates", () => {
    const dir = copySeed();
    const statementsFile = path.join(dir, "statements", fs.readdirSync(path.join(dir, "statements")).sort()[0]!);
    const text = fs.readFileSync(statementsFile, "utf8");
    // Append two copies of the first statement: one with its id, one with a date that does not exist.
    const first = /\n {2}- id: [\s\S]*?(?=\n {2}- id: |\n*$)/.exec(text)![0];
    const firstId = /id: (\S+)/.exec(first)![1]!;
    const badDate = first.replace(/id: \S+/, "id: s-impossible-date").replace(/\n {4}date: .*/, "") + "\n    date: 1956-02-30";
    fs.writeFileSync(statementsFile, `${text.trimEnd()}${first}${badDate}\n`);
    let message = "";
    try {
      readValidCorpus(dir, dir);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain(`duplicate id "${firstId}"`);
    expect(message).toContain("must be a real date written YYYY-MM-DD, YYYY-MM or YYYY");
  });
});
