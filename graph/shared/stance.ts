/** Pure rules for summarising stances; shared by the API, the explorer and the exports. */

import type { Stance } from "./generated/graphql";

export type { Stance };

/** Every stance, in the order the app lists them; the compiler checks it against the schema's enum. */
export const STANCES = ["support", "oppose", "mixed", "neutral"] as const satisfies readonly Stance[];
type Missing = Exclude<Stance, (typeof STANCES)[number]>;
const complete: Missing extends never ? true : never = true;
void complete;

export interface StanceCounts {
  support: number;
  oppose: number;
  mixed: number;
  neutral: number;
}

/**
 * The net stance of several statements from one speaker about one target. Clear majorities win;
 * support and opposition that cancel out are "mixed"; statements without valence are "neutral".
 */
export function netStance(counts: StanceCounts, meanIntensity: number): Stance {
  const total = counts.support + counts.oppose + counts.mixed + counts.neutral;
  if (total === 0 || total === counts.neutral) return "neutral";
  if (meanIntensity >= 0.5 && counts.support > counts.oppose) return "support";
  if (meanIntensity <= -0.5 && counts.oppose > counts.support) return "oppose";
  if (counts.support > 0 || counts.oppose > 0 || counts.mixed > 0) return "mixed";
  return "neutral";
}

/** The intensities a stance allows: support +1/+2, oppose −1/−2, neutral 0, mixed −1…+1. */
export function allowedIntensities(stance: Stance): readonly number[] {
  return { support: [1, 2], oppose: [-1, -2], neutral: [0], mixed: [-1, 0, 1] }[stance];
}
