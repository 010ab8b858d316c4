import neo4j from "neo4j-driver";
import { runIn, type Database } from "../db";
import { noteRead } from "../request-stats";
import { AppError } from "../errors";
import { AGGREGATE_FILTER_WHERE, filterParams, STATEMENT_FILTER_WHERE, type StatementFilter } from "./filters";
import { NEIGHBOURS_TOTALS, tierFor, type ReadTier } from "./totals";
import { getNetwork, type LimitedNetwork } from "./network";
import { neighboursOver } from "./shapes";
import { readEgoDepth1FromTotals } from "./ego-totals";

export const MAX_EGO_DEPTH = 3;
export const MAX_EGO_NODES = 500;

/** Actors one statement away from a frontier, in either direction, under the filter. */
export const NEIGHBOURS = neighboursOver((a, b) => `(${a})<-[:BY]-(s:Statement)-[:ABOUT]->(${b})`, STATEMENT_FILTER_WHERE);

/** The same over the aggregates: an actor's SAID_ABOUT rows lead straight to its neighbours. */
export const NEIGHBOURS_AGGREGATED = neighboursOver((a, b) => `(${a})-[r:SAID_ABOUT]->(${b})`, AGGREGATE_FILTER_WHERE);

export const ACTOR_EXISTS = "MATCH (a:Actor {id: $id}) RETURN a.id AS id";

/**
 * The network within `depth` statements of one actor, capped at MAX_EGO_NODES actors. Depth 1
 * under a filter the pair totals answer is one statement (graph/queries/ego-totals.ts, decision
 * 0029); the rest goes hop by hop (getEgoNetworkStepwise). `tier` asks for a finer stored form
 * than the filter needs (graph/queries/totals.ts), for comparing the tiers.
 */
export async function getEgoNetwork(database: Database, id: string, depth: number, filter: StatementFilter = {}, tier?: ReadTier): Promise<LimitedNetwork> {
  checkDepth(depth);
  const params = filterParams(filter);
  if (depth !== 1 || tierFor(params, tier) !== "totals") return getEgoNetworkStepwise(database, id, depth, filter, tier);
  const found = await readEgoDepth1FromTotals(database, id, params, MAX_EGO_NODES - 1);
  if (!found) throw notFound(id);
  const { members, network } = found;
  noteRead({ actors: members, from: params.from as string | null, to: params.to as string | null });
  return { ...network, actorCount: members.length, limit: MAX_EGO_NODES, truncated: members.length >= MAX_EGO_NODES };
}

function checkDepth(depth: number): void {
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_EGO_DEPTH) {
    throw new AppError("LIMIT_EXCEEDED", `Ego network depth limit: \`depth\` must be between 1 and ${MAX_EGO_DEPTH} (got ${depth}).`);
  }
}

const notFound = (id: string) => new AppError("NOT_FOUND", `No person or organization has the id "${id}". Use \`search\` to find ids.`, 404);

/**
 * The same hop by hop: depth + 1 round trips at most (one more for a centre with no neighbour
 * under the filter), whatever the size of the neighbourhood. Every tier and depth can be read so;
 * the tests and the benchmark compare it with the one-statement read.
 */
export async function getEgoNetworkStepwise(database: Database, id: string, depth: number, filter: StatementFilter = {}, tier?: ReadTier): Promise<LimitedNetwork> {
  checkDepth(depth);
  const params = filterParams(filter);
  // One transaction for every hop and the final network: one session, one begin and commit.
  return database.readTx(async (tx) => {
    const neighbours = { totals: NEIGHBOURS_TOTALS, rows: NEIGHBOURS_AGGREGATED, statements: NEIGHBOURS }[tierFor(params, tier)];
    const seen = new Set([id]);
    let frontier = [id];
    for (let hop = 0; hop < depth && frontier.length > 0 && seen.size < MAX_EGO_NODES; hop++) {
      const [row] = await runIn(tx, neighbours, { ...params, frontier, seen: [...seen], limit: neo4j.int(MAX_EGO_NODES - seen.size) });
      frontier = (row?.get("ids") as string[] | undefined) ?? [];
      for (const next of frontier) seen.add(next);
      // A centre with neighbours exists; only one without is looked up, to tell "alone" from "unknown".
      if (hop === 0 && frontier.length === 0 && (await runIn(tx, ACTOR_EXISTS, { id })).length === 0) {
        throw notFound(id);
      }
    }
    const members = [...seen];
    // Whatever could change this network involves a statement of one of its members.
    noteRead({ actors: members, from: params.from as string | null, to: params.to as string | null });
    const network = await getNetwork({ ...filter, speakers: members, targets: members }, tx, tier);
    return { ...network, actorCount: members.length, limit: MAX_EGO_NODES, truncated: members.length >= MAX_EGO_NODES };
  });
}
