import { read } from "../db";
import { toIsoDate, toNumber } from "../map";
import { netStance, type Stance, type StanceCounts } from "../stance";
import { filterParams, STATEMENT_FILTER_WHERE, type StatementFilter } from "./filters";

export interface NetworkNode {
  id: string;
  name: string;
  kind: "person" | "organization";
  country: string | null;
  statementsMade: number;
  statementsReceived: number;
  degree: number;
  /** Mean intensity of the statements this node received, −2…2; null when it received none. */
  balance: number | null;
}

export interface NetworkEdge {
  id: string;
  source: string;
  target: string;
  count: number;
  counts: StanceCounts;
  meanIntensity: number;
  netStance: Stance;
  firstDate: string | null;
  lastDate: string | null;
}

export interface Network {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
}

const AGGREGATE_EDGES = `
WITH a, b, s ORDER BY s.date
WITH a, b, collect(s) AS ss
RETURN
  a { .id, .name, .country, person: a:Person } AS source,
  b { .id, .name, .country, person: b:Person } AS target,
  size(ss) AS count,
  size([x IN ss WHERE x.stance = 'support']) AS support,
  size([x IN ss WHERE x.stance = 'oppose']) AS oppose,
  size([x IN ss WHERE x.stance = 'mixed']) AS mixed,
  size([x IN ss WHERE x.stance = 'neutral']) AS neutral,
  reduce(t = 0.0, x IN ss | t + x.intensity) / size(ss) AS meanIntensity,
  head(ss).date AS firstDate,
  last(ss).date AS lastDate
ORDER BY source.id, target.id`;

/** One round trip: statements matching the filter, aggregated per (speaker, target). */
export const NETWORK_EDGES = `
MATCH (a:Actor)<-[:BY]-(s:Statement)-[:ABOUT]->(b:Actor)
WHERE ${STATEMENT_FILTER_WHERE}
${AGGREGATE_EDGES}`;

/** The same among known speakers: starts from their nodes (an index seek), for ego networks. */
export const NETWORK_EDGES_FROM_SPEAKERS = `
MATCH (a:Actor) WHERE a.id IN $speakers
MATCH (a)<-[:BY]-(s:Statement)-[:ABOUT]->(b:Actor)
WHERE ${STATEMENT_FILTER_WHERE}
${AGGREGATE_EDGES}`;

interface EndPoint {
  id: string;
  name: string;
  country: string | null;
  person: boolean;
}

export async function getNetwork(filter: StatementFilter = {}): Promise<Network> {
  const params = filterParams(filter);
  const records = await read(params.speakers ? NETWORK_EDGES_FROM_SPEAKERS : NETWORK_EDGES, params);
  const nodes = new Map<string, NetworkNode & { neighbours: Set<string>; received: number }>();
  const node = (p: EndPoint) => {
    let n = nodes.get(p.id);
    if (!n) {
      n = {
        id: p.id,
        name: p.name,
        kind: p.person ? "person" : "organization",
        country: p.country ?? null,
        statementsMade: 0,
        statementsReceived: 0,
        degree: 0,
        balance: null,
        neighbours: new Set(),
        received: 0,
      };
      nodes.set(p.id, n);
    }
    return n;
  };
  const edges = records.map((r) => {
    const source = node(r.get("source") as EndPoint);
    const target = node(r.get("target") as EndPoint);
    const counts = {
      support: toNumber(r.get("support")),
      oppose: toNumber(r.get("oppose")),
      mixed: toNumber(r.get("mixed")),
      neutral: toNumber(r.get("neutral")),
    };
    const count = toNumber(r.get("count"));
    const meanIntensity = toNumber(r.get("meanIntensity"));
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
      firstDate: toIsoDate(r.get("firstDate")),
      lastDate: toIsoDate(r.get("lastDate")),
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
