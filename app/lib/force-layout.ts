import { QuadTree } from "./barnes-hut";
import { removeOverlaps } from "./remove-overlaps";

/**
 * The explorer's layout: a force-directed placement (Fruchterman–Reingold forces, Barnes–Hut
 * repulsion, linear cooling) followed by a pass that pushes apart any node boxes (node and label)
 * still overlapping. It is a pure function of its input: nodes start on a sunflower spiral in id
 * order and nothing is random, so the same network always draws the same picture
 * (docs/decisions/0005, 0006). It runs in a worker (layout.worker.ts) and in the benchmark.
 */
export interface LayoutNode {
  id: string;
  /** The box the node needs, label included, in model units; the node's centre is at `dy` above the box's centre. */
  width: number;
  height: number;
  dy: number;
}

export interface LayoutInput {
  nodes: LayoutNode[];
  edges: { source: string; target: string }[];
  /** 0 for the canonical picture; another number starts from a shuffled spiral (Re-layout). */
  seed?: number;
}

export type Positions = Record<string, { x: number; y: number }>;

/** Ideal distance between linked nodes, in model units (the style's largest node is 56). */
export const EDGE_LENGTH = 90;
const THETA = 0.9;

/** Fewer iterations for large graphs keep 10k nodes within a few seconds; the picture settles early. */
export function iterationsFor(n: number): number {
  if (n <= 500) return 400;
  if (n <= 2_000) return 250;
  return 120;
}

export function forceLayout(input: LayoutInput, onProgress?: (fraction: number) => void): Positions {
  const order = [...input.nodes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const n = order.length;
  if (n === 0) return {};
  const index = new Map(order.map((node, i) => [node.id, i]));
  // Links in a canonical order: floating-point sums depend on it, and the picture must not.
  const pairs: [number, number][] = [];
  for (const e of input.edges) {
    const s = index.get(e.source);
    const t = index.get(e.target);
    if (s !== undefined && t !== undefined && s !== t) pairs.push([s, t]);
  }
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const links = pairs.flat();
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  placeOnSpiral(xs, ys, n, input.seed ?? 0);

  const k = EDGE_LENGTH;
  const k2 = k * k;
  const theta2 = THETA * THETA;
  const iterations = iterationsFor(n);
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  const tree = new QuadTree();
  const force = { fx: 0, fy: 0 };
  const start = (k * Math.sqrt(n)) / 8 + k;
  const gravity = 0.6 / Math.sqrt(n);
  for (let it = 0; it < iterations; it++) {
    const temperature = start * (1 - it / iterations) + k / 20;
    tree.build(xs, ys, n);
    for (let i = 0; i < n; i++) {
      force.fx = 0;
      force.fy = 0;
      tree.repel(i, xs[i]!, ys[i]!, k2, theta2, force);
      dx[i] = force.fx - gravity * xs[i]! * k / 10;
      dy[i] = force.fy - gravity * ys[i]! * k / 10;
    }
    for (let l = 0; l < links.length; l += 2) {
      const s = links[l]!;
      const t = links[l + 1]!;
      const ex = xs[t]! - xs[s]!;
      const ey = ys[t]! - ys[s]!;
      const d = Math.sqrt(ex * ex + ey * ey) + 1e-9;
      const f = d / k;
      dx[s] = dx[s]! + ex * f;
      dy[s] = dy[s]! + ey * f;
      dx[t] = dx[t]! - ex * f;
      dy[t] = dy[t]! - ey * f;
    }
    for (let i = 0; i < n; i++) {
      const len = Math.sqrt(dx[i]! * dx[i]! + dy[i]! * dy[i]!);
      if (len === 0) continue;
      const step = Math.min(len, temperature) / len;
      xs[i] = xs[i]! + dx[i]! * step;
      ys[i] = ys[i]! + dy[i]! * step;
    }
    if (onProgress && it % 20 === 0) onProgress((0.9 * it) / iterations);
  }
  removeOverlaps(xs, ys, order);
  onProgress?.(1);
  const out: Positions = {};
  order.forEach((node, i) => {
    out[node.id] = { x: Math.round(xs[i]! * 10) / 10, y: Math.round(ys[i]! * 10) / 10 };
  });
  return out;
}

/** A sunflower spiral: even density at any size. A non-zero seed shuffles who sits where. */
function placeOnSpiral(xs: Float64Array, ys: Float64Array, n: number, seed: number): void {
  const slots = Array.from({ length: n }, (_, i) => i);
  if (seed !== 0) {
    let state = seed >>> 0 || 1;
    for (let i = n - 1; i > 0; i--) {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      const j = (state >>> 0) % (i + 1);
      [slots[i], slots[j]] = [slots[j]!, slots[i]!];
    }
  }
  const spacing = EDGE_LENGTH * 0.6;
  for (let i = 0; i < n; i++) {
    const s = slots[i]!;
    const r = spacing * Math.sqrt(s + 0.5);
    const angle = s * 2.399963229728653;
    xs[i] = r * Math.cos(angle);
    ys[i] = r * Math.sin(angle);
  }
}
