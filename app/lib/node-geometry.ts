/**
 * How big nodes and labels are drawn, shared by the stylesheet and by the code that lays out and
 * exports the drawing without Cytoscape (the layout worker's input, the benchmark page).
 */

/** Node diameter and label size grow with activity (statements made and received), clamped. */
export const NODE_SIZE = { activityFrom: 1, activityTo: 60, from: 16, to: 56 } as const;
export const LABEL_FONT_SIZE = { activityFrom: 1, activityTo: 40, from: 9, to: 16 } as const;
export const NODE_BORDER_WIDTH = 2;
export const LABEL_MARGIN_Y = 4;

export type Mapping = { activityFrom: number; activityTo: number; from: number; to: number };
export const mapData = (m: Mapping) => `mapData(activity, ${m.activityFrom}, ${m.activityTo}, ${m.from}, ${m.to})`;

/** The value `mapData` gives for an activity, so that code outside the stylesheet can size nodes the same way. */
export function mapActivity(m: Mapping, activity: number): number {
  const t = Math.min(1, Math.max(0, (activity - m.activityFrom) / (m.activityTo - m.activityFrom)));
  return m.from + t * (m.to - m.from);
}
