import neo4j from "neo4j-driver";
import { afterAll, describe, expect, it } from "vitest";
import { LOAD_STATEMENTS_ABOUT_ACTORS, LOAD_STATEMENTS_BY_ACTORS } from "@/graph/queries/loaders";
import { STATEMENT } from "@/graph/queries/records";
import { openTestDatabase } from "../support/database";

/**
 * An actor's statements as a nested list (Actor.statementsMade and statementsReceived) read in full
 * only for those kept: held to the list made by reading every statement and then cutting it, for
 * every actor of the seed, with cuts small enough to bite.
 */

const database = openTestDatabase();
afterAll(() => database.close());

const readEveryThenCut = (relation: "BY" | "ABOUT") => `
UNWIND $ids AS id
MATCH (:Actor {id: id})<-[:${relation}]-(s:Statement)
WHERE s:Published
WITH id, s ORDER BY s.date, s.id
RETURN id, collect(${STATEMENT("s")})[0..$limit] AS value`;

describe("an actor's nested statements", () => {
  it("are the first ones by date, read in full only once cut, for every actor and cut", async () => {
    const ids = (await database.read("MATCH (a:Actor) RETURN a.id AS id ORDER BY id")).map((r) => r.get("id") as string);
    const asJson = async (cypher: string, limit: number) =>
      JSON.stringify((await database.read(cypher, { ids, limit: neo4j.int(limit) })).map((r): [unknown, unknown] => [r.get("id"), r.get("value")]).sort());
    let cutSomewhere = false;
    for (const [query, relation] of [[LOAD_STATEMENTS_BY_ACTORS, "BY"], [LOAD_STATEMENTS_ABOUT_ACTORS, "ABOUT"]] as const) {
      for (const limit of [1, 3, 200]) {
        const [kept, reference, uncut] = await Promise.all([asJson(query, limit), asJson(readEveryThenCut(relation), limit), asJson(readEveryThenCut(relation), 100_000)]);
        expect(kept).toBe(reference);
        if (kept !== uncut) cutSomewhere = true;
      }
    }
    expect(cutSomewhere).toBe(true);
  });
});
