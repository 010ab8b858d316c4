import { fetchGraphQL } from "../data/use-graphql";
import type { ExportStatementsQuery } from "@/graph/shared/generated/graphql";
import { EXPORT_STATEMENTS, type Filter, type NetworkView, type StatementView } from "../queries";

/**
 * Every statement behind the links drawn, a page at a time (the API caps pages at 100): the same
 * statements the graph counts, the country filter and a large corpus's cast included.
 */
export async function fetchViewStatements(filter: Filter, network: NetworkView, onProgress?: (n: number) => void): Promise<StatementView[]> {
  const ids = network.nodes.map((n) => n.id);
  const edges = new Set(network.edges.map((e) => e.id));
  const all: StatementView[] = [];
  let after: string | null = null;
  for (let page = 0; page < 1000; page++) {
    const data: ExportStatementsQuery = await fetchGraphQL(EXPORT_STATEMENTS, { filter: { ...filter, speakers: ids, targets: ids }, after });
    all.push(...data.statements.nodes.filter((s) => edges.has(`${s.speaker.id}->${s.target.id}`)));
    onProgress?.(all.length);
    if (!data.statements.pageInfo.hasNextPage) break;
    after = data.statements.pageInfo.endCursor ?? null;
  }
  return all;
}

/** Hands a text to the browser as a file to save. */
export function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
