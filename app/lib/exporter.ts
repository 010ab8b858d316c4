"use client";

import { toGraphML, toStatementsCsv, toSvg, type DrawnEdge, type DrawnNode, type ExportStatement } from "./exports";
import { fetchGraphQL } from "./data/use-graphql";
import { EXPORT_STATEMENTS, type Filter, type NetworkView } from "./queries";

/** Every statement behind the shown edges, a page at a time (the API caps pages at 100). */
export async function fetchStatements(filter: Filter, network: NetworkView): Promise<ExportStatement[]> {
  const ids = [...new Set(network.nodes.map((n) => n.id))];
  const edges = new Set(network.edges.map((e) => e.id));
  const all: ExportStatement[] = [];
  let after: string | null = null;
  for (let page = 0; page < 1000; page++) {
    const data: { statements: { nodes: ExportStatement[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } = await fetchGraphQL(
      EXPORT_STATEMENTS,
      { filter: { ...filter, speakers: ids, targets: ids }, after },
    );
    all.push(...data.statements.nodes.filter((s) => edges.has(`${s.speaker.id}->${s.target.id}`)));
    if (!data.statements.pageInfo.hasNextPage) break;
    after = data.statements.pageInfo.endCursor;
  }
  return all;
}

/** The caption of an exported picture: what was shown and where every statement comes from. */
export function caption(filterText: string, statements: ExportStatement[]): string[] {
  const documents = new Map<string, string>();
  for (const s of statements) documents.set(s.passage.document.id, `${s.passage.document.title} — ${s.passage.document.citation}`);
  return [
    `Stance Graph · ${statements.length} statements · ${filterText}`,
    "Sources:",
    ...[...documents.values()].map((d) => `  ${d.length > 180 ? `${d.slice(0, 177)}…` : d}`),
  ];
}

function download(name: string, type: string, content: string | Blob): void {
  const url = URL.createObjectURL(typeof content === "string" ? new Blob([content], { type }) : content);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export type ExportKind = "png" | "svg" | "json" | "graphml" | "csv";

/** What exporting needs of the canvas: its picture, and what it drew where. */
export interface Drawing {
  png: () => Blob;
  drawn: () => { nodes: DrawnNode[]; edges: DrawnEdge[] };
}

export async function exportView(kind: ExportKind, canvas: Drawing, network: NetworkView, filter: Filter, filterText: string): Promise<void> {
  const stamp = "stance-graph";
  switch (kind) {
    case "png":
      download(`${stamp}.png`, "image/png", canvas.png());
      return;
    case "svg": {
      const drawn = canvas.drawn();
      download(`${stamp}.svg`, "image/svg+xml", toSvg(drawn.nodes, drawn.edges, caption(filterText, await fetchStatements(filter, network))));
      return;
    }
    case "json":
      download(`${stamp}.json`, "application/json", JSON.stringify({ filter, description: filterText, nodes: network.nodes, edges: network.edges }, null, 2));
      return;
    case "graphml":
      download(`${stamp}.graphml`, "application/xml", toGraphML(network, `Stance Graph network · ${filterText}`));
      return;
    case "csv":
      download(`${stamp}-statements.csv`, "text/csv", toStatementsCsv(await fetchStatements(filter, network)));
      return;
  }
}
