import type { Database } from "@/graph/db";
import { toNumber } from "@/graph/map";

/** The passage curation tests quote from, in the 1957 memorandum. */
export const CURATION_PASSAGE = "doc-1957-04-15-hoxha-khrushchev-memorandum-p4";

/** How many statements the graph holds: a refused write must leave it unchanged. */
export async function statementCount(database: Database): Promise<number> {
  return toNumber((await database.read("MATCH (s:Statement) RETURN count(s) AS n"))[0]!.get("n"));
}

/** A new statement by Hoxha about Khrushchev in that passage, with the given id and quote. */
export function statementInput(id: string, quote: string) {
  return { id, speaker: "hoxha", target: "khrushchev", stance: "support", intensity: 1, mode: "direct", passage: CURATION_PASSAGE, quote, topics: ["party-relations"] };
}
