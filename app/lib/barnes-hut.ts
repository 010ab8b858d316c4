/**
 * A Barnes–Hut quadtree over points held in flat arrays, rebuilt once per layout iteration. Far
 * groups of points act as one mass at their centre, so repulsion costs O(n log n) instead of O(n²).
 * Typed arrays, no objects per cell: a 10k-node layout builds the tree hundreds of times.
 */
export class QuadTree {
  private capacity = 0;
  private cells = 0;
  private cx = new Float64Array(0);
  private cy = new Float64Array(0);
  private half = new Float64Array(0);
  private mass = new Float64Array(0);
  private sumX = new Float64Array(0);
  private sumY = new Float64Array(0);
  /** Index of the first of four children, or -1 for a leaf. */
  private child = new Int32Array(0);
  /** The one point a leaf holds, -1 when empty (or when points merged at the depth limit). */
  private body = new Int32Array(0);
  private stack = new Int32Array(0);

  build(xs: Float64Array, ys: Float64Array, n: number): void {
    this.ensure(4 * n + 8);
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (let i = 0; i < n; i++) {
      const x = xs[i]!;
      const y = ys[i]!;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
    this.cells = 0;
    this.cell((minX + maxX) / 2, (minY + maxY) / 2, Math.max(maxX - minX, maxY - minY, 1) / 2 + 1);
    for (let i = 0; i < n; i++) this.insert(i, xs[i]!, ys[i]!);
  }

  /**
   * Adds to (fx, fy)[i] the repulsion of every other point on point i, strength k² / distance
   * (Fruchterman–Reingold), treating a cell as one mass when its width / distance < theta.
   */
  repel(i: number, x: number, y: number, k2: number, theta2: number, out: { fx: number; fy: number }): void {
    let top = 0;
    this.stack[top++] = 0;
    let fx = 0;
    let fy = 0;
    while (top > 0) {
      const c = this.stack[--top]!;
      const m = this.mass[c]!;
      if (m === 0 || this.body[c] === i) continue;
      const dx = x - this.sumX[c]! / m;
      const dy = y - this.sumY[c]! / m;
      const d2 = dx * dx + dy * dy;
      const first = this.child[c]!;
      const width = 2 * this.half[c]!;
      if (first < 0 || width * width < theta2 * d2) {
        // Coincident points repel along a direction fixed by their indices, so results stay deterministic.
        if (d2 < 1e-9) {
          const angle = i * 2.399963;
          fx += Math.cos(angle) * k2 * m;
          fy += Math.sin(angle) * k2 * m;
        } else {
          const f = (k2 * m) / d2;
          fx += dx * f;
          fy += dy * f;
        }
      } else {
        for (let q = 0; q < 4; q++) this.stack[top++] = first + q;
      }
    }
    out.fx += fx;
    out.fy += fy;
  }

  private ensure(size: number): void {
    if (size <= this.capacity) return;
    this.capacity = size;
    this.cx = new Float64Array(size);
    this.cy = new Float64Array(size);
    this.half = new Float64Array(size);
    this.mass = new Float64Array(size);
    this.sumX = new Float64Array(size);
    this.sumY = new Float64Array(size);
    this.child = new Int32Array(size);
    this.body = new Int32Array(size);
    this.stack = new Int32Array(size);
  }

  private cell(x: number, y: number, half: number): number {
    if (this.cells + 1 > this.capacity) this.grow();
    const c = this.cells++;
    this.cx[c] = x;
    this.cy[c] = y;
    this.half[c] = half;
    this.mass[c] = 0;
    this.sumX[c] = 0;
    this.sumY[c] = 0;
    this.child[c] = -1;
    this.body[c] = -1;
    return c;
  }

  private grow(): void {
    const old = { cx: this.cx, cy: this.cy, half: this.half, mass: this.mass, sumX: this.sumX, sumY: this.sumY, child: this.child, body: this.body };
    this.capacity = 0;
    this.ensure(old.cx.length * 2);
    this.cx.set(old.cx);
    this.cy.set(old.cy);
    this.half.set(old.half);
    this.mass.set(old.mass);
    this.sumX.set(old.sumX);
    this.sumY.set(old.sumY);
    this.child.set(old.child);
    this.body.set(old.body);
  }

  private quadrant(c: number, x: number, y: number): number {
    return (x >= this.cx[c]! ? 1 : 0) + (y >= this.cy[c]! ? 2 : 0);
  }

  private split(c: number): void {
    const h = this.half[c]! / 2;
    const x = this.cx[c]!;
    const y = this.cy[c]!;
    const first = this.cell(x - h, y - h, h);
    this.cell(x + h, y - h, h);
    this.cell(x - h, y + h, h);
    this.cell(x + h, y + h, h);
    this.child[c] = first;
  }

  private insert(i: number, x: number, y: number): void {
    let c = 0;
    for (;;) {
      const wasEmpty = this.mass[c] === 0;
      this.mass[c] = this.mass[c]! + 1;
      this.sumX[c] = this.sumX[c]! + x;
      this.sumY[c] = this.sumY[c]! + y;
      if (this.child[c]! >= 0) {
        c = this.child[c]! + this.quadrant(c, x, y);
        continue;
      }
      if (wasEmpty) {
        this.body[c] = i;
        return;
      }
      // An occupied leaf: split it and move its point down, unless cells are already tiny.
      const other = this.body[c]!;
      if (other < 0 || this.half[c]! < 1e-3) {
        this.body[c] = -1;
        return;
      }
      this.body[c] = -1;
      this.split(c);
      const m = this.mass[c]! - 1;
      const ox = (this.sumX[c]! - x) / m;
      const oy = (this.sumY[c]! - y) / m;
      const q = this.child[c]! + this.quadrant(c, ox, oy);
      this.mass[q] = m;
      this.sumX[q] = ox * m;
      this.sumY[q] = oy * m;
      this.body[q] = other;
      c = this.child[c]! + this.quadrant(c, x, y);
      // The loop adds this point to the chosen child; if that child holds `other`, it splits again.
      const target = c;
      if (target === q) continue;
      this.mass[c] = 1;
      this.sumX[c] = x;
      this.sumY[c] = y;
      this.body[c] = i;
      return;
    }
  }
}
