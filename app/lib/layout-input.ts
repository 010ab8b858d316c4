import { LABEL_FONT_SIZE, LABEL_MARGIN_Y, NODE_BORDER_WIDTH, NODE_SIZE, mapActivity } from "./node-geometry";
import type { Elements } from "@/graph/shared/elements";
import type { LayoutInput } from "./force-layout";

/**
 * Average glyph width over font size, on the generous side of the sans-serif faces browsers fall
 * back to: the layout keeps labels apart without measuring text, so the picture is the same
 * on every machine.
 */
const GLYPH_WIDTH = 0.62;

/** What the layout needs of the elements: each node's footprint (the node, its label beneath) and the links. */
export function toLayoutInput(elements: Elements, seed = 0): LayoutInput {
  return {
    seed,
    nodes: elements.nodes.map(({ data }) => {
      const body = mapActivity(NODE_SIZE, data.activity) + 2 * NODE_BORDER_WIDTH;
      const font = mapActivity(LABEL_FONT_SIZE, data.activity);
      const labelWidth = data.label.length * font * GLYPH_WIDTH + 4;
      const labelHeight = font * 1.3 + 2;
      const height = body + LABEL_MARGIN_Y + labelHeight;
      return { id: data.id, width: Math.max(body, labelWidth), height, dy: height / 2 - body / 2 };
    }),
    edges: elements.edges.map(({ data }) => ({ source: data.source, target: data.target })),
  };
}
