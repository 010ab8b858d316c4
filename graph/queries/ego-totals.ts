import neo4j from "neo4j-driver";
import type { Database } from "../db";
import { toIsoDate, toNumber } from "../map";
import { netStance } from "../shared/stance";
import { TOTAL_FILTER_WHERE, TOTAL_SWITCHES_WHERE } from "./totals";
import type { Network, NetworkNode } from "./network";

/**
 * An ego network of depth 1 from the pair totals in one statement (docs/decisions/0029): the
 * centre's neighbours over its totals under the filter, then the links among them, found by
 * expanding each member's totals and testing the other end against the member nodes. It answers
 * exactly what the hop and the network among the members answer (graph/queries/ego.ts), in one
 * auto-commit round trip instead of a transaction of two or three queries, and returns lists
 * rather than maps: each actor's fields once, each link's as ids.
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
    WITH a, b,
      sum(t.count) AS count, sum(t.support) AS support, sum(t.oppose) AS oppose, sum(t.mixed) AS mixed, sum(t.neutral) AS neutral,
      sum(t.intensitySum) AS intensitySum, min(t.date) AS firstDate, max(t.dateLast) AS lastDate
    ORDER BY a.id, b.id
    RETURN [a.id, b.id, count, support, oppose, mixed, neutral, toFloat(intensitySum) / count, toString(firstDate), toString(lastDate)]
  } AS links`;

type ActorRow = [id: string, name: string, country: string | null, person: boolean];
type LinkRow = [source: string, target: string, count: unknown, support: unknown, oppose: unknown, mixed: unknown, neutral: unknown, meanIntensity: unknown, firstDate: string | null, lastDate: string | null];

/** The members' ids and the network among them, or null when no actor has the id. */
export async function readEgoDepth1FromTotals(database: Database, id: string, params: Record<string, unknown>, limit: number): Promise<{ members: string[]; network: Network } | null> {
  const [row] = await database.readOne(EGO_DEPTH_1_TOTALS, { ...params, id, limit: neo4j.int(limit) });
  if (!row) return null;
  const actors = row.get("actors") as ActorRow[];
  return { members: actors.map((a) => a[0]), network: toNetwork(new Map(actors.map((a) => [a[0], a])), row.get("links") as LinkRow[]) };
}

/** The same network getNetwork (graph/queries/network.ts) makes of its edge records: nodes in the order the sorted links first name them. */
function toNetwork(actors: Map<string, ActorRow>, links: LinkRow[]): Network {
  const nodes = new Map<string, NetworkNode & { neighbours: Set<string>; received: number }>();
  const node = (id: string) => {
    let n = nodes.get(id);
    if (!n) {
      const [, name, country, person] = actors.get(id)!;
      n = { id, name, kind: person ? "person" : "organization", country: country ?? null, statementsMade: 0, statementsReceived: 0, degree: 0, balance: null, neighbours: new Set(), received: 0 };
      nodes.set(id, n);
    }
    return n;
  };
  const edges = links.map(([sourceId, targetId, rawCount, support, oppose, mixed, neutral, mean, firstDate, lastDate]) => {
    const source = node(sourceId);
    const target = node(targetId);
    const counts = { support: toNumber(support), oppose: toNumber(oppose), mixed: toNumber(mixed), neutral: toNumber(neutral) };
    const count = toNumber(rawCount);
    const meanIntensity = toNumber(mean);
    source.statementsMade += count;
    target.statementsReceived += count;
    target.received += meanIntensity * count;
    source.neighbours.add(target.id);
    target.neighbours.add(source.id);
    return {
      id: `${source.id}->${target.id}`,
      source: source.id,
      target: target.id,
      count,
      counts,
      meanIntensity: Math.round(meanIntensity * 100) / 100,
      netStance: netStance(counts, meanIntensity),
      firstDate: toIsoDate(firstDate),
      lastDate: toIsoDate(lastDate),
    };
  });
  return {
    edges,
    nodes: [...nodes.values()].map(({ neighbours, received, ...n }) => ({
      ...n,
      degree: neighbours.size,
      balance: n.statementsReceived > 0 ? Math.round((received / n.statementsReceived) * 100) / 100 : null,
    })),
  };
}
