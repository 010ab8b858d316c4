import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import neo4j from "neo4j-driver";
import { afterAll, describe, expect, it } from "vitest";
import { filterParams, type StatementFilter } from "@/graph/queries/filters";
import { LIST_STATEMENTS, LIST_STATEMENTS_FROM_SPEAKERS, LIST_STATEMENTS_FROM_TARGETS, listStatementsQuery } from "@/graph/queries/statements";
import { loadVariedCorpus, restoreSeedCorpus } from "../support/corpora";
import { openTestDatabase } from "../support/database";

/**
 * A statement list whose filter names speakers or targets starts from their nodes
 * (graph/queries/statements.ts): held, total and page byte for byte as JSON, to the list matched
 * over every statement as before, for every speaker and target of the seed corpus and of a
 * generated one, alone, as pairs, under other filters and on a later page.
 */

const database = openTestDatabase();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stance-statement-lists-"));

afterAll(async () => {
  // The other test files read the seed corpus: put it back.
  await restoreSeedCorpus(database);
  await database.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

interface Listed {
  total: number;
  page: { id: string; date: unknown }[];
}

async function list(cypher: string, filter: StatementFilter, limit: number, after: [unknown, string] | null = null): Promise<Listed> {
  const params = { ...filterParams(filter, true), afterDate: after ? String(after[0]) : null, afterId: after?.[1] ?? null, limit: neo4j.int(limit) };
  const [record] = await database.read(cypher, params);
  return { total: Number(record!.get("total")), page: record!.get("page") as Listed["page"] };
}

/** Every case's new list against the reference; returns how many cases had statements. */
async function compareAll(filters: StatementFilter[]): Promise<number> {
  let nonEmpty = 0;
  for (const filter of filters) {
    const query = listStatementsQuery(filterParams(filter, true));
    expect(query).toBe(filter.speakers ? LIST_STATEMENTS_FROM_SPEAKERS : LIST_STATEMENTS_FROM_TARGETS);
    const [reference, started] = [await list(LIST_STATEMENTS, filter, 4), await list(query, filter, 4)];
    expect(JSON.stringify(started)).toBe(JSON.stringify(reference));
    if (reference.total > 0) nonEmpty++;
    const last = reference.page.at(-1);
    if (reference.total > 4 && last) {
      const after: [unknown, string] = [last.date, last.id];
      expect(JSON.stringify(await list(query, filter, 4, after))).toBe(JSON.stringify(await list(LIST_STATEMENTS, filter, 4, after)));
    }
  }
  return nonEmpty;
}

async function casesFor(): Promise<StatementFilter[]> {
  const rows = await database.read("MATCH (a:Actor)<-[:BY]-(s:Statement)-[:ABOUT]->(b:Actor) RETURN a.id AS a, b.id AS b, count(s) AS n ORDER BY n DESC, a, b");
  const pairs = rows.map((r) => [r.get("a") as string, r.get("b") as string] as const);
  const speakers = [...new Set(pairs.map(([a]) => a))];
  const targets = [...new Set(pairs.map(([, b]) => b))];
  const everyone: StatementFilter = { includeOrganizations: true, includeTertiary: true, includeProposed: true };
  return [
    ...speakers.map((id) => ({ speakers: [id] })),
    ...targets.map((id) => ({ targets: [id] })),
    ...pairs.slice(0, 40).map(([a, b]) => ({ speakers: [a], targets: [b] })),
    ...pairs.slice(0, 10).map(([a, b]) => ({ ...everyone, speakers: [a, b], targets: [b, a], from: "1955-01-01", to: "1957-12-31" })),
    ...pairs.slice(0, 10).map(([a, b]) => ({ targets: [a, b], stances: ["oppose" as const, "support" as const], includeOrganizations: false })),
    { speakers: ["no-such-actor"] },
    { targets: ["no-such-actor"], includeOrganizations: true },
  ];
}

describe("a statement list started from the actors its filter names", () => {
  it("is the list matched over every statement, on the seed corpus", async () => {
    expect(await compareAll(await casesFor())).toBeGreaterThan(20);
  });

  it("is the list matched over every statement, on a generated corpus with proposed and tertiary statements", async () => {
    await loadVariedCorpus(database, dir, { statements: 800, people: 80, seed: 31 });
    expect(await compareAll(await casesFor())).toBeGreaterThan(50);
  }, 120_000);
});
