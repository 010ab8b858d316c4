import type { StylesheetJson } from "cytoscape";
import { LABEL_FONT_SIZE, LABEL_MARGIN_Y, mapData, NODE_BORDER_WIDTH, NODE_SIZE } from "../lib/node-geometry";
import { CAMP_COLORS, COUNTRY_COLORS, STANCE_COLORS } from "../lib/palette";

export { COUNTRY_COLORS, STANCE_COLORS };

/** The one stylesheet of the graph: colours by net stance, width by statement count, size by activity. */
export const graphStyle: StylesheetJson = [
  {
    selector: "node",
    style: {
      label: "data(label)",
      "font-size": mapData(LABEL_FONT_SIZE),
      "text-valign": "bottom",
      "text-margin-y": LABEL_MARGIN_Y,
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.8,
      "text-background-padding": "1px",
      "background-color": COUNTRY_COLORS.Other!,
      width: mapData(NODE_SIZE),
      height: mapData(NODE_SIZE),
      "border-width": NODE_BORDER_WIDTH,
      "border-color": "#ffffff",
      // Small labels vanish when zoomed out instead of piling up; zoom in to read them all.
      "min-zoomed-font-size": 8,
      "transition-property": "opacity, border-width, border-color",
      "transition-duration": 0.35,
    },
  },
  // The most active actors keep their names when the picture is fitted to the screen, smaller.
  { selector: "node[?leading]", style: { "min-zoomed-font-size": 6 } },
  ...Object.entries(COUNTRY_COLORS).map(([country, color]) => ({
    selector: `node[country = "${country}"]`,
    style: { "background-color": color },
  })),
  // A party or state is square and keeps its country's colour: the LCY is Yugoslav, not Soviet.
  { selector: 'node[kind = "organization"]', style: { shape: "round-rectangle" } },
  {
    selector: "edge",
    style: {
      width: "mapData(count, 1, 12, 1.5, 9)",
      "curve-style": "bezier",
      "target-arrow-shape": "triangle",
      "arrow-scale": 0.9,
      "line-color": STANCE_COLORS.neutral,
      "target-arrow-color": STANCE_COLORS.neutral,
      opacity: 0.85,
      "transition-property": "opacity",
      "transition-duration": 0.35,
    },
  },
  ...(["support", "oppose", "mixed"] as const).map((stance) => ({
    selector: `edge[stance = "${stance}"]`,
    style: { "line-color": STANCE_COLORS[stance], "target-arrow-color": STANCE_COLORS[stance] },
  })),
  { selector: ".excluded", style: { display: "none" } },
  { selector: ".faded", style: { opacity: 0.12 } },
  { selector: "node.highlighted", style: { "border-color": "#f59e0b", "border-width": 4 } },
  { selector: "edge.highlighted", style: { opacity: 1, "underlay-color": "#f59e0b", "underlay-opacity": 0.35, "underlay-padding": 3 } },
  { selector: "node.selected", style: { "border-color": "#f59e0b", "border-width": 5 } },
  {
    selector: "edge.selected",
    style: { opacity: 1, "underlay-color": "#f59e0b", "underlay-opacity": 0.5, "underlay-padding": 5 },
  },
  // The two camps of the signed analysis, both at once: a pink ring and a teal double ring.
  { selector: "node.camp-1", style: { "border-color": CAMP_COLORS[0], "border-width": 5, "border-style": "solid" } },
  { selector: "node.camp-2", style: { "border-color": CAMP_COLORS[1], "border-width": 6, "border-style": "double" } },
  // The keyboard's focus (graph-keys.ts): a sky-blue ring, apart from every country's colour, drawn over selection and highlight.
  {
    selector: "node.focused",
    style: { "outline-color": "#0ea5e9", "outline-width": 3, "outline-offset": 2, "outline-opacity": 1 },
  },
  { selector: "edge.focused", style: { opacity: 1, "overlay-color": "#0ea5e9", "overlay-opacity": 0.45, "overlay-padding": 6 } },
];
