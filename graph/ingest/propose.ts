import type { Proposal, ProposerInput } from "./types";

/** Placeholder until the proposer lands: an import proposes nothing. */
export function propose(input: ProposerInput): Proposal[] {
  void input;
  return [];
}
