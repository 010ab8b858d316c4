/**
 * How far two codings of the same document agree (docs/reliability.md): which speaker–target
 * pairs both found, which statements both found (same pair, same passage, overlapping quotes), and
 * Krippendorff's alpha on the stance of the statements both found. Pure functions.
 */

export interface CodedStatement {
  speaker: string;
  target: string;
  stance: string;
  passage: number;
  /** The quote's characters within its passage: [start, end). */
  span: [number, number];
}

export interface Agreement {
  pairs: { first: number; second: number; both: number; recall: number | null; precision: number | null };
  statements: { first: number; second: number; matched: number; recall: number | null; precision: number | null };
  /** Stance of the matched statements: observed agreement and Krippendorff's alpha (nominal). */
  stance: { units: number; agreement: number | null; alpha: number | null };
  /** The stances of matched statements, for pooling documents. */
  stancePairs: [string, string][];
}

const ratio = (n: number, d: number) => (d === 0 ? null : n / d);
const pairKey = (s: CodedStatement) => `${s.speaker}->${s.target}`;
const overlap = (a: [number, number], b: [number, number]) => Math.min(a[1], b[1]) - Math.max(a[0], b[0]);

/**
 * Pairs a statement of the first coding with at most one of the second: same speaker, target and
 * passage, and quotes that share characters; among several, the one sharing most. Greedy in the
 * first coding's order, which is the passage order.
 */
export function matchStatements(first: CodedStatement[], second: CodedStatement[]): [CodedStatement, CodedStatement][] {
  const taken = new Set<number>();
  const matches: [CodedStatement, CodedStatement][] = [];
  for (const a of first) {
    let best = -1;
    let bestOverlap = 0;
    second.forEach((b, i) => {
      if (taken.has(i) || pairKey(a) !== pairKey(b) || a.passage !== b.passage) return;
      const shared = overlap(a.span, b.span);
      if (shared > bestOverlap) {
        best = i;
        bestOverlap = shared;
      }
    });
    if (best >= 0) {
      taken.add(best);
      matches.push([a, second[best]!]);
    }
  }
  return matches;
}

/**
 * Krippendorff's alpha for two coders, nominal values, no missing data: 1 − D_o / D_e from the
 * coincidence matrix. Null when there is nothing to compare or every value is the same (the
 * expected disagreement is zero; alpha is undefined).
 */
export function krippendorffAlphaNominal(units: [string, string][]): number | null {
  if (units.length === 0) return null;
  const total = new Map<string, number>();
  let disagreements = 0;
  for (const [a, b] of units) {
    total.set(a, (total.get(a) ?? 0) + 1);
    total.set(b, (total.get(b) ?? 0) + 1);
    if (a !== b) disagreements += 2; // o_ab and o_ba, each 1/(m−1) = 1 for two coders
  }
  const n = units.length * 2;
  let expected = 0;
  const counts = [...total.values()];
  for (let i = 0; i < counts.length; i++) for (let j = 0; j < counts.length; j++) if (i !== j) expected += counts[i]! * counts[j]!;
  if (expected === 0) return null;
  return 1 - ((n - 1) * disagreements) / expected;
}

export function agreementOf(first: CodedStatement[], second: CodedStatement[]): Agreement {
  const pairsA = new Set(first.map(pairKey));
  const pairsB = new Set(second.map(pairKey));
  const both = [...pairsA].filter((p) => pairsB.has(p)).length;
  const matches = matchStatements(first, second);
  const stancePairs = matches.map(([a, b]) => [a.stance, b.stance] as [string, string]);
  return {
    pairs: { first: pairsA.size, second: pairsB.size, both, recall: ratio(both, pairsA.size), precision: ratio(both, pairsB.size) },
    statements: { first: first.length, second: second.length, matched: matches.length, recall: ratio(matches.length, first.length), precision: ratio(matches.length, second.length) },
    stance: {
      units: stancePairs.length,
      agreement: ratio(stancePairs.filter(([a, b]) => a === b).length, stancePairs.length),
      alpha: krippendorffAlphaNominal(stancePairs),
    },
    stancePairs,
  };
}

/** Several documents' figures pooled: pairs and statements summed, alpha over every matched statement. */
export function pool(parts: Agreement[]): Agreement {
  const sum = (f: (a: Agreement) => number) => parts.reduce((n, a) => n + f(a), 0);
  const pairs = { first: sum((a) => a.pairs.first), second: sum((a) => a.pairs.second), both: sum((a) => a.pairs.both) };
  const statements = { first: sum((a) => a.statements.first), second: sum((a) => a.statements.second), matched: sum((a) => a.statements.matched) };
  const stancePairs = parts.flatMap((a) => a.stancePairs);
  return {
    pairs: { ...pairs, recall: ratio(pairs.both, pairs.first), precision: ratio(pairs.both, pairs.second) },
    statements: { ...statements, recall: ratio(statements.matched, statements.first), precision: ratio(statements.matched, statements.second) },
    stance: {
      units: stancePairs.length,
      agreement: ratio(stancePairs.filter(([a, b]) => a === b).length, stancePairs.length),
      alpha: krippendorffAlphaNominal(stancePairs),
    },
    stancePairs,
  };
}
