import { random } from "./random";

/**
 * The random draws the synthetic corpus is made of, all from one seeded generator so that a corpus
 * is the same on every machine: weighted choices, lognormal activity, and a preferential reuse
 * ("rich get richer") that gives the heavy tails real corpora have.
 */
export interface Draws {
  /** Uniform in [0, 1). */
  next(): number;
  pick<T>(list: readonly T[]): T;
  /** exp(N(0, sigma²)): activity whose inequality (Gini) does not depend on how many there are. */
  lognormal(sigma: number): number;
  /** An index drawn with probability proportional to its weight. */
  weighted(weights: Weighted): number;
  /** An index from a table of shares (summing to 1). */
  share<K extends string>(shares: Record<K, number>): K;
}

/** Cumulative weights, built once, drawn from in O(log n). */
export interface Weighted {
  cumulative: Float64Array;
}

export function toWeighted(weights: readonly number[]): Weighted {
  const cumulative = new Float64Array(weights.length);
  let sum = 0;
  weights.forEach((w, i) => {
    sum += w;
    cumulative[i] = sum;
  });
  return { cumulative };
}

export function createDraws(seed: number): Draws {
  const next = random(seed);
  const normal = () => {
    // Box–Muller; 1 - next() keeps the logarithm's argument above zero.
    const u = 1 - next();
    const v = next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
  return {
    next,
    pick: (list) => list[Math.floor(next() * list.length)]!,
    lognormal: (sigma) => Math.exp(sigma * normal()),
    weighted: ({ cumulative }) => {
      const goal = next() * cumulative[cumulative.length - 1]!;
      let lo = 0;
      let hi = cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cumulative[mid]! > goal) hi = mid;
        else lo = mid + 1;
      }
      return lo;
    },
    share: (shares) => {
      const entries = Object.entries(shares) as [keyof typeof shares & string, number][];
      let goal = next() * entries.reduce((sum, [, v]) => sum + v, 0);
      for (const [key, value] of entries) {
        goal -= value;
        if (goal < 0) return key;
      }
      return entries[entries.length - 1]![0];
    },
  };
}
