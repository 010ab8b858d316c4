import type { Database } from "../../graph/db";
import { getEgoNetwork } from "../../graph/queries/ego";
import type { Corpus } from "../../graph/seed";

export interface EgoCentre {
  id: string;
  members: string[];
  elements: number;
}

/**
 * The centres the ego-network goal is measured over, as it is stated (networks of up to 500
 * elements): people of every level of activity (rank 1, 2, 4, 8, … of the synthetic corpus),
 * keeping those whose network at `depth` fits and has a link.
 */
export async function egoCentres(database: Database, people: Corpus["people"], depth: number): Promise<EgoCentre[]> {
  const ranks = [...new Set(Array.from({ length: 14 }, (_, i) => Math.min(people.length - 1, 2 ** i - 1)))];
  const centres: EgoCentre[] = [];
  for (const rank of ranks) {
    const id = people[rank]!.value.id;
    const ego = await getEgoNetwork(database, id, depth);
    const elements = ego.nodes.length + ego.edges.length;
    if (elements <= 500 && ego.edges.length > 0) centres.push({ id, members: ego.nodes.map((n) => n.id), elements });
  }
  return centres;
}
