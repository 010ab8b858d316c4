import neo4j from "neo4j-driver";
import type { Database } from "../db";
import { AppError } from "../errors";
import { checkDate } from "./date-arguments";
import type { StatementRecord } from "../types";
import { ACTOR_EXISTS } from "./ego";
import { ACTOR_REF, STATEMENT, toActorRef, toStatement } from "./records";
import type { ActorRef } from "../types";

export const MAX_PATH_LENGTH = 4;
export const MAX_PATHS = 10;

/**
 * Shortest chains of actors linked by statements (either direction), found on the statement level
 * and then collapsed to distinct actor sequences. Dates limit which statements may link (a
 * statement links when its date said covers a day of the range); only accepted statements link,
 * and tertiary sources never do.
 */
export const SHORTEST_ACTOR_CHAINS = `
MATCH (src:Actor {id: $from}), (dst:Actor {id: $to})
MATCH p = SHORTEST 200 (src)((x:Actor)<-[:BY|ABOUT]-(s:Statement)-[:BY|ABOUT]->(y:Actor)
  WHERE x <> y AND s:Published AND NOT s:Tertiary
    AND ($fromDate IS NULL OR s.dateLast >= date($fromDate)) AND ($toDate IS NULL OR s.date <= date($toDate))){1,${MAX_PATH_LENGTH}}(dst)
WITH [n IN nodes(p) WHERE n:Actor | n.id] AS chain, length(p) AS hops
WHERE hops <= $maxHops
RETURN DISTINCT chain
ORDER BY size(chain)
LIMIT $maxPaths`;

export const STATEMENTS_BETWEEN = `
UNWIND $pairs AS pair
MATCH (a:Actor {id: pair[0]}), (b:Actor {id: pair[1]})
MATCH (a)<-[:BY|ABOUT]-(s:Statement)-[:BY|ABOUT]->(b)
WHERE s:Published AND NOT s:Tertiary
  AND ($fromDate IS NULL OR s.dateLast >= date($fromDate)) AND ($toDate IS NULL OR s.date <= date($toDate))
WITH pair, a, b, s ORDER BY s.date, s.id
RETURN pair[0] + '|' + pair[1] AS key, ${ACTOR_REF("a")} AS a, ${ACTOR_REF("b")} AS b,
  collect(${STATEMENT("s")}) AS statements`;

export interface PathStep {
  from: ActorRef;
  to: ActorRef;
  statements: StatementRecord[];
}

export interface ActorPath {
  actors: ActorRef[];
  steps: PathStep[];
}

export async function findPaths(database: Database, from: string, to: string, maxLength: number, range: { from?: string | null; to?: string | null } = {}): Promise<ActorPath[]> {
  if (!Number.isInteger(maxLength) || maxLength < 1 || maxLength > MAX_PATH_LENGTH) {
    throw new AppError("LIMIT_EXCEEDED", `Path length limit: \`maxLength\` must be between 1 and ${MAX_PATH_LENGTH} (got ${maxLength}).`);
  }
  checkDate("since", range.from);
  checkDate("until", range.to);
  for (const id of [from, to]) {
    if ((await database.read(ACTOR_EXISTS, { id })).length === 0) {
      throw new AppError("NOT_FOUND", `No person or organization has the id "${id}". Use \`search\` to find ids.`, 404);
    }
  }
  if (from === to) return [];
  const dates = { fromDate: range.from ?? null, toDate: range.to ?? null };
  const chains = (await database.read(SHORTEST_ACTOR_CHAINS, { from, to, ...dates, maxHops: neo4j.int(maxLength), maxPaths: neo4j.int(MAX_PATHS) })).map(
    (r) => r.get("chain") as string[],
  );
  if (chains.length === 0) return [];
  const pairs = new Map<string, [string, string]>();
  for (const chain of chains) for (let i = 1; i < chain.length; i++) pairs.set(`${chain[i - 1]}|${chain[i]}`, [chain[i - 1]!, chain[i]!]);
  const steps = new Map(
    (await database.read(STATEMENTS_BETWEEN, { pairs: [...pairs.values()], ...dates })).map((r) => [
      r.get("key") as string,
      {
        from: toActorRef(r.get("a") as Record<string, unknown>),
        to: toActorRef(r.get("b") as Record<string, unknown>),
        statements: (r.get("statements") as Record<string, unknown>[]).map(toStatement),
      },
    ]),
  );
  return chains.map((chain) => {
    const pathSteps = chain.slice(1).map((id, i) => steps.get(`${chain[i]}|${id}`)!);
    return { actors: [pathSteps[0]!.from, ...pathSteps.map((s) => s.to)], steps: pathSteps };
  });
}
