/**
 * What a write changed and what an answer read, in the same terms, so that the response cache
 * drops only the answers a write could have changed (docs/decisions/0023).
 *
 * A statement write records the actors it touched (speaker and target) and the days its date
 * covered before and after; an answer of the network, the ego network or the timeline records
 * the actors it could include (all, or an ego network's members) and the days its filter covers.
 * They meet when both the actors and the days overlap. Every other answer reads "everything".
 */
export interface Change {
  seq: number;
  actors: string[];
  /** First and last day (YYYY-MM-DD) the change's statements covered, before and after. */
  from: string;
  to: string;
}

export interface ReadScope {
  /** The actors whose statements the answer could include; null for any. */
  actors: string[] | null;
  /** The days the answer's filter covers; null for no bound. */
  from: string | null;
  to: string | null;
}

/** Whether a change could alter an answer of this scope. */
export function touches(change: Change, scope: ReadScope): boolean {
  if (scope.from !== null && change.to < scope.from) return false;
  if (scope.to !== null && change.from > scope.to) return false;
  return scope.actors === null || change.actors.some((a) => scope.actors!.includes(a));
}

/** One scope covering several (an operation that asks for more than one scoped field). */
export function unionOf(scopes: ReadScope[]): ReadScope {
  const anyActor = scopes.some((s) => s.actors === null);
  return {
    actors: anyActor ? null : [...new Set(scopes.flatMap((s) => s.actors ?? []))],
    from: scopes.some((s) => s.from === null) ? null : scopes.map((s) => s.from!).sort()[0]!,
    to: scopes.some((s) => s.to === null) ? null : scopes.map((s) => s.to!).sort().at(-1)!,
  };
}
