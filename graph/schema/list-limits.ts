import { AppError } from "../errors";
import { NESTED_LIMIT } from "../queries/loaders";

/**
 * How many items each nested list returns when `first` is not given, and the most it may ask for.
 * The schema's argument defaults and descriptions are written from this table, the resolvers
 * enforce it, and the cost analysis counts with the value a query actually asks for.
 */
export const LIST_LIMITS = {
  statements: { default: 100, max: NESTED_LIMIT },
  actorMentions: { default: 50, max: NESTED_LIMIT },
  documents: { default: 50, max: 200 },
  members: { default: 50, max: 200 },
  passages: { default: 500, max: 2000 },
  documentStatements: { default: 200, max: 1000 },
  passageMentions: { default: 50, max: 200 },
  passageStatements: { default: 20, max: 200 },
  pathStatements: { default: 20, max: 200 },
  allDocuments: { default: 100, max: 1000 },
} as const satisfies Record<string, { default: number; max: number }>;

export type ListName = keyof typeof LIST_LIMITS;

/** The first `first` items, after checking `first` against the list's limit (named in the error). */
export function firstOf<T>(list: ListName, field: string, first: number, items: readonly T[]): T[] {
  const { max } = LIST_LIMITS[list];
  if (!Number.isInteger(first) || first < 1 || first > max) {
    throw new AppError("LIMIT_EXCEEDED", `List size limit: ${field}(first:) must be between 1 and ${max} (got ${first}).`);
  }
  return items.slice(0, first);
}
