import type { Core, EdgeSingular, NodeSingular } from "cytoscape";
import { plural } from "@/graph/shared/plural";

/**
 * What the canvas draws, read back from the Cytoscape instance in screen coordinates: every actor
 * on it with its box and, where its name is legible at this zoom, the box of that name; every link
 * with the point midway along it; and which of them are selected, highlighted or dimmed. The
 * outline (graph-outline.tsx) turns it into elements a keyboard, a screen reader or the browser's
 * find-in-page can reach, where the canvas alone offers only pixels.
 */

/** A rectangle in pixels from the canvas's top left corner. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type Emphasis = "highlighted" | "dimmed" | null;

export interface OutlinedActor {
  id: string;
  name: string;
  box: Box;
  /** Where the name is drawn, and at what size; null when it is too small to be drawn at this zoom. */
  label: { box: Box; fontSize: number } | null;
  selected: boolean;
  emphasis: Emphasis;
}

export interface OutlinedLink {
  id: string;
  /** The ids of the speaker and the target, for walking from an actor through its links. */
  source: string;
  target: string;
  /** "speaker → target, n statements". */
  name: string;
  /** The point midway along the arrow as drawn (curved when two actors speak of each other). */
  at: { x: number; y: number };
  /** The net stance the arrow is coloured by. */
  stance: string;
  selected: boolean;
  emphasis: Emphasis;
}

export interface Outline {
  actors: OutlinedActor[];
  /** Every link drawn, unless there are more than MAX_OUTLINED_LINKS: then none. */
  links: OutlinedLink[];
  /** How many links are drawn, listed or not. */
  linkCount: number;
}

/**
 * Past this many links a list of them is no way to find one (search and a dossier are), and
 * keeping their places current would cost more than it gives.
 */
export const MAX_OUTLINED_LINKS = 1_000;

/** Actors and links in the order of their names, as a reader going through the lists expects. */
export function readOutline(cy: Core): Outline {
  const zoom = cy.zoom();
  const actors = cy.nodes(":visible").map((node) => ({
    id: node.id(),
    name: labelOf(node),
    box: toBox(node.renderedBoundingBox({ includeLabels: false, includeOverlays: false })),
    label: drawnLabel(node, zoom),
    selected: node.hasClass("selected"),
    emphasis: emphasisOf(node),
  }));
  const edges = cy.edges(":visible");
  const links = edges.length > MAX_OUTLINED_LINKS ? [] : edges.map((edge) => toLink(edge));
  return { actors: actors.sort(byName), links: links.sort(byName), linkCount: edges.length };
}

function toLink(edge: EdgeSingular): OutlinedLink {
  const count = Number(edge.data("count"));
  return {
    id: edge.id(),
    source: edge.source().id(),
    target: edge.target().id(),
    name: `${labelOf(edge.source())} → ${labelOf(edge.target())}, ${count} ${count === 1 ? "statement" : "statements"}`,
    at: { ...edge.renderedMidpoint() },
    stance: String(edge.data("stance")),
    selected: edge.hasClass("selected"),
    emphasis: emphasisOf(edge),
  };
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, "en");

const labelOf = (node: NodeSingular) => String(node.data("label") ?? node.id());

/** Cytoscape skips a label whose size at this zoom is under min-zoomed-font-size (graph-style.ts). */
function drawnLabel(node: NodeSingular, zoom: number): OutlinedActor["label"] {
  const fontSize = parseFloat(String(node.style("font-size"))) * zoom;
  if (labelOf(node) === "" || fontSize < parseFloat(String(node.style("min-zoomed-font-size")))) return null;
  const box = node.renderedBoundingBox({ includeLabels: true, includeNodes: false, includeEdges: false, includeOverlays: false });
  return { box: toBox(box), fontSize };
}

function emphasisOf(element: NodeSingular | EdgeSingular): Emphasis {
  if (element.hasClass("highlighted")) return "highlighted";
  return element.hasClass("faded") ? "dimmed" : null;
}

function toBox(box: { x1: number; y1: number; w: number; h: number }): Box {
  return { x: box.x1, y: box.y1, width: box.w, height: box.h };
}


/** The canvas's description: what it draws. */
export function describeDrawing(outline: Outline): string {
  return `${plural(outline.actors.length, "actor", "actors")} and ${plural(outline.linkCount, "link", "links")} drawn.`;
}

/** What is selected and highlighted, announced as it changes. */
export function describeSelection(outline: Outline): string {
  const all = [...outline.actors, ...outline.links];
  const selected = all.find((item) => item.selected);
  const highlighted = { actors: outline.actors.filter((a) => a.emphasis === "highlighted").length, links: outline.links.filter((l) => l.emphasis === "highlighted").length };
  return [
    selected && `Selected: ${selected.name}.`,
    highlighted.actors + highlighted.links > 0 && `Highlighted: ${plural(highlighted.actors, "actor", "actors")} and ${plural(highlighted.links, "link", "links")}.`,
  ]
    .filter(Boolean)
    .join(" ");
}
