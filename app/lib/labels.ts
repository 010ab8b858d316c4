import type { Mode } from "./queries";

/** How each mode of a statement reads in the interface. */
export const MODE_LABELS: Record<Mode, string> = {
  direct: "own words, minutes",
  written: "own words, written",
  reported: "reported",
};
