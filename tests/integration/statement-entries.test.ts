import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import neo4j from "neo4j-driver";
import { afterAll, describe, expect, it } from "vitest";
import { LOAD_STATEMENT_ENTRIES_ABOUT_ACTORS, LOAD_STATEMENT_ENTRIES_BY_ACTORS, LOAD_STATEMENTS_ABOUT_ACTORS, LOAD_STATEMENTS_BY_ACTORS } from "@/graph/queries/loaders";
import { STATEMENT_ENTRY_FIELDS, toStatement, toStatementEntry } from "@/graph/queries/records";
import { loadVariedCorpus, restoreSeedCorpus } from "../support/corpora";
import { openTestDatabase } from "../support/database";
import { inProcessServer } from "../support/in-process";

/**
 * An actor's nested statements read as entries (docs/decisions/0034) are the same statements,
 * with the same fields, as those read in full: held to them through the loaders' queries for every
 * actor and cut, and through GraphQL for a query that asks entry fields alone (through fragments),
 * read as entries, against the same query with one field more, read in full, on the seed corpus
 * and on a generated one.
 */

const database = openTestDatabase();
/** The statements the handler sends through the loaders, noted to see which form a list was read in. */
const sent: string[] = [];
const { ask } = inProcessServer(
  { ...database, read: (cypher, params) => (sent.push(cypher), database.read(cypher, params)) },
  { responseCacheBytes: 0 },
);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stance-statement-entries-"));

afterAll(async () => {
  // The other test files read the seed corpus: put it back.
  await restoreSeedCorpus(database);
  await database.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

type Row = Record<string, unknown>;
const pick = (record: Row) => Object.fromEntries([...STATEMENT_ENTRY_FIELDS].map((field) => [field, record[field]]));

async function actorIds(): Promise<string[]> {
  return (await database.read("MATCH (a:Actor) RETURN a.id AS id ORDER BY id")).map((r) => r.get("id") as string);
}

/** Every actor's entries against its full statements cut to the entry's fields; returns how many entries were compared. */
async function compareLoaders(ids: string[]): Promise<number> {
  let compared = 0;
  const read = async (cypher: string, limit: number, map: (row: Row) => Row) =>
    (await database.read(cypher, { ids, limit: neo4j.int(limit) })).map((r) => [r.get("id"), (r.get("value") as Row[]).map(map)] as [string, Row[]]).sort();
  for (const [entries, full] of [[LOAD_STATEMENT_ENTRIES_BY_ACTORS, LOAD_STATEMENTS_BY_ACTORS], [LOAD_STATEMENT_ENTRIES_ABOUT_ACTORS, LOAD_STATEMENTS_ABOUT_ACTORS]] as const) {
    for (const limit of [1, 3, 200]) {
      const [got, reference] = [await read(entries, limit, (row) => ({ ...toStatementEntry(row) })), await read(full, limit, (row) => pick({ ...toStatement(row) }))];
      expect(JSON.stringify(got)).toBe(JSON.stringify(reference));
      compared += got.reduce((n, [, list]) => n + list.length, 0);
    }
  }
  return compared;
}

const ENTRY_ONLY = `
fragment Said on Statement { quote stance speaker { ...Who } }
fragment Who on Actor { id name kind }
query Lists($id: ID!) {
  actor(id: $id) {
    __typename
    statementsMade(first: 200) { __typename id ...Said target { name bio } ... on Statement { intensity } }
    statementsReceived(first: 7) { said: quote ...Said target { ... on Person { born } } }
  }
}`;
/** The same, with one field beyond an entry in each list: these are read in full. */
const WITH_MORE = ENTRY_ONLY.replace("__typename id", "__typename id dateLabel").replace("said: quote", "said: quote note");

interface Lists {
  actor: { statementsMade: Row[]; statementsReceived: Row[] };
}

/** Every actor's lists asked as entries against the same asked in full; returns how many statements came. */
async function compareAnswers(ids: string[]): Promise<number> {
  let compared = 0;
  for (const id of ids) {
    sent.length = 0;
    const entries = await ask<Lists>(ENTRY_ONLY, { id });
    expect(sent).toContain(LOAD_STATEMENT_ENTRIES_BY_ACTORS);
    expect(sent).toContain(LOAD_STATEMENT_ENTRIES_ABOUT_ACTORS);
    sent.length = 0;
    const full = await ask<Lists>(WITH_MORE, { id });
    expect(sent).toContain(LOAD_STATEMENTS_BY_ACTORS);
    expect(sent).toContain(LOAD_STATEMENTS_ABOUT_ACTORS);
    expect(entries.errors).toBeUndefined();
    expect(full.errors).toBeUndefined();
    const made = full.data!.actor.statementsMade.map(({ dateLabel, ...rest }) => (expect(typeof dateLabel).toBe("string"), rest));
    const received = full.data!.actor.statementsReceived.map(({ note, ...rest }) => (expect(note === null || typeof note === "string").toBe(true), rest));
    expect(entries.data).toEqual({ actor: { ...full.data!.actor, statementsMade: made, statementsReceived: received } });
    compared += made.length + received.length;
  }
  return compared;
}

describe("an actor's nested statements read as entries", () => {
  it("are its statements in full, cut to the entry's fields, on the seed corpus", async () => {
    const ids = await actorIds();
    expect(await compareLoaders(ids)).toBeGreaterThan(100);
    expect(await compareAnswers(ids)).toBeGreaterThan(100);
  });

  it("are its statements in full, on a generated corpus with proposed and tertiary statements and organisations", async () => {
    await loadVariedCorpus(database, dir, { statements: 800, people: 80, seed: 37 });
    const ids = await actorIds();
    expect(await compareLoaders(ids)).toBeGreaterThan(1000);
    expect(await compareAnswers(ids.slice(0, 40))).toBeGreaterThan(300);
  }, 120_000);
});
