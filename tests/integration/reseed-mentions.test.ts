import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { extractMentions, loadCorpus, readValidCorpus, type Corpus } from "@/graph/seed";
import { CREATE_MENTIONS, REPLACE_MENTIONS } from "@/graph/seed/write-relationships";
import { ROOT } from "@/scripts/lib/paths";
import { openTestDatabase } from "../support/database";

/**
 * A re-seed writes a passage's mentions again only where they changed (graph/seed/write-relationships.ts,
 * docs/decisions/0028): an unchanged corpus leaves every MENTIONS relationship as it was, a changed
 * one ends with exactly the mentions the matcher finds, and each passage is reached through its
 * id's index whatever the graph held before.
 */

const database = openTestDatabase();
const seed = readValidCorpus(path.join(ROOT, "seed"), ROOT);
afterAll(async () => {
  await loadCorpus(database, seed);
  await database.close();
});

const passageIds = (corpus: Corpus) => extractMentions(corpus).map((pm) => pm.passage);

/** The corpus's passages' mentions as stored: passage, entity, offsets and surface, with the relationship's element id apart. */
async function storedMentions(corpus: Corpus): Promise<{ lines: string[]; ids: string[] }> {
  const rows = await database.read(
    `MATCH (p:Passage)-[m:MENTIONS]->(a:Actor) WHERE p.id IN $ids
     RETURN p.id + ' ' + a.id + ' ' + toString(m.start) + '-' + toString(m.end) + ' ' + m.surface AS line, elementId(m) AS id ORDER BY line, id`,
    { ids: passageIds(corpus) },
  );
  return { lines: rows.map((r) => r.get("line") as string), ids: rows.map((r) => r.get("id") as string) };
}

/** What the matcher finds in the corpus, in the same form. */
const expectedMentions = (corpus: Corpus) =>
  extractMentions(corpus)
    .flatMap((pm) => pm.mentions.map((m) => `${pm.passage} ${m.entity} ${m.start.toFixed(1)}-${m.end.toFixed(1)} ${m.surface}`))
    .sort();

describe("re-seeding mentions", () => {
  it("leaves every mention of an unchanged corpus as it was: none deleted, none created", { timeout: 120_000 }, async () => {
    await loadCorpus(database, seed);
    const before = await storedMentions(seed);
    expect(before.lines.length).toBeGreaterThan(100);
    await loadCorpus(database, seed);
    const after = await storedMentions(seed);
    expect(after.lines).toEqual(before.lines);
    expect(after.ids).toEqual(before.ids);
  });

  it("ends with exactly the mentions the matcher finds when an alias goes, and again when it comes back", { timeout: 120_000 }, async () => {
    const cpsu = seed.organizations.find((o) => o.value.aliases.includes("CPSU"))!;
    const edited: Corpus = {
      ...seed,
      organizations: seed.organizations.map((o) => (o === cpsu ? { ...o, value: { ...o.value, aliases: o.value.aliases.filter((a) => a !== "CPSU") } } : o)),
    };
    const full = expectedMentions(seed);
    const fewer = expectedMentions(edited);
    expect(fewer.length).toBeLessThan(full.length);

    await loadCorpus(database, edited);
    expect((await storedMentions(edited)).lines).toEqual(fewer);
    await loadCorpus(database, seed);
    expect((await storedMentions(seed)).lines).toEqual(full);
  });

  it("finds each passage and actor through its id's index, never by scanning, in both statements that write mentions", async () => {
    for (const statement of [REPLACE_MENTIONS, CREATE_MENTIONS]) {
      const result = await database.executeQuery(`EXPLAIN ${statement}`, { rows: [] });
      const operators: string[] = [];
      const walk = (plan: { operatorType: string; children: unknown[] }) => {
        operators.push(plan.operatorType.replace(/@.*$/, ""));
        for (const child of plan.children) walk(child as typeof plan);
      };
      walk(result.summary.plan as unknown as { operatorType: string; children: unknown[] });
      expect(operators.filter((o) => o.startsWith("NodeUniqueIndexSeek")).length).toBe(2);
      expect(operators.filter((o) => /Scan/.test(o))).toEqual([]);
    }
  });
});
