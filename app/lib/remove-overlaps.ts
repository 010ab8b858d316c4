/**
 * Pushes apart node boxes (the node with its label under it) that overlap after the force layout,
 * each pair along its axis of least overlap, half the way each. Candidates come from a uniform
 * grid, so a pass costs O(n) for the usual spread of box sizes. Deterministic: pairs in index order.
 */
export interface Box {
  width: number;
  height: number;
  /** The box's centre is this far below the node's centre (labels hang under the node). */
  dy: number;
}

const GAP = 4;
const MAX_PASSES = 80;

export function removeOverlaps(xs: Float64Array, ys: Float64Array, boxes: readonly Box[]): number {
  const n = boxes.length;
  let cell = 1;
  for (const b of boxes) cell = Math.max(cell, b.width + GAP, b.height + GAP);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const grid = new Map<number, number[]>();
    const key = (gx: number, gy: number) => gx * 131_071 + gy;
    for (let i = 0; i < n; i++) {
      const k = key(Math.floor(xs[i]! / cell), Math.floor((ys[i]! + boxes[i]!.dy) / cell));
      const bucket = grid.get(k);
      if (bucket) bucket.push(i);
      else grid.set(k, [i]);
    }
    let moved = 0;
    for (let i = 0; i < n; i++) {
      const a = boxes[i]!;
      const gx = Math.floor(xs[i]! / cell);
      const gy = Math.floor((ys[i]! + a.dy) / cell);
      for (let ox = -1; ox <= 1; ox++) {
        for (let oy = -1; oy <= 1; oy++) {
          for (const j of grid.get(key(gx + ox, gy + oy)) ?? []) {
            if (j <= i) continue;
            moved += separate(xs, ys, boxes, i, j);
          }
        }
      }
    }
    if (moved === 0) return pass;
  }
  return MAX_PASSES;
}

function separate(xs: Float64Array, ys: Float64Array, boxes: readonly Box[], i: number, j: number): number {
  const a = boxes[i]!;
  const b = boxes[j]!;
  const cx = xs[j]! - xs[i]!;
  const cy = ys[j]! + b.dy - (ys[i]! + a.dy);
  const overlapX = (a.width + b.width) / 2 + GAP - Math.abs(cx);
  const overlapY = (a.height + b.height) / 2 + GAP - Math.abs(cy);
  if (overlapX <= 0 || overlapY <= 0) return 0;
  if (overlapX < overlapY) {
    const push = (overlapX / 2 + 0.01) * (cx > 0 || (cx === 0 && i % 2 === 0) ? 1 : -1);
    xs[i] = xs[i]! - push;
    xs[j] = xs[j]! + push;
  } else {
    const push = (overlapY / 2 + 0.01) * (cy > 0 || (cy === 0 && i % 2 === 0) ? 1 : -1);
    ys[i] = ys[i]! - push;
    ys[j] = ys[j]! + push;
  }
  return 1;
}
