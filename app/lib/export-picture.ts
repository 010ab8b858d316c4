/**
 * Pictures an author can publish: the drawn graph framed by a title, the view's filters in words,
 * a legend and the sources cited. One pure layout (`frameLayout`) is drawn by both the SVG writer
 * below and the PNG painter in exporter.ts, so the two say the same and nothing is cut off: text is
 * wrapped to the picture's width by a width per character no Helvetica text exceeds on average.
 */
import { escapeXml } from "./xml";

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

export interface LegendEntry {
  label: string;
  color: string;
  mark: "line" | "dot" | "square";
}

export interface PictureText {
  title: string;
  /** What is shown and under which filters, in words. */
  subtitle: string;
  legend: { heading: string; entries: LegendEntry[] }[];
  /** Each document cited, with its citation. */
  sources: string[];
}

export type Mark =
  | { kind: "text"; x: number; y: number; text: string; size: number; bold: boolean; color: string }
  | { kind: "swatch"; x: number; y: number; color: string; mark: LegendEntry["mark"] };

export interface Frame {
  width: number;
  header: Mark[];
  headerHeight: number;
  footer: Mark[];
  footerHeight: number;
}

/** The narrowest picture: a legend and a citation need room even when the graph is two nodes. */
export const MIN_WIDTH = 720;
const MARGIN = 16;
/** Helvetica's widest common letters average under 0.6 em; bold under 0.65. */
const EM_WIDTH = 0.62;
const BOLD_EM_WIDTH = 0.68;
const SWATCH = 16;

export function textWidth(text: string, size: number, bold = false): number {
  return text.length * size * (bold ? BOLD_EM_WIDTH : EM_WIDTH);
}

/** Words to lines no wider than `chars`; a word longer than a line is cut where it must be. */
export function wrap(text: string, chars: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let rest = word;
    while (rest.length > chars) {
      if (line) lines.push(line);
      lines.push(rest.slice(0, chars));
      line = "";
      rest = rest.slice(chars);
    }
    if (!line) line = rest;
    else if (line.length + 1 + rest.length <= chars) line = `${line} ${rest}`;
    else {
      lines.push(line);
      line = rest;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export function frameLayout(graphWidth: number, text: PictureText): Frame {
  const width = Math.max(MIN_WIDTH, Math.ceil(graphWidth));
  const inner = width - 2 * MARGIN;
  const header: Mark[] = [];
  const footer: Mark[] = [];
  const lines = (into: Mark[], y: number, content: string, size: number, bold: boolean, color: string, indent = 0): number => {
    const chars = Math.max(8, Math.floor((inner - indent) / (size * (bold ? BOLD_EM_WIDTH : EM_WIDTH))));
    for (const line of wrap(content, chars)) {
      y += size + 5;
      into.push({ kind: "text", x: MARGIN + indent, y, text: line, size, bold, color });
    }
    return y;
  };

  let y = MARGIN - 4;
  y = lines(header, y, text.title, 16, true, "#0f172a");
  y = lines(header, y, text.subtitle, 11, false, "#334155");
  const headerHeight = y + 12;

  y = 4;
  for (const group of text.legend) {
    y = lines(footer, y, group.heading, 11, true, "#0f172a");
    let x = MARGIN;
    y += 16;
    for (const entry of group.entries) {
      const w = SWATCH + 6 + textWidth(entry.label, 11) + 14;
      if (x > MARGIN && x + w > MARGIN + inner) {
        x = MARGIN;
        y += 16;
      }
      footer.push({ kind: "swatch", x, y: y - 4, color: entry.color, mark: entry.mark });
      footer.push({ kind: "text", x: x + SWATCH + 6, y, text: entry.label, size: 11, bold: false, color: "#334155" });
      x += w;
    }
    y += 6;
  }
  y = lines(footer, y + 4, "Sources:", 11, true, "#0f172a");
  for (const source of text.sources) y = lines(footer, y, source, 10, false, "#334155", 10);
  return { width, header, headerHeight, footer, footerHeight: y + MARGIN };
}

const r = (n: number) => Math.round(n * 10) / 10;

function svgMark(m: Mark, dy: number): string {
  if (m.kind === "text") {
    return `<text x="${r(m.x)}" y="${r(m.y + dy)}" font-size="${m.size}"${m.bold ? ' font-weight="bold"' : ""} fill="${m.color}">${escapeXml(m.text)}</text>`;
  }
  const y = m.y + dy;
  if (m.mark === "line") return `<rect x="${r(m.x)}" y="${r(y - 1.5)}" width="${SWATCH}" height="3" rx="1.5" fill="${m.color}"/>`;
  if (m.mark === "dot") return `<circle cx="${r(m.x + SWATCH / 2)}" cy="${r(y)}" r="5" fill="${m.color}"/>`;
  return `<rect x="${r(m.x + SWATCH / 2 - 5)}" y="${r(y - 5)}" width="10" height="10" rx="2" fill="${m.color}"/>`;
}

/** A vector picture of the drawn graph, framed by its title, filters, legend and sources. */
export function toSvg(nodes: DrawnNode[], edges: DrawnEdge[], text: PictureText): string {
  const pad = 24;
  const labelHalf = (n: DrawnNode) => Math.max(n.size / 2, textWidth(n.label, 11) / 2);
  const left = Math.min(...nodes.map((n) => n.x - labelHalf(n)), 0) - pad;
  const right = Math.max(...nodes.map((n) => n.x + labelHalf(n)), 0) + pad;
  const top = Math.min(...nodes.map((n) => n.y - n.size / 2), 0) - pad;
  const bottom = Math.max(...nodes.map((n) => n.y + n.size / 2 + 18), 0) + pad;
  const frame = frameLayout(right - left, text);
  // The graph is centred in the frame; the frame's own coordinates start at 0.
  const dx = (frame.width - (right - left)) / 2 - left;
  const dy = frame.headerHeight - top;
  const height = frame.headerHeight + (bottom - top) + frame.footerHeight;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const colors = [...new Set(edges.map((e) => e.color))];
  const marker = (color: string) => `arrow-${colors.indexOf(color)}`;

  const edgeLines = edges.flatMap((e) => {
    const a = byId.get(e.source);
    const b = byId.get(e.target);
    if (!a || !b) return [];
    const ddx = b.x - a.x;
    const ddy = b.y - a.y;
    const length = Math.hypot(ddx, ddy) || 1;
    const endX = b.x - (ddx / length) * (b.size / 2 + 2);
    const endY = b.y - (ddy / length) * (b.size / 2 + 2);
    return [
      `<line class="edge" data-id="${escapeXml(e.id)}" x1="${r(a.x)}" y1="${r(a.y)}" x2="${r(endX)}" y2="${r(endY)}" stroke="${e.color}" stroke-width="${r(e.width)}" stroke-opacity="0.85" marker-end="url(#${marker(e.color)})"/>`,
    ];
  });
  const markers = colors.map(
    (c) =>
      `<marker id="${marker(c)}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="5" markerHeight="5" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${c}"/></marker>`,
  );
  const nodeShapes = nodes.map((n) => {
    const shape =
      n.shape === "ellipse"
        ? `<circle cx="${r(n.x)}" cy="${r(n.y)}" r="${r(n.size / 2)}" fill="${n.color}" stroke="#fff" stroke-width="2"/>`
        : `<rect x="${r(n.x - n.size / 2)}" y="${r(n.y - n.size / 2)}" width="${r(n.size)}" height="${r(n.size)}" rx="4" fill="${n.color}" stroke="#fff" stroke-width="2"/>`;
    return `<g class="node" data-id="${escapeXml(n.id)}">${shape}<text x="${r(n.x)}" y="${r(n.y + n.size / 2 + 13)}" text-anchor="middle" font-size="11" fill="#0f172a">${escapeXml(n.label)}</text></g>`;
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${r(frame.width)} ${r(height)}" width="${r(frame.width)}" height="${r(height)}" font-family="Helvetica, Arial, sans-serif">`,
    `<title>${escapeXml(text.title)}</title>`,
    `<rect x="0" y="0" width="${r(frame.width)}" height="${r(height)}" fill="#ffffff"/>`,
    `<defs>${markers.join("")}</defs>`,
    `<g class="header">${frame.header.map((m) => svgMark(m, 0)).join("")}</g>`,
    `<g class="graph" transform="translate(${r(dx)} ${r(dy)})">`,
    `<g class="edges">${edgeLines.join("")}</g>`,
    `<g class="nodes">${nodeShapes.join("")}</g>`,
    "</g>",
    `<g class="caption">${frame.footer.map((m) => svgMark(m, frame.headerHeight + (bottom - top))).join("")}</g>`,
    "</svg>",
    "",
  ].join("\n");
}
