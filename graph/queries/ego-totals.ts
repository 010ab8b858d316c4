import neo4j from "neo4j-driver";
import type { Database } from "../db";
import { TOTAL_FILTER_WHERE, TOTAL_SWITCHES_WHERE, TOTALS_SUMMED } from "./totals";
import { networkOfLinks, type EdgeRow, type Network } from "./network";

/**
 * An ego network of depth 1 from the pair totals in one statement (docs/decisions/0029): the
 * centre's neighbours over its totals under the filter, then the links among them, found by
 * expanding each member's totals and testing the other end against the member nodes. It answers
 * exactly what the hop and the network among the members answer (graph/queries/ego.ts), in one
 * auto-commit round trip instead of a transaction of two or three queries, and returns lists
 * rather than maps: each actor's fields once, each link's as ids and figures (the counts as floats
 * and the dates as strings, as graph/queries/shapes.ts EDGE_COLUMNS gives them).
 *
 * No row means no actor has the id. The neighbours are cut to `$limit` as the hop cuts them.
 */
export const EGO_DEPTH_1_TOTALS = `
MATCH (c:Actor {id: $id})
OPTIONAL CALL (c) {
  MATCH (c)-[t:PAIR_TOTAL]->(b:Actor)
  WITH c AS a, t, b WHERE ${TOTAL_FILTER_WHERE}
  RETURN b AS n
  UNION
  MATCH (a:Actor)-[t:PAIR_TOTAL]->(c)
  WITH a, t, c AS b WHERE ${TOTAL_FILTER_WHERE}
  RETURN a AS n
}
WITH c, collect(DISTINCT n) AS found
WITH [c] + [x IN found WHERE x <> c][0..$limit] AS members
RETURN
  [m IN members | [m.id, m.name, m.country, m:Person]] AS actors,
  COLLECT {
    UNWIND members AS a
    MATCH (a)-[t:PAIR_TOTAL]->(b:Actor)
    WHERE b IN members AND ${TOTAL_SWITCHES_WHERE}
    ${TOTALS_SUMMED}
    ORDER BY a.id, b.id
    RETURN [a.id, b.id, toFloat(count), toFloat(support), toFloat(oppose), toFloat(mixed), toFloat(neutral), toFloat(intensitySum) / count, toString(firstDate), toString(lastDate)]
  } AS links`;

type ActorRow = [id: string, name: string, country: string | null, person: boolean];
type Figures = [count: number, support: number, oppose: number, mixed: number, neutral: number, meanIntensity: number, firstDate: string | null, lastDate: string | null];
type LinkRow = [source: string, target: string, ...figures: Figures];

/** The members' ids and the network among them, or null when no actor has the id. */
export async function readEgoDepth1FromTotals(database: Database, id: string, params: Record<string, unknown>, limit: number): Promise<{ members: string[]; network: Network } | null> {
  const [row] = await database.readOne(EGO_DEPTH_1_TOTALS, { ...params, id, limit: neo4j.int(limit) });
  if (!row) return null;
  const actors = row.get("actors") as ActorRow[];
  const byId = new Map(actors.map((a) => [a[0], a]));
  // Each link as the network queries give it (EDGE_COLUMNS), its ends' fields taken from the members.
  const links = (row.get("links") as LinkRow[]).map(([source, target, ...figures]) => [...byId.get(source)!, ...byId.get(target)!, ...figures] satisfies EdgeRow);
  return { members: actors.map((a) => a[0]), network: networkOfLinks(links) };
}
