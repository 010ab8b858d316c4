import type { ViewState } from "./view-state";

/** What the explorer's filter panel sets: the filtering part of the view. */
export type Filters = Pick<ViewState, "stances" | "modes" | "documents" | "countries" | "includeOrganizations" | "includeTertiary">;

/** What the side panel shows: the evidence behind an edge, or an actor's dossier. */
export type Selection = { kind: "edge"; id: string; source: string; target: string } | { kind: "node"; id: string };

/** A span of whole months on the timeline, YYYY-MM to YYYY-MM. */
export interface MonthRange {
  from: string;
  to: string;
}
