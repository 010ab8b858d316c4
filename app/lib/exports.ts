/**
 * Pure serialisers for taking a view out of the app: GraphML (Gephi, Cytoscape desktop), CSV of
 * statements with their citations, and the names the files are saved under (pictures in
 * export-picture.ts).
 * No driver, no DOM: the browser and tests call the same code.
 */
import { escapeXml } from "./xml";

export { escapeXml };
export { toSvg, type DrawnEdge, type DrawnNode, type PictureText } from "./export-picture";


export interface ExportNode {
  id: string;
  name: string;
  kind: string;
  country: string | null;
  statementsMade: number;
  statementsReceived: number;
}

export interface ExportEdge {
  id: string;
  source: string;
  target: string;
  count: number;
  netStance: string;
  firstDate: string | null;
  lastDate: string | null;
  counts: { support: number; oppose: number; mixed: number; neutral: number };
}

export interface ExportStatement {
  id: string;
  /** As precise as the text: YYYY-MM-DD, YYYY-MM or YYYY. */
  date: string;
  /** As a reader says it, with its qualifier: "before 3 Nov. 1956". */
  dateLabel: string;
  dateSource: string;
  sourceKind: string;
  speaker: { id: string; name: string };
  target: { id: string; name: string };
  stance: string;
  intensity: number;
  mode: string;
  reportedBy: { name: string } | null;
  quote: string;
  passage: { index: number; document: { id: string; title: string; citation: string } };
  /** Where it stands in review; only a curator's view that includes proposed statements has others than accepted. */
  status?: string;
}

export function toGraphML(network: { nodes: ExportNode[]; edges: ExportEdge[] }, description: string): string {
  const keys = [
    ["name", "node", "string"],
    ["kind", "node", "string"],
    ["country", "node", "string"],
    ["statementsMade", "node", "int"],
    ["statementsReceived", "node", "int"],
    ["count", "edge", "int"],
    ["netStance", "edge", "string"],
    ["support", "edge", "int"],
    ["oppose", "edge", "int"],
    ["mixed", "edge", "int"],
    ["neutral", "edge", "int"],
    ["firstDate", "edge", "string"],
    ["lastDate", "edge", "string"],
  ] as const;
  const data = (key: string, value: string | number | null) => (value === null ? "" : `<data key="${key}">${escapeXml(String(value))}</data>`);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    `  <desc>${escapeXml(description)}</desc>`,
    ...keys.map(([id, scope, type]) => `  <key id="${id}" for="${scope}" attr.name="${id}" attr.type="${type}"/>`),
    '  <graph id="stance-graph" edgedefault="directed">',
    ...network.nodes.map(
      (n) =>
        `    <node id="${escapeXml(n.id)}">${data("name", n.name)}${data("kind", n.kind)}${data("country", n.country)}${data("statementsMade", n.statementsMade)}${data("statementsReceived", n.statementsReceived)}</node>`,
    ),
    ...network.edges.map(
      (e) =>
        `    <edge id="${escapeXml(e.id)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}">${data("count", e.count)}${data("netStance", e.netStance)}${data("support", e.counts.support)}${data("oppose", e.counts.oppose)}${data("mixed", e.counts.mixed)}${data("neutral", e.counts.neutral)}${data("firstDate", e.firstDate)}${data("lastDate", e.lastDate)}</edge>`,
    ),
    "  </graph>",
    "</graphml>",
    "",
  ];
  return lines.join("\n");
}

/**
 * RFC 4180 field: quoted when it holds a comma, quote or line break. A text cell that begins with
 * =+-@ is defused with an apostrophe so that a spreadsheet does not run it as a formula; a number
 * stays a number (−1, not '-1), since a number cannot be a formula.
 */
export function csvField(value: string | number | null): string {
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  let text = value === null ? "" : value;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const CSV_COLUMNS = [
  "statement_id",
  "date",
  "date_as_said",
  "date_source",
  "source_kind",
  "speaker_id",
  "speaker",
  "target_id",
  "target",
  "stance",
  "intensity",
  "mode",
  "reported_by",
  "quote",
  "document_id",
  "document_title",
  "passage",
  "citation",
  "status",
] as const;

export function toStatementsCsv(statements: ExportStatement[]): string {
  const rows = statements.map((s) =>
    [
      s.id,
      s.date,
      s.dateLabel,
      s.dateSource,
      s.sourceKind,
      s.speaker.id,
      s.speaker.name,
      s.target.id,
      s.target.name,
      s.stance,
      s.intensity,
      s.mode,
      s.reportedBy?.name ?? null,
      s.quote,
      s.passage.document.id,
      s.passage.document.title,
      s.passage.index,
      s.passage.document.citation,
      s.status ?? "accepted",
    ]
      .map(csvField)
      .join(","),
  );
  return `${[CSV_COLUMNS.join(","), ...rows].join("\r\n")}\r\n`;
}

/** What a file name says of the view it was taken from. */
export interface NamedView {
  /** A person, link or neighbourhood the view is about, as ids. */
  selected: string | null;
  highlighted: readonly string[];
  stances: readonly string[];
  modes: readonly string[];
  countries: readonly string[];
  documents: readonly string[];
  from: string | null;
  to: string | null;
  includeOrganizations: boolean;
  includeTertiary: boolean;
  proposed: boolean;
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

/**
 * The file name's stem, saying what the view is: `stance-graph_tito-ego_oppose_1956-09--1956-12`.
 * The whole graph, unfiltered and with nothing selected, is plain `stance-graph`.
 */
export function exportStem(view: NamedView): string {
  const focus = !view.selected
    ? null
    : view.selected.includes("->")
      ? view.selected.split("->").map(slug).join("-to-")
      : `${slug(view.selected)}${view.highlighted.includes(view.selected) ? "-ego" : ""}`;
  const parts = [
    "stance-graph",
    focus,
    view.stances.map(slug).join("+"),
    view.modes.map(slug).join("+"),
    view.countries.map(slug).join("+"),
    view.documents.length === 1 ? slug(view.documents[0]!) : view.documents.length > 1 ? `${view.documents.length}-documents` : "",
    view.from && view.to ? `${view.from}--${view.to}` : "",
    view.includeOrganizations ? "with-parties-states" : "",
    view.includeTertiary ? "with-tertiary" : "",
    view.proposed ? "with-proposed" : "",
  ].filter(Boolean);
  // File systems allow 255 bytes; a name past 150 characters helps nobody.
  return parts.join("_").slice(0, 150).replace(/[_+-]+$/, "");
}
