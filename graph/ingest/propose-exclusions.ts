import type { Span } from "./propose-text";
import type { FoundActor, ImportedMention, ProposerInput } from "./types";

/**
 * What the codebook says is no statement, though a sentence has an evaluative word and a name
 * (docs/annotation-guidelines.md §1, §3):
 * - the parties to a relation: "friendly relations between Bulgaria and Yugoslavia" evaluates the
 *   relation, not either party (§3: the target is the one the evaluative words are about);
 * - a state named as the place where something happens: "reactionaries in Hungary", "defending
 *   Nagy in Hungary" are not about Hungary;
 * - a speaker on their own side: a person or body on their own country's ruling party or state
 *   ("the CC CPSU praising Soviet policy is not recorded").
 */

const RELATION_BEFORE =
  /\b(?:relations?|relationship|friendship|cooperation|ties|rapprochement|talks|negotiations|differences?|exchange|understanding|agreement|normali[sz]ation)\s+(?:of\s+\w+\s+)?between\s+(?:the\s+)?(?:[\p{L}'’.-]+,?\s+){0,8}?(?:and\s+(?:the\s+)?)?$/iu;
const PLACE_BEFORE = /\b(?:in|inside|within)\s+(?:the\s+)?$/i;

export interface OwnSide {
  countryOf: (actor: FoundActor) => string | undefined;
  ownCollective: (actor: FoundActor) => string | undefined;
}

/** The speakers' and collectives' countries, as the registries give them. */
export function ownSideOf(input: ProposerInput): OwnSide {
  const countries = new Map((input.countries ?? []).map((c) => [c.id, c.country]));
  const collectives = new Map((input.collectives ?? []).map((c) => [c.actor.id, c.country]));
  return {
    countryOf: (a) => (a.id ? countries.get(a.id) : undefined),
    ownCollective: (a) => (a.id ? collectives.get(a.id) : undefined),
  };
}

const isState = (input: ProposerInput, actor: FoundActor) =>
  (input.collectives ?? []).some((c) => c.kind === "state" && c.actor.id !== null && c.actor.id === actor.id);

/** Why a mention named in a speaker's sentence is not what the speaker evaluates, or null. */
export function notEvaluated(
  input: ProposerInput,
  own: OwnSide,
  passage: string,
  sentence: Span,
  mention: ImportedMention,
  speaker: FoundActor,
): string | null {
  const before = passage.slice(sentence.start, Math.max(sentence.start, mention.start));
  if (RELATION_BEFORE.test(before)) return "a party to a relation";
  if (isState(input, mention.actor) && PLACE_BEFORE.test(before)) return "a place";
  const country = own.ownCollective(mention.actor);
  if (country && own.countryOf(speaker) === country) return "the speaker's own side";
  return null;
}
