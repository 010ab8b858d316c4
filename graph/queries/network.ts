import neo4j, { type ManagedTransaction } from "neo4j-driver";
import { runIn, type Database } from "../db";
import { noteRead } from "../request-stats";
import { AppError } from "../errors";
import { DEFAULT_NETWORK_LIMIT, MAX_NETWORK_LIMIT } from "../shared/network-limits";
import { toNumber } from "../map";
import { netStance, type Stance, type StanceCounts } from "../shared/stance";
import { NETWORK_EDGES_TOTALS, NETWORK_EDGES_TOTALS_AMONG, NETWORK_EDGES_TOTALS_FROM_SPEAKERS, tierFor, type ReadTier } from "./totals";
import { EDGE_COLUMNS } from "./shapes";
import { AGGREGATE_DATES_FIRST, AGGREGATE_FILTER_WHERE, filterParams, STATEMENT_FILTER_WHERE, type StatementFilter } from "./filters";

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

/**
 * Per (speaker, target): counts by stance, mean intensity and the date span, computed by the
 * aggregation itself (no per-pair lists to collect and sort).
 */
const AGGREGATE_EDGES = `
WITH a, b,
  count(*) AS count,
  count(CASE WHEN s.stance = 'support' THEN 1 END) AS support,
  count(CASE WHEN s.stance = 'oppose' THEN 1 END) AS oppose,
  count(CASE WHEN s.stance = 'mixed' THEN 1 END) AS mixed,
  count(CASE WHEN s.stance = 'neutral' THEN 1 END) AS neutral,
  sum(coalesce(s.intensity, 0)) AS intensitySum,
  min(s.date) AS firstDate,
  max(s.dateLast) AS lastDate
${EDGE_COLUMNS}`;

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

/**
 * The same from the aggregates (graph/aggregates.ts): a few rows per pair instead of every
 * statement, and the document filter without walking to the statement's passage and document.
 */
const AGGREGATE_ROWS_TO_EDGES = `
WITH a, b,
  sum(r.count) AS count,
  sum(CASE WHEN r.stance = 'support' THEN r.count ELSE 0 END) AS support,
  sum(CASE WHEN r.stance = 'oppose' THEN r.count ELSE 0 END) AS oppose,
  sum(CASE WHEN r.stance = 'mixed' THEN r.count ELSE 0 END) AS mixed,
  sum(CASE WHEN r.stance = 'neutral' THEN r.count ELSE 0 END) AS neutral,
  sum(r.intensitySum) AS intensitySum,
  min(r.date) AS firstDate,
  max(r.dateLast) AS lastDate
${EDGE_COLUMNS}`;

export const NETWORK_EDGES_AGGREGATED = `
MATCH (a:Actor)-[r:SAID_ABOUT]->(b:Actor)
WHERE ${AGGREGATE_FILTER_WHERE}
${AGGREGATE_ROWS_TO_EDGES}`;

export const NETWORK_EDGES_AGGREGATED_FROM_SPEAKERS = `
MATCH (a:Actor) WHERE a.id IN $speakers
MATCH (a)-[r:SAID_ABOUT]->(b:Actor)
WHERE ${AGGREGATE_FILTER_WHERE}
${AGGREGATE_ROWS_TO_EDGES}`;

/** The same two for a filter with a date: the date test first (filters.ts AGGREGATE_DATES_FIRST). */
export const NETWORK_EDGES_AGGREGATED_DATED = `
MATCH (a:Actor)-[r:SAID_ABOUT]->(b:Actor)
WHERE ${AGGREGATE_DATES_FIRST} AND ${AGGREGATE_FILTER_WHERE}
${AGGREGATE_ROWS_TO_EDGES}`;

export const NETWORK_EDGES_AGGREGATED_FROM_SPEAKERS_DATED = `
MATCH (a:Actor) WHERE a.id IN $speakers
MATCH (a)-[r:SAID_ABOUT]->(b:Actor)
WHERE ${AGGREGATE_DATES_FIRST} AND ${AGGREGATE_FILTER_WHERE}
${AGGREGATE_ROWS_TO_EDGES}`;

const MAX_AMONG = 500;

/**
 * Whether the filter asks for the links among one set of actors (the same speakers as targets) of
 * at most an ego network's size: there the totals' AMONG query reads a third fewer db hits; past
 * a few hundred actors its membership test (a list scan) costs more than it saves.
 */
function among(params: Record<string, unknown>): boolean {
  const [speakers, targets] = [params.speakers as string[] | null, params.targets as string[] | null];
  if (!speakers || !targets || speakers.length !== targets.length || speakers.length > MAX_AMONG) return false;
  const set = new Set(speakers);
  return set.size === speakers.length && targets.every((id) => set.has(id));
}

/** The query for a filter: the totals, else the aggregate rows, when they can answer it, else the statements. */
function edgesQuery(params: Record<string, unknown>, asked?: ReadTier): string {
  const tier = tierFor(params, asked);
  if (tier === "totals") return among(params) ? NETWORK_EDGES_TOTALS_AMONG : params.speakers ? NETWORK_EDGES_TOTALS_FROM_SPEAKERS : NETWORK_EDGES_TOTALS;
  if (tier === "rows") {
    const dated = params.from !== null || params.to !== null;
    if (params.speakers) return dated ? NETWORK_EDGES_AGGREGATED_FROM_SPEAKERS_DATED : NETWORK_EDGES_AGGREGATED_FROM_SPEAKERS;
    return dated ? NETWORK_EDGES_AGGREGATED_DATED : NETWORK_EDGES_AGGREGATED;
  }
  return params.speakers ? NETWORK_EDGES_FROM_SPEAKERS : NETWORK_EDGES;
}

/**
 * The cast of a large corpus: actors ranked by how many statements they made and received (read
 * from each node's relationship counts, so it costs one pass over the actors, not the
 * statements), and how many actors there are in all.
 */
export const NETWORK_CAST = `
MATCH (x:Actor) WHERE $includeOrganizations OR x:Person
WITH x, COUNT { (x)<-[:BY]-() } + COUNT { (x)<-[:ABOUT]-() } AS activity
WHERE activity > 0
WITH x ORDER BY activity DESC, x.id
WITH collect(x.id) AS ranked
RETURN size(ranked) AS actors, ranked[0..$limit] AS cast`;

export interface NetworkOptions {
  /** Draw from at most this many actors, the most active ones; the rest of the corpus is left out. */
  limit?: number | null;
  /** A finer tier than the filter needs (graph/queries/totals.ts): for comparing tiers only. */
  tier?: ReadTier;
}

export interface LimitedNetwork extends Network {
  /** Actors with any statement in the corpus, of the kinds asked for. */
  actorCount: number;
  /** True when actorCount is above the limit, so only the most active actors are included. */
  truncated: boolean;
  limit: number;
}

/**
 * The network under a filter, drawn from at most `limit` actors: the most active in the whole
 * corpus (not under the filter, so that every filtered view of a large corpus is a subset of the
 * unfiltered one, and nodes keep their place as filters change). Two round trips; on a corpus of
 * fewer actors than the limit, the second reads every matching statement as before.
 */
export async function getLimitedNetwork(database: Database, filter: StatementFilter = {}, options: NetworkOptions = {}): Promise<LimitedNetwork> {
  // An explicit null (a client's unset variable) means the default, as an omitted argument does.
  const limit = options.limit ?? DEFAULT_NETWORK_LIMIT;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_NETWORK_LIMIT) {
    throw new AppError("LIMIT_EXCEEDED", `Network size limit: \`limit\` must be between 1 and ${MAX_NETWORK_LIMIT} actors (got ${limit}). Narrow the filter, or use egoNetwork around one actor.`);
  }
  const params = filterParams(filter);
  // Both steps in one transaction: the cast and the edges see the same data.
  return database.readTx(async (tx) => {
    const [row] = await runIn(tx, NETWORK_CAST, { includeOrganizations: params.includeOrganizations, limit: neo4j.int(limit) });
    const actorCount = row ? toNumber(row.get("actors")) : 0;
    // A corpus beyond the limit is drawn from a cast ranked over every statement: any write may change it.
    noteRead(actorCount <= limit ? { actors: null, from: params.from as string | null, to: params.to as string | null } : { actors: null, from: null, to: null });
    if (actorCount <= limit) return { ...(await getNetwork(filter, tx, options.tier)), actorCount, truncated: false, limit };
    const cast = row!.get("cast") as string[];
    const members = new Set(cast);
    const within = (wanted: string[] | null | undefined) => (wanted && wanted.length > 0 ? wanted.filter((id) => members.has(id)) : cast);
    const speakers = within(filter.speakers);
    const targets = within(filter.targets);
    // Asked only for actors outside the cast: nothing of theirs is drawn (an empty list would mean "anyone").
    if (speakers.length === 0 || targets.length === 0) return { nodes: [], edges: [], actorCount, truncated: true, limit };
    return { ...(await getNetwork({ ...filter, speakers, targets }, tx, options.tier)), actorCount, truncated: true, limit };
  });
}

/** A network query's row (EDGE_COLUMNS in graph/queries/shapes.ts), by position. */
export type EdgeRow = [
  sourceId: string, sourceName: string, sourceCountry: string | null, sourcePerson: boolean,
  targetId: string, targetName: string, targetCountry: string | null, targetPerson: boolean,
  count: number, support: number, oppose: number, mixed: number, neutral: number,
  meanIntensity: number, firstDate: string | null, lastDate: string | null,
];

/**
 * Links by speaker id, then target id: the order Cypher's `ORDER BY` on the ids gave. Ids are
 * lowercase ASCII slugs, so comparing UTF-16 code units orders them as Neo4j's string order does.
 */
export function byEnds(x: EdgeRow, y: EdgeRow): number {
  return x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[4] < y[4] ? -1 : x[4] > y[4] ? 1 : 0;
}

/** The network under a filter, inside the request's transaction (one transaction for a whole request). */
export async function getNetwork(filter: StatementFilter, tx: ManagedTransaction, tier?: ReadTier): Promise<Network> {
  const params = filterParams(filter);
  const [record] = await runIn(tx, edgesQuery(params, tier), params);
  return networkOfLinks(edgeRows(record!.get("links") as LinkRow[], record!.get("actors") as ActorRow[]));
}

/** A link as the network queries give it (EDGE_COLUMNS), its ends by id; and an end's fields. */
type LinkRow = [sourceId: string, targetId: string, ...figures: EdgeFigures];
type EdgeFigures = [count: number, support: number, oppose: number, mixed: number, neutral: number, meanIntensity: number, firstDate: string | null, lastDate: string | null];
type ActorRow = [id: string, name: string, country: string | null, person: boolean];

/**
 * The links with their ends' fields put in, in speaker then target order: the queries give them
 * unordered, and a node's place in the network follows the order of the links.
 */
export function edgeRows(links: LinkRow[], actors: ActorRow[]): EdgeRow[] {
  const byId = new Map(actors.map((a) => [a[0], a]));
  return links.map(([source, target, ...figures]): EdgeRow => [...byId.get(source)!, ...byId.get(target)!, ...figures]).sort(byEnds);
}

/** The network drawn from its links' rows: nodes in the order the links first name them, with their counts, degree and balance. */
export function networkOfLinks(rows: EdgeRow[]): Network {
  const nodes = new Map<string, NetworkNode & { neighbours: Set<string>; received: number }>();
  const node = (id: string, name: string, country: string | null, person: boolean) => {
    let n = nodes.get(id);
    if (!n) {
      n = {
        id,
        name,
        kind: person ? "person" : "organization",
        country: country ?? null,
        statementsMade: 0,
        statementsReceived: 0,
        degree: 0,
        balance: null,
        neighbours: new Set(),
        received: 0,
      };
      nodes.set(id, n);
    }
    return n;
  };
  const edges = rows.map((row) => {
    const source = node(row[0], row[1], row[2], row[3]);
    const target = node(row[4], row[5], row[6], row[7]);
    const [count, support, oppose, mixed, neutral, meanIntensity, firstDate, lastDate] = row.slice(8) as [number, number, number, number, number, number, string | null, string | null];
    const counts = { support, oppose, mixed, neutral };
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
      firstDate,
      lastDate,
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
