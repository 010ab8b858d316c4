import type { Mode, Stance } from "./queries";

/** What the explorer's filter panel sets. */
export interface Filters {
  stances: Stance[];
  modes: Mode[];
  documents: string[];
  countries: string[];
  includeOrganizations: boolean;
  includeTertiary: boolean;
}

/** What the side panel shows: the evidence behind an edge, or an actor's dossier. */
export type Selection = { kind: "edge"; id: string; source: string; target: string } | { kind: "node"; id: string };

/** A span of whole months on the timeline, YYYY-MM to YYYY-MM. */
export interface MonthRange {
  from: string;
  to: string;
}
