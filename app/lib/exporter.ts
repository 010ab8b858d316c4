"use client";

import { frameLayout, toSvg, type DrawnEdge, type DrawnNode, type Frame, type LegendEntry, type Mark, type PictureText } from "./export-picture";
import { exportStem, toGraphML, toStatementsCsv, type ExportStatement, type NamedView } from "./exports";
import { fetchGraphQL } from "./data/use-graphql";
import { countryColor, countryKey, STANCE_COLORS, STANCE_LABELS } from "./palette";
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

/** The words around an exported picture: what it shows, under which filters, what its marks mean, and its sources. */
export function pictureText(network: NetworkView, statements: ExportStatement[], filterText: string, view: NamedView): PictureText {
  const name = (id: string) => network.nodes.find((n) => n.id === id)?.name ?? id;
  const about = !view.selected
    ? "the stance network"
    : view.selected.includes("->")
      ? view.selected.split("->").map(name).join(" → ")
      : view.highlighted.includes(view.selected)
        ? `${name(view.selected)} and their neighbourhood`
        : name(view.selected);
  const documents = new Map<string, string>();
  for (const s of statements) documents.set(s.passage.document.id, `${s.passage.document.title} — ${s.passage.document.citation}`);
  const stances = (Object.keys(STANCE_LABELS) as (keyof typeof STANCE_LABELS)[]).filter((st) => network.edges.some((e) => e.netStance === st));
  const countries = [...new Set(network.nodes.map((n) => countryKey(n.country)))].sort((a, b) => (a === "Other" ? 1 : b === "Other" ? -1 : a.localeCompare(b)));
  const shapes: LegendEntry[] = [{ label: "person", color: "#64748b", mark: "dot" }];
  if (network.nodes.some((n) => n.kind !== "person")) shapes.push({ label: "party or state", color: "#64748b", mark: "square" });
  return {
    title: `Stance Graph: ${about}`,
    subtitle: `${network.nodes.length} actors, ${network.edges.length} links, ${statements.length} statements · ${filterText}`,
    legend: [
      { heading: "Arrow: speaker → target, coloured by net stance, as wide as its statements", entries: stances.map((st) => ({ label: STANCE_LABELS[st], color: STANCE_COLORS[st], mark: "line" })) },
      { heading: "Colour: country · size: statements made and received", entries: [...countries.map((c) => ({ label: c, color: countryColor(c), mark: "dot" as const })), ...shapes] },
    ],
    sources: [...documents.values()].sort(),
  };
}

function paint(ctx: CanvasRenderingContext2D, marks: Mark[], dy: number): void {
  for (const m of marks) {
    ctx.fillStyle = m.color;
    if (m.kind === "text") {
      ctx.font = `${m.bold ? "bold " : ""}${m.size}px Helvetica, Arial, sans-serif`;
      ctx.fillText(m.text, m.x, m.y + dy);
    } else if (m.mark === "line") ctx.fillRect(m.x, m.y + dy - 1.5, 16, 3);
    else if (m.mark === "dot") {
      ctx.beginPath();
      ctx.arc(m.x + 8, m.y + dy, 5, 0, 2 * Math.PI);
      ctx.fill();
    } else ctx.fillRect(m.x + 3, m.y + dy - 5, 10, 10);
  }
}

/** The canvas's PNG (drawn at twice the screen's scale) framed as the SVG is: title above, legend and sources below. */
async function framedPng(graph: Blob, text: PictureText): Promise<Blob> {
  const scale = 2;
  const bitmap = await createImageBitmap(graph);
  const graphWidth = bitmap.width / scale;
  const graphHeight = bitmap.height / scale;
  const frame: Frame = frameLayout(graphWidth, text);
  const canvas = document.createElement("canvas");
  canvas.width = Math.ceil(frame.width * scale);
  canvas.height = Math.ceil((frame.headerHeight + graphHeight + frame.footerHeight) * scale);
  const ctx = canvas.getContext("2d");
  if (!ctx) throw new Error("This browser cannot draw the picture.");
  ctx.scale(scale, scale);
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, frame.width, frame.headerHeight + graphHeight + frame.footerHeight);
  paint(ctx, frame.header, 0);
  ctx.drawImage(bitmap, (frame.width - graphWidth) / 2, frame.headerHeight, graphWidth, graphHeight);
  paint(ctx, frame.footer, frame.headerHeight + graphHeight);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("The picture could not be encoded."))), "image/png"));
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

/** What the view is: its filters in words (for captions) and its state (for file names and titles). */
export interface ExportedView {
  filterText: string;
  view: NamedView;
}

export async function exportView(kind: ExportKind, canvas: Drawing, network: NetworkView, filter: Filter, { filterText, view }: ExportedView): Promise<void> {
  const stem = exportStem(view);
  switch (kind) {
    case "png": {
      const picture = canvas.png();
      download(`${stem}.png`, "image/png", await framedPng(picture, pictureText(network, await fetchStatements(filter, network), filterText, view)));
      return;
    }
    case "svg": {
      const drawn = canvas.drawn();
      download(`${stem}.svg`, "image/svg+xml", toSvg(drawn.nodes, drawn.edges, pictureText(network, await fetchStatements(filter, network), filterText, view)));
      return;
    }
    case "json":
      download(`${stem}.json`, "application/json", JSON.stringify({ filter, description: filterText, nodes: network.nodes, edges: network.edges }, null, 2));
      return;
    case "graphml":
      download(`${stem}.graphml`, "application/xml", toGraphML(network, `Stance Graph network · ${filterText}`));
      return;
    case "csv":
      download(`${stem}_statements.csv`, "text/csv", toStatementsCsv(await fetchStatements(filter, network)));
      return;
  }
}
