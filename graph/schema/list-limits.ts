import { AppError } from "../errors";
import { NESTED_LIMIT } from "../queries/loaders";

/**
 * The most items each nested list may be asked for with `first:`, by schema coordinate (an
 * interface's entry serves the types that implement it). The defaults and the descriptions live
 * in the schema; a test checks that each description names the maximum enforced here.
 */
export const LIST_MAXIMA = {
  "Actor.statementsMade": NESTED_LIMIT,
  "Actor.statementsReceived": NESTED_LIMIT,
  "Actor.mentions": NESTED_LIMIT,
  "Actor.documents": 200,
  "Organization.members": 200,
  "Document.passages": 2000,
  "Document.statements": 1000,
  "Passage.mentions": 200,
  "Passage.statements": 200,
  "PathStep.statements": 200,
  "Query.documents": 1000,
  "Query.nameCandidates": 500,
} as const satisfies Record<string, number>;

export type ListCoordinate = keyof typeof LIST_MAXIMA;

/** The first `first` items, after checking `first` against the list's maximum (named in the error). */
export function firstOf<T>(list: ListCoordinate, first: number, items: readonly T[]): T[] {
  const max = LIST_MAXIMA[list];
  if (!Number.isInteger(first) || first < 1 || first > max) {
    const field = list.slice(list.indexOf(".") + 1);
    throw new AppError("LIMIT_EXCEEDED", `List size limit: ${field}(first:) must be between 1 and ${max} (got ${first}).`);
  }
  return items.slice(0, first);
}
