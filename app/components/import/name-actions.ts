import { writeGraphQL } from "@/app/lib/data/use-graphql";
import {
  ConfirmNameDocument,
  DismissNameDocument,
  MergeNameDocument,
  type NameCandidateFieldsFragment,
  type NewActorKind,
} from "@/graph/shared/generated/imports";
import { plural } from "@/graph/shared/plural";

/** A curator's decision on a new name, sent as one curation write; answers the sentence the page announces. */

export type Candidate = NameCandidateFieldsFragment;

export type Decision =
  | { action: "confirm"; name: string; id: string; kind: NewActorKind }
  | { action: "merge"; into: { id: string; name: string } }
  | { action: "dismiss"; reason: string };

export const KINDS: { value: NewActorKind; label: string }[] = [
  { value: "person", label: "Person" },
  { value: "party", label: "Party" },
  { value: "state", label: "State" },
  { value: "body", label: "Body (committee, presidium)" },
  { value: "agency", label: "Agency or ministry" },
  { value: "movement", label: "Movement" },
  { value: "press", label: "Press" },
];

/** The kind a confirmation starts from: the finder's guess. */
export function kindOf(guess: string): NewActorKind {
  return guess === "person" ? "person" : guess === "state" ? "state" : "body";
}

const written = (n: number) => plural(n, "proposed statement", "proposed statements") + " written";

export async function decide(candidate: Candidate, decision: Decision): Promise<string> {
  if (decision.action === "confirm") {
    const actor = { kind: decision.kind, name: decision.name.trim() || null, id: decision.id.trim() || null };
    const { confirmName } = await writeGraphQL(ConfirmNameDocument, { id: candidate.id, actor });
    return `Confirmed ${confirmName.candidate.actor?.name ?? candidate.name}: ${written(confirmName.statements.length)}.`;
  }
  if (decision.action === "merge") {
    const { mergeName } = await writeGraphQL(MergeNameDocument, { id: candidate.id, into: decision.into.id });
    return `Merged ${candidate.name} into ${mergeName.candidate.actor?.name ?? decision.into.name}: ${written(mergeName.statements.length)}.`;
  }
  const { dismissName } = await writeGraphQL(DismissNameDocument, { id: candidate.id, reason: decision.reason.trim() || null });
  const dropped = dismissName.dropped > 0 ? `: ${plural(dismissName.dropped, "held proposal", "held proposals")} dropped` : "";
  return `Dismissed ${candidate.name}${dropped}.`;
}
