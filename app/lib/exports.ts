/**
 * Pure serialisers for taking a view out of the app: GraphML (Gephi, Cytoscape desktop), CSV of
 * statements with their citations, and SVG of a drawn graph with a caption naming its sources.
 * No driver, no DOM: the browser and tests call the same code.
 */

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

const XML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

export function escapeXml(text: string): string {
  // Characters XML 1.0 forbids are dropped; the rest are escaped.
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "").replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);
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

/** RFC 4180 field: quoted when it holds a comma, quote or line break; a leading =+-@ is defused. */
export function csvField(value: string | number | null): string {
  let text = value === null ? "" : String(value);
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

export interface DrawnNode {
  id: string;
  label: string;
  x: number;
  y: number;
  size: number;
  color: string;
  shape: "ellipse" | "round-rectangle";
}

export interface DrawnEdge {
  id: string;
  source: string;
  target: string;
  color: string;
  width: number;
}

/** A vector picture of the drawn graph, with a caption below it naming the sources shown. */
export function toSvg(nodes: DrawnNode[], edges: DrawnEdge[], caption: string[]): string {
  const pad = 40;
  const xs = nodes.flatMap((n) => [n.x - n.size, n.x + n.size]);
  const ys = nodes.flatMap((n) => [n.y - n.size, n.y + n.size + 18]);
  const minX = Math.min(0, ...xs) - pad;
  const minY = Math.min(0, ...ys) - pad;
  const width = Math.max(200, Math.max(...xs, 0) - minX + pad);
  const graphHeight = Math.max(...ys, 0) - minY + pad;
  const captionHeight = 16 * caption.length + 20;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const colors = [...new Set(edges.map((e) => e.color))];
  const marker = (color: string) => `arrow-${colors.indexOf(color)}`;
  const r = (n: number) => Math.round(n * 10) / 10;

  const edgeLines = edges.flatMap((e) => {
    const a = byId.get(e.source);
    const b = byId.get(e.target);
    if (!a || !b) return [];
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const length = Math.hypot(dx, dy) || 1;
    const endX = b.x - (dx / length) * (b.size / 2 + 2);
    const endY = b.y - (dy / length) * (b.size / 2 + 2);
    return [
      `<line class="edge" data-id="${escapeXml(e.id)}" x1="${r(a.x)}" y1="${r(a.y)}" x2="${r(endX)}" y2="${r(endY)}" stroke="${e.color}" stroke-width="${r(e.width)}" stroke-opacity="0.85" marker-end="url(#${marker(e.color)})"/>`,
    ];
  });
  const markers = colors.map(
    (c) => `<marker id="${marker(c)}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${c}"/></marker>`,
  );
  const nodeShapes = nodes.map((n) => {
    const shape =
      n.shape === "ellipse"
        ? `<circle cx="${r(n.x)}" cy="${r(n.y)}" r="${r(n.size / 2)}" fill="${n.color}" stroke="#fff" stroke-width="2"/>`
        : `<rect x="${r(n.x - n.size / 2)}" y="${r(n.y - n.size / 2)}" width="${r(n.size)}" height="${r(n.size)}" rx="4" fill="${n.color}" stroke="#fff" stroke-width="2"/>`;
    return `<g class="node" data-id="${escapeXml(n.id)}">${shape}<text x="${r(n.x)}" y="${r(n.y + n.size / 2 + 13)}" text-anchor="middle" font-size="11">${escapeXml(n.label)}</text></g>`;
  });
  const captionLines = caption.map(
    (line, i) => `<text x="${r(minX + 10)}" y="${r(minY + graphHeight + 18 + i * 16)}" font-size="11" fill="#334155">${escapeXml(line)}</text>`,
  );
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${r(minX)} ${r(minY)} ${r(width)} ${r(graphHeight + captionHeight)}" width="${r(width)}" height="${r(graphHeight + captionHeight)}" font-family="Helvetica, Arial, sans-serif">`,
    `<rect x="${r(minX)}" y="${r(minY)}" width="${r(width)}" height="${r(graphHeight + captionHeight)}" fill="#ffffff"/>`,
    `<defs>${markers.join("")}</defs>`,
    `<g class="edges">${edgeLines.join("")}</g>`,
    `<g class="nodes">${nodeShapes.join("")}</g>`,
    `<g class="caption">${captionLines.join("")}</g>`,
    "</svg>",
    "",
  ].join("\n");
}
