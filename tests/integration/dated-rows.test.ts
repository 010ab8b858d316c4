import { afterAll, describe, expect, it } from "vitest";
import { filterParams, type StatementFilter } from "@/graph/queries/filters";
import {
  NETWORK_EDGES_AGGREGATED,
  NETWORK_EDGES_AGGREGATED_DATED,
  NETWORK_EDGES_AGGREGATED_FROM_SPEAKERS,
  NETWORK_EDGES_AGGREGATED_FROM_SPEAKERS_DATED,
} from "@/graph/queries/network";
import { openTestDatabase } from "../support/database";

/**
 * A network read from the aggregate rows with its date test first (graph/queries/filters.ts
 * AGGREGATE_DATES_FIRST) keeps the rows the filter's own date test keeps: held, links and actors
 * sorted, to the query without it under filters with either end of a date range, both, and other
 * filters beside, over the whole graph and from named speakers, on the seed corpus.
 */

const database = openTestDatabase();
afterAll(() => database.close());

type Answer = { links: unknown[][]; actors: unknown[][] };

async function read(cypher: string, filter: StatementFilter): Promise<string> {
  const [record] = await database.read(cypher, filterParams(filter, false));
  const answer = record!.toObject() as Answer;
  const sorted = (rows: unknown[][]) => rows.map((row) => JSON.stringify(row)).sort();
  return JSON.stringify({ links: sorted(answer.links), actors: [...new Set(sorted(answer.actors))] });
}

describe("a dated network from the aggregate rows, its date test first", () => {
  it("keeps the same links as the filter's own date test, for every end and filter beside", async () => {
    const speakers = (await database.read("MATCH (a:Actor)<-[:BY]-(:Statement) RETURN a.id AS id, count(*) AS n ORDER BY n DESC, id LIMIT 6")).map((r) => r.get("id") as string);
    const everyone: StatementFilter = { includeOrganizations: true, includeTertiary: true, includeProposed: true };
    const dates: StatementFilter[] = [
      { from: "1956-01-01", to: "1956-12-31" },
      { from: "1955-06-15" },
      { to: "1955-03-31" },
      { from: "1956-10-06", to: "1956-10-06" },
      { from: "1954-01-01", to: "1957-12-31" },
      { from: "1990-01-01" },
      { to: "1900-01-01" },
    ];
    const filters = dates.flatMap((d) => [d, { ...d, ...everyone }, { ...d, stances: ["oppose" as const] }, { ...d, stances: ["support" as const, "mixed" as const], includeOrganizations: true }]);
    let nonEmpty = 0;
    for (const filter of filters) {
      const whole = await read(NETWORK_EDGES_AGGREGATED, filter);
      expect(await read(NETWORK_EDGES_AGGREGATED_DATED, filter), JSON.stringify(filter)).toBe(whole);
      const fromSpeakers = { ...filter, speakers };
      expect(await read(NETWORK_EDGES_AGGREGATED_FROM_SPEAKERS_DATED, fromSpeakers), JSON.stringify(fromSpeakers)).toBe(await read(NETWORK_EDGES_AGGREGATED_FROM_SPEAKERS, fromSpeakers));
      if (whole.length > 40) nonEmpty++;
    }
    expect(nonEmpty).toBeGreaterThan(15);
  });
});
