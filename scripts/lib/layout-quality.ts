import type { LayoutInput, Positions } from "@/app/lib/force-layout";

/**
 * What a layout's picture is worth to a reader of the explorer, measured on its positions: nodes
 * drawn over each other, labels over each other, how even the link lengths are, and how far the
 * picture must be zoomed out to fit the screen (so how small everything is drawn on the first view).
 * Pair counts use a uniform grid, so 10k nodes cost milliseconds rather than a quadratic scan.
 */
export interface LayoutQuality {
  /** Node pairs whose discs overlap: centres closer than the sum of the two radii. */
  nodeOverlaps: number;
  /** Node pairs whose node-and-label boxes overlap (the boxes the layout input describes). */
  boxOverlaps: number;
  /** Coefficient of variation of link lengths: 0 when every link is as long as the others. */
  edgeLengthCv: number;
  /** The zoom at which the whole picture fits the screen with a 30 px margin, as Cytoscape's `fit` does. */
  fitZoom: number;
}

export interface Rect {
  x: number;
  y: number;
  halfWidth: number;
  halfHeight: number;
}

/** The screen the bench's browser harness draws on; fit zoom is quoted for it. */
export const SCREEN = { width: 1280, height: 800, margin: 30 };

/** A node's disc: its body is the box minus the label hanging under it (height − 2·dy, see layout-input.ts). */
export function nodeDiscs(input: LayoutInput, positions: Positions): Rect[] {
  return input.nodes.map((n) => {
    const p = positions[n.id]!;
    const r = (n.height - 2 * n.dy) / 2;
    return { x: p.x, y: p.y, halfWidth: r, halfHeight: r };
  });
}

export function nodeBoxes(input: LayoutInput, positions: Positions): Rect[] {
  return input.nodes.map((n) => {
    const p = positions[n.id]!;
    return { x: p.x, y: p.y + n.dy, halfWidth: n.width / 2, halfHeight: n.height / 2 };
  });
}

/**
 * Counts pairs that `touch`, looking only at neighbouring grid cells; the cell is as wide as the
 * widest item, so no overlapping pair sits further apart than one cell.
 */
function countPairs(items: readonly Rect[], touch: (a: Rect, b: Rect) => boolean): number {
  let cell = 1;
  for (const r of items) cell = Math.max(cell, 2 * r.halfWidth, 2 * r.halfHeight);
  const grid = new Map<string, number[]>();
  const cellOf = (r: Rect) => [Math.floor(r.x / cell), Math.floor(r.y / cell)] as const;
  items.forEach((r, i) => {
    const key = cellOf(r).join(",");
    const bucket = grid.get(key);
    if (bucket) bucket.push(i);
    else grid.set(key, [i]);
  });
  let pairs = 0;
  items.forEach((a, i) => {
    const [gx, gy] = cellOf(a);
    for (let ox = -1; ox <= 1; ox++) {
      for (let oy = -1; oy <= 1; oy++) {
        for (const j of grid.get(`${gx + ox},${gy + oy}`) ?? []) {
          if (j > i && touch(a, items[j]!)) pairs++;
        }
      }
    }
  });
  return pairs;
}

/** Discs (halfWidth is the radius) whose centres are closer than their radii together. */
export function countDiscOverlaps(discs: readonly Rect[]): number {
  return countPairs(discs, (a, b) => Math.hypot(a.x - b.x, a.y - b.y) < a.halfWidth + b.halfWidth);
}

/** Axis-aligned boxes that share some area (touching edges do not count). */
export function countBoxOverlaps(boxes: readonly Rect[]): number {
  return countPairs(boxes, (a, b) => Math.abs(a.x - b.x) < a.halfWidth + b.halfWidth && Math.abs(a.y - b.y) < a.halfHeight + b.halfHeight);
}

/** Standard deviation over mean of the lengths of the links between placed, distinct nodes. */
export function edgeLengthCv(input: LayoutInput, positions: Positions): number {
  const lengths: number[] = [];
  for (const e of input.edges) {
    const s = positions[e.source];
    const t = positions[e.target];
    if (s && t && e.source !== e.target) lengths.push(Math.hypot(s.x - t.x, s.y - t.y));
  }
  if (lengths.length === 0) return 0;
  const mean = lengths.reduce((sum, l) => sum + l, 0) / lengths.length;
  if (mean === 0) return 0;
  const variance = lengths.reduce((sum, l) => sum + (l - mean) ** 2, 0) / lengths.length;
  return Math.sqrt(variance) / mean;
}

/** The median link length: the scale a layout chose for its picture. */
export function medianEdgeLength(input: LayoutInput, positions: Positions): number {
  const lengths = input.edges
    .filter((e) => e.source !== e.target && positions[e.source] && positions[e.target])
    .map((e) => Math.hypot(positions[e.source]!.x - positions[e.target]!.x, positions[e.source]!.y - positions[e.target]!.y))
    .sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length / 2)] ?? 0;
}

/** The zoom at which every box fits the screen, margin included. */
export function fitZoom(boxes: readonly Rect[], screen = SCREEN): number {
  let [left, right, top, bottom] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const b of boxes) {
    left = Math.min(left, b.x - b.halfWidth);
    right = Math.max(right, b.x + b.halfWidth);
    top = Math.min(top, b.y - b.halfHeight);
    bottom = Math.max(bottom, b.y + b.halfHeight);
  }
  if (boxes.length === 0) return 1;
  return Math.min((screen.width - 2 * screen.margin) / (right - left), (screen.height - 2 * screen.margin) / (bottom - top));
}

/** Every position of `a` equal to `b`'s, to the last bit: the determinism the explorer promises (0005). */
export function samePositions(a: Positions, b: Positions): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((id) => b[id] !== undefined && a[id]!.x === b[id].x && a[id]!.y === b[id].y);
}

/** Scales positions about the origin, so that a layout without units can be drawn in the explorer's. */
export function scalePositions(positions: Positions, factor: number): Positions {
  const out: Positions = {};
  for (const [id, p] of Object.entries(positions)) out[id] = { x: p.x * factor, y: p.y * factor };
  return out;
}

export function measureQuality(input: LayoutInput, positions: Positions): LayoutQuality {
  const boxes = nodeBoxes(input, positions);
  return {
    nodeOverlaps: countDiscOverlaps(nodeDiscs(input, positions)),
    boxOverlaps: countBoxOverlaps(boxes),
    edgeLengthCv: edgeLengthCv(input, positions),
    fitZoom: fitZoom(boxes),
  };
}

/**
 * Scales positions about the origin until the picture fits the screen at `zoom`: a layout without
 * a unit of length is drawn as large as another one, so that their overlaps can be compared.
 */
export function scaleToFit(input: LayoutInput, positions: Positions, zoom: number): Positions {
  let scaled = positions;
  // Boxes keep their size while the centres spread, so the zoom is not linear in the factor: a few rounds settle it.
  for (let round = 0; round < 6; round++) {
    const current = fitZoom(nodeBoxes(input, scaled));
    if (!Number.isFinite(current) || Math.abs(current / zoom - 1) < 1e-6) break;
    scaled = scalePositions(scaled, current / zoom);
  }
  return scaled;
}

/**
 * How far nodes moved from `before` to `after` on average, once the whole picture's shift and
 * turn are taken out: force layouts without a fixed frame drift and spin as a whole while the
 * picture itself no longer changes, which a reader does not see as movement (the view is fitted).
 */
export function meanShapeChange(before: Positions, after: Positions): number {
  const ids = Object.keys(before).filter((id) => after[id] !== undefined);
  if (ids.length === 0) return 0;
  const centre = (p: Positions) => {
    let [x, y] = [0, 0];
    for (const id of ids) [x, y] = [x + p[id]!.x, y + p[id]!.y];
    return { x: x / ids.length, y: y / ids.length };
  };
  const [cb, ca] = [centre(before), centre(after)];
  // The turn that best lays `after` over `before` (least squares, 2D Procrustes without scaling).
  let [dot, cross] = [0, 0];
  for (const id of ids) {
    const [bx, by] = [before[id]!.x - cb.x, before[id]!.y - cb.y];
    const [ax, ay] = [after[id]!.x - ca.x, after[id]!.y - ca.y];
    dot += ax * bx + ay * by;
    cross += ax * by - ay * bx;
  }
  const angle = Math.atan2(cross, dot);
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
  let moved = 0;
  for (const id of ids) {
    const [ax, ay] = [after[id]!.x - ca.x, after[id]!.y - ca.y];
    moved += Math.hypot(ax * cos - ay * sin - (before[id]!.x - cb.x), ax * sin + ay * cos - (before[id]!.y - cb.y));
  }
  return moved / ids.length;
}
