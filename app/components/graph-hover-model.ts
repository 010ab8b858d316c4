import type { EdgeSingular, NodeSingular, SingularElementReturnValue } from "cytoscape";
import { plural } from "@/graph/shared/plural";
import type { Box } from "./graph-outline-model";

/**
 * What hovering (or focusing from the keyboard) an actor or a link says, read from what the canvas
 * draws under the current filters: an actor's name, country, statements made and received and
 * the net stance received; a link's speaker and target, count by stance, net stance and dates.
 */
export interface HoverDetails {
  title: string;
  lines: string[];
  /** The net stance, for the colour of the details' mark. */
  stance: string | null;
}

const STANCE_WORDS: Record<string, string> = { support: "support", oppose: "opposition", mixed: "mixed", neutral: "neutral" };
const BY_STANCE = ["support", "oppose", "mixed", "neutral"] as const;

export function describeElement(element: SingularElementReturnValue): HoverDetails {
  return element.isNode() ? describeActor(element) : describeLink(element as EdgeSingular);
}

function nameOf(node: NodeSingular): string {
  return String(node.data("label") ?? node.id());
}

function describeActor(node: NodeSingular): HoverDetails {
  const kind = node.data("kind") === "organization" ? "party or state" : "person";
  const country = String(node.data("country") ?? "Unknown");
  const made = Number(node.data("made") ?? 0);
  const received = Number(node.data("received") ?? 0);
  const incoming = node.incomers("edge").filter((e) => !e.hasClass("excluded"));
  const counts = { support: 0, oppose: 0, mixed: 0, neutral: 0 };
  for (const edge of incoming) for (const s of BY_STANCE) counts[s] += Number(edge.data(s) ?? 0);
  const net = counts.support - counts.oppose;
  const lines = [`${country} · ${kind}`, `${plural(made, "statement", "statements")} made, ${received} received`];
  if (received > 0) lines.push(`Net received ${signed(net)}: ${countsPhrase(counts)}`);
  return { title: nameOf(node), lines, stance: received === 0 ? null : net > 0 ? "support" : net < 0 ? "oppose" : "mixed" };
}

function describeLink(edge: EdgeSingular): HoverDetails {
  const count = Number(edge.data("count") ?? 0);
  const stance = String(edge.data("stance") ?? "neutral");
  const counts = Object.fromEntries(BY_STANCE.map((s) => [s, Number(edge.data(s) ?? 0)])) as Record<
    (typeof BY_STANCE)[number],
    number
  >;
  const known = BY_STANCE.some((s) => edge.data(s) !== undefined);
  const first = edge.data("firstDate") as string | null | undefined;
  const last = edge.data("lastDate") as string | null | undefined;
  const lines = [
    `${plural(count, "statement", "statements")}${known ? `: ${countsPhrase(counts)}` : ""}`,
    `Net stance: ${STANCE_WORDS[stance] ?? stance}`,
  ];
  if (first) lines.push(first === last || !last ? `On ${first}` : `${first} – ${last}`);
  return { title: `${nameOf(edge.source())} → ${nameOf(edge.target())}`, lines, stance };
}

function countsPhrase(counts: Record<(typeof BY_STANCE)[number], number>): string {
  const parts = BY_STANCE.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}`);
  return parts.length > 0 ? parts.join(", ") : "none by stance";
}

const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : "0");

/** Where the details go: beside an actor's box, or to one side of a link at a point along it. */
export type HoverAnchor =
  { kind: "actor"; box: Box } | { kind: "link"; at: { x: number; y: number }; normal: { x: number; y: number } };

export function anchorOf(element: SingularElementReturnValue, pointer: { x: number; y: number } | null): HoverAnchor {
  if (element.isNode()) {
    const b = element.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
    return { kind: "actor", box: { x: b.x1, y: b.y1, width: b.w, height: b.h } };
  }
  const edge = element as EdgeSingular;
  const from = edge.source().renderedPosition();
  const to = edge.target().renderedPosition();
  const length = Math.hypot(to.x - from.x, to.y - from.y) || 1;
  // The normal pointing down the screen (or right, for a vertical link), so the details read below it.
  let normal = { x: -(to.y - from.y) / length, y: (to.x - from.x) / length };
  if (normal.y < 0 || (normal.y === 0 && normal.x < 0)) normal = { x: -normal.x, y: -normal.y };
  return { kind: "link", at: pointer ?? { ...edge.renderedMidpoint() }, normal };
}

const GAP = 10;

/**
 * The top left corner of details `size` big within a `bounds` canvas, never over the thing they
 * describe: right of an actor (left where the right has no room); for a link, wholly on one side
 * of the line through the point, its nearest corner GAP pixels off it (the other side where this
 * one has no room). Kept inside the canvas as far as that allows.
 */
export function placeDetails(
  anchor: HoverAnchor,
  size: { width: number; height: number },
  bounds: { width: number; height: number },
): { x: number; y: number } {
  const clampY = (y: number) => Math.max(4, Math.min(y, bounds.height - size.height - 4));
  const clampX = (x: number) => Math.max(4, Math.min(x, bounds.width - size.width - 4));
  if (anchor.kind === "actor") {
    const { box } = anchor;
    const right = box.x + box.width + GAP;
    const x = right + size.width <= bounds.width - 4 ? right : box.x - GAP - size.width;
    return { x: Math.max(4, x), y: clampY(box.y + box.height / 2 - size.height / 2) };
  }
  const corner = (n: { x: number; y: number }) => {
    const at = { x: anchor.at.x + n.x * GAP, y: anchor.at.y + n.y * GAP };
    // The corner nearest the line is the one furthest against the normal.
    return { x: n.x >= 0 ? at.x : at.x - size.width, y: n.y >= 0 ? at.y : at.y - size.height };
  };
  const fits = (p: { x: number; y: number }) =>
    p.x >= 4 && p.y >= 4 && p.x + size.width <= bounds.width - 4 && p.y + size.height <= bounds.height - 4;
  const first = corner(anchor.normal);
  const other = corner({ x: -anchor.normal.x, y: -anchor.normal.y });
  const chosen = fits(first) || !fits(other) ? first : other;
  return { x: clampX(chosen.x), y: clampY(chosen.y) };
}
