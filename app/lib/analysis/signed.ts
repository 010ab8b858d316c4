/**
 * Signed-network analysis of the view as drawn: each pair of actors is tied by the sign of the
 * statements between them (support counts +1, oppose −1, in both directions; mixed and neutral
 * statements are left out, having no sign), the two camps that best explain who opposes whom, and
 * the share of balanced triads. Pure, for the browser and the unit tests alike.
 */

export interface StanceCounts {
  support: number;
  oppose: number;
  mixed: number;
  neutral: number;
}

export interface StanceEdge {
  source: string;
  target: string;
  counts: StanceCounts;
}

/** An undirected signed tie, `a` before `b` in id order; `weight` is |support − oppose|. */
export interface SignedTie {
  a: string;
  b: string;
  sign: 1 | -1;
  weight: number;
}

export function toSignedTies(edges: readonly StanceEdge[]): SignedTie[] {
  const net = new Map<string, number>();
  for (const e of edges) {
    if (e.source === e.target) continue;
    const [a, b] = e.source < e.target ? [e.source, e.target] : [e.target, e.source];
    const key = `${a}\u0000${b}`;
    net.set(key, (net.get(key) ?? 0) + e.counts.support - e.counts.oppose);
  }
  const ties: SignedTie[] = [];
  for (const [key, value] of net) {
    if (value === 0) continue;
    const [a, b] = key.split("\u0000") as [string, string];
    ties.push({ a, b, sign: value > 0 ? 1 : -1, weight: Math.abs(value) });
  }
  return ties.sort((x, y) => (x.a === y.a ? x.b.localeCompare(y.b) : x.a.localeCompare(y.a)));
}

export interface Partition {
  /** Camp 0 is the larger (or, equal, the one holding the first id); actors with no signed tie are in neither. */
  camps: Map<string, 0 | 1>;
  /** Weight of the ties the partition leaves unexplained: support across camps, opposition within one. */
  frustration: number;
  totalWeight: number;
  frustrated: SignedTie[];
}

const isFrustrated = (tie: SignedTie, camp: Map<string, number>) => (camp.get(tie.a) === camp.get(tie.b)) === (tie.sign < 0);

/** A small seeded generator, so that the same view always gives the same camps. */
function mulberry32(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The two camps that minimise frustration (the weight of ties a split into two camps cannot
 * explain). A deterministic local search: the first start walks the ties breadth-first, putting a
 * supporter in the same camp and an opponent in the other (exact when the network is balanced);
 * further starts are seeded random splits; each is improved by flipping single actors while that
 * lowers frustration, and the best is kept.
 */
export function partitionCamps(ties: readonly SignedTie[], randomStarts = 15): Partition {
  const adjacency = new Map<string, SignedTie[]>();
  for (const t of ties) {
    for (const id of [t.a, t.b]) adjacency.set(id, [...(adjacency.get(id) ?? []), t]);
  }
  const ids = [...adjacency.keys()].sort();
  const totalWeight = ties.reduce((s, t) => s + t.weight, 0);
  const score = (camp: Map<string, number>) => ties.reduce((s, t) => s + (isFrustrated(t, camp) ? t.weight : 0), 0);

  const improve = (camp: Map<string, number>) => {
    for (let changed = true; changed; ) {
      changed = false;
      for (const id of ids) {
        const gain = adjacency.get(id)!.reduce((g, t) => g + (isFrustrated(t, camp) ? t.weight : -t.weight), 0);
        if (gain > 0) {
          camp.set(id, 1 - camp.get(id)!);
          changed = true;
        }
      }
    }
    return camp;
  };

  let best = improve(breadthFirstStart(ids, adjacency));
  let bestScore = score(best);
  const random = mulberry32(17);
  for (let i = 0; i < randomStarts && bestScore > 0; i++) {
    const candidate = improve(new Map(ids.map((id) => [id, random() < 0.5 ? 0 : 1])));
    const candidateScore = score(candidate);
    if (candidateScore < bestScore) [best, bestScore] = [candidate, candidateScore];
  }

  const sizes = [0, 0];
  for (const id of ids) sizes[best.get(id)!]! += 1;
  const first = ids.length > 0 ? best.get(ids[0]!)! : 0;
  const major = sizes[0]! > sizes[1]! ? 0 : sizes[1]! > sizes[0]! ? 1 : first;
  const camps = new Map<string, 0 | 1>(ids.map((id) => [id, best.get(id) === major ? 0 : 1]));
  return { camps, frustration: bestScore, totalWeight, frustrated: ties.filter((t) => isFrustrated(t, best)) };
}

function breadthFirstStart(ids: readonly string[], adjacency: Map<string, SignedTie[]>): Map<string, number> {
  const camp = new Map<string, number>();
  for (const root of ids) {
    if (camp.has(root)) continue;
    camp.set(root, 0);
    const queue = [root];
    while (queue.length > 0) {
      const id = queue.shift()!;
      for (const t of adjacency.get(id)!) {
        const other = t.a === id ? t.b : t.a;
        if (camp.has(other)) continue;
        camp.set(other, t.sign > 0 ? camp.get(id)! : 1 - camp.get(id)!);
        queue.push(other);
      }
    }
  }
  return camp;
}

export interface TriadCensus {
  /** Closed triads: three actors each tied to the other two by a signed tie. */
  triads: number;
  /** Those whose signs multiply to +: friends of friends, enemies of enemies. */
  balanced: number;
  /** balanced / triads; null when there is no closed triad. */
  share: number | null;
}

export function triadBalance(ties: readonly SignedTie[]): TriadCensus {
  const signOf = new Map<string, Map<string, number>>();
  for (const t of ties) {
    if (!signOf.has(t.a)) signOf.set(t.a, new Map());
    if (!signOf.has(t.b)) signOf.set(t.b, new Map());
    signOf.get(t.a)!.set(t.b, t.sign);
    signOf.get(t.b)!.set(t.a, t.sign);
  }
  let triads = 0;
  let balanced = 0;
  // Each triangle a < b < c is counted once, from its tie a–b.
  for (const t of ties) {
    const ofA = signOf.get(t.a)!;
    for (const [c, bc] of signOf.get(t.b)!) {
      if (c <= t.b) continue;
      const ac = ofA.get(c);
      if (ac === undefined) continue;
      triads += 1;
      if (t.sign * bc * ac > 0) balanced += 1;
    }
  }
  return { triads, balanced, share: triads > 0 ? balanced / triads : null };
}
