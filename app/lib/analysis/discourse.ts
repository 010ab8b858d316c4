import type { StanceEdge } from "./signed";

/**
 * The congruence and conflict networks of discourse-network analysis (Leifeld): two speakers are
 * tied in congruence by each target they both support or both oppose, and in conflict by each
 * target one supports and the other opposes. Targets play the part of DNA's concepts and stance
 * its qualifier; mixed and neutral statements take no side and tie no one.
 */
export interface DiscourseTie {
  a: string;
  b: string;
  /** Congruence: shared (target, stance) pairs. Conflict: targets they take opposite sides on. */
  weight: number;
  /** The targets behind the tie, in id order. */
  targets: string[];
}

export interface DiscourseNetworks {
  congruence: DiscourseTie[];
  conflict: DiscourseTie[];
}

export function discourseNetworks(edges: readonly StanceEdge[]): DiscourseNetworks {
  const sides = new Map<string, { support: Set<string>; oppose: Set<string> }>();
  for (const e of edges) {
    if (!sides.has(e.target)) sides.set(e.target, { support: new Set(), oppose: new Set() });
    const side = sides.get(e.target)!;
    if (e.counts.support > 0) side.support.add(e.source);
    if (e.counts.oppose > 0) side.oppose.add(e.source);
  }
  const congruence = new Map<string, DiscourseTie>();
  const conflict = new Map<string, DiscourseTie>();
  const add = (ties: Map<string, DiscourseTie>, x: string, y: string, target: string) => {
    if (x === y) return;
    const [a, b] = x < y ? [x, y] : [y, x];
    const key = `${a}\u0000${b}`;
    const tie = ties.get(key) ?? { a, b, weight: 0, targets: [] };
    tie.weight += 1;
    if (!tie.targets.includes(target)) tie.targets.push(target);
    ties.set(key, tie);
  };
  for (const [target, { support, oppose }] of [...sides].sort(([x], [y]) => x.localeCompare(y))) {
    for (const group of [support, oppose]) {
      const members = [...group].sort();
      members.forEach((x, i) => members.slice(i + 1).forEach((y) => add(congruence, x, y, target)));
    }
    const seen = new Set<string>();
    for (const x of support) {
      for (const y of oppose) {
        const key = x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`;
        if (x === y || seen.has(key)) continue;
        seen.add(key);
        add(conflict, x, y, target);
      }
    }
  }
  const ordered = (ties: Map<string, DiscourseTie>) => [...ties.values()].sort((x, y) => y.weight - x.weight || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
  return { congruence: ordered(congruence), conflict: ordered(conflict) };
}
