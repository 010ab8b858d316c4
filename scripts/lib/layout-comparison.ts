import os from "node:os";
import type { LayoutInput, Positions } from "@/app/lib/force-layout";
import { toLayoutInput } from "@/app/lib/layout-input";
import type { Figure } from "./figure";
import { CONTENDERS, removeOverlapsFrom, runForceAtlas2, type Contender } from "./layout-contenders";
import { fitZoom, meanShapeChange, measureQuality, nodeBoxes, samePositions, type LayoutQuality } from "./layout-quality";
import { syntheticElements } from "./synthetic-graph";

/**
 * Our force layout against ForceAtlas2 and d3-force (docs/decisions/0006), on the synthetic graphs
 * the worker-layout bench uses. The layouts are pure computations, so they run here in Node, one
 * after another in one process: the times compare the algorithms, not the worker or the browser.
 * Each library is measured as it comes and again followed by our overlap removal, since the
 * explorer needs labels kept apart whichever forces place the nodes.
 */
export interface LayoutRow extends LayoutQuality {
  layout: string;
  nodes: number;
  edges: number;
  /** Wall time to the settled picture: median and range over the runs. */
  ms: { median: number; spread: [number, number]; runs: number };
  /** The process's CPU time over the same runs (median): what the run costs when it has a core to itself. */
  cpuMs: number;
  /** The same input twice gave the same positions to the last bit. */
  deterministic: boolean;
  settings: string;
}

export interface SweepRow extends LayoutQuality {
  nodes: number;
  iterations: number;
  ms: number;
  cpuMs: number;
  /** Mean distance a node moved within the picture since the previous iteration count, in screen pixels at the fitted zoom. */
  movedPx: number | null;
}

export interface LayoutComparison {
  conditions: string;
  rows: LayoutRow[];
  sweep?: SweepRow[];
}

const SIZES = [1_000, 10_000];
const SWEEP_ITERATIONS = [100, 300, 500, 800, 1_200];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

type Timed = { wall: number; cpu: number };

/** Wall and CPU time of `work`: on a shared machine the wall time also counts what others ran meanwhile. */
function time<T>(work: () => T): [T, Timed] {
  const began = performance.now();
  const cpu = process.cpuUsage();
  const value = work();
  const used = process.cpuUsage(cpu);
  return [value, { wall: performance.now() - began, cpu: (used.user + used.system) / 1000 }];
}

/** Runs one contender `runs` times; with `thenRemoveOverlaps`, also times our overlap removal on each result. */
function measureContender(contender: Contender, input: LayoutInput, zoom: number, runs: number): { positions: Positions[]; times: Timed[]; removed: Positions[]; removedTimes: Timed[] } {
  const out = { positions: [] as Positions[], times: [] as Timed[], removed: [] as Positions[], removedTimes: [] as Timed[] };
  for (let i = 0; i < runs; i++) {
    const [positions, spent] = time(() => contender.run(input, zoom));
    out.positions.push(positions);
    out.times.push(spent);
    if (contender.thenRemoveOverlaps) {
      const [removed, removal] = time(() => removeOverlapsFrom(input, positions));
      out.removed.push(removed);
      out.removedTimes.push({ wall: spent.wall + removal.wall, cpu: spent.cpu + removal.cpu });
    }
  }
  return out;
}

function row(layout: string, settings: string, input: LayoutInput, positions: Positions[], times: Timed[]): LayoutRow {
  const ms = times.map((t) => t.wall);
  return {
    layout,
    nodes: input.nodes.length,
    edges: input.edges.length,
    ms: { median: Math.round(median(ms)), spread: [Math.round(Math.min(...ms)), Math.round(Math.max(...ms))], runs: ms.length },
    cpuMs: Math.round(median(times.map((t) => t.cpu))),
    deterministic: positions.every((p) => samePositions(p, positions[0]!)),
    settings,
    ...measureQuality(input, positions[0]!),
  };
}

function summary(r: LayoutRow): string {
  return `${r.edges} edges; CPU ${r.cpuMs} ms; node overlaps ${r.nodeOverlaps}, label-box overlaps ${r.boxOverlaps}, link length CV ${round(r.edgeLengthCv, 2)}, fit zoom ${round(r.fitZoom, 3)}; ${r.deterministic ? "deterministic" : "NOT deterministic"} over ${r.ms.runs} runs; ${r.settings}`;
}

/**
 * ForceAtlas2 at growing iteration counts, each from the same start: how many it needs before its
 * picture stops changing. Several thousand iterations in all, slow at 10k: run on request.
 */
function sweepForceAtlas2(input: LayoutInput, zoom: number, record: (figure: Figure) => void): SweepRow[] {
  const rows: SweepRow[] = [];
  let previous: Positions | null = null;
  for (const iterations of SWEEP_ITERATIONS) {
    const [positions, spent] = time(() => runForceAtlas2(input, zoom, iterations));
    const movedPx = previous ? round(meanShapeChange(previous, positions) * zoom, 2) : null;
    previous = positions;
    const r: SweepRow = { nodes: input.nodes.length, iterations, ms: Math.round(spent.wall), cpuMs: Math.round(spent.cpu), movedPx, ...measureQuality(input, positions) };
    rows.push(r);
    record({
      name: `ForceAtlas2 settling, ${r.nodes.toLocaleString("en")} nodes, ${iterations} iterations`,
      value: r.ms,
      unit: "ms",
      note: `CPU ${r.cpuMs} ms; nodes moved ${movedPx ?? "—"} px on screen within the picture since the previous count; node overlaps ${r.nodeOverlaps}, label-box overlaps ${r.boxOverlaps}, link length CV ${round(r.edgeLengthCv, 2)}`,
    });
  }
  return rows;
}

export function compareLayouts(quick: boolean, record: (figure: Figure) => void, options: { sweep?: boolean } = {}): LayoutComparison {
  const runs = quick ? 2 : 3;
  const load = os.loadavg()[0]!;
  console.log(`\nLayout comparison in Node (${runs} runs per layout and size; load average ${round(load, 2)} on ${os.cpus().length} cores)`);
  const rows: LayoutRow[] = [];
  const sweep: SweepRow[] = [];
  for (const people of SIZES) {
    const input = toLayoutInput(syntheticElements(people));
    let zoom = Number.NaN;
    for (const contender of CONTENDERS) {
      const measured = measureContender(contender, input, zoom, runs);
      // Ours runs first: its picture's size is the one the libraries without a unit are drawn at.
      if (Number.isNaN(zoom)) zoom = fitZoom(nodeBoxes(input, measured.positions[0]!));
      const found = [row(contender.name, contender.settings, input, measured.positions, measured.times)];
      if (contender.thenRemoveOverlaps) found.push(row(contender.thenRemoveOverlaps, `${contender.name}, then remove-overlaps.ts`, input, measured.removed, measured.removedTimes));
      for (const r of found) {
        rows.push(r);
        record({ name: `layout comparison: ${r.layout}, ${people.toLocaleString("en")} nodes`, value: r.ms.median, unit: "ms", median: r.ms.median, spread: r.ms.spread, note: summary(r) });
      }
    }
    if (options.sweep) sweep.push(...sweepForceAtlas2(input, zoom, record));
  }
  console.table(rows.map((r) => ({ layout: r.layout, nodes: r.nodes, "ms (median)": r.ms.median, "CPU ms": r.cpuMs, "node overlaps": r.nodeOverlaps, "label-box overlaps": r.boxOverlaps, "link CV": round(r.edgeLengthCv, 2), "fit zoom": round(r.fitZoom, 3), deterministic: r.deterministic })));
  const conditions = `Node ${process.version} in one process, ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "unknown"}), shared; load average ${round(load, 2)} before, ${round(os.loadavg()[0]!, 2)} after`;
  return { conditions, rows, ...(options.sweep ? { sweep } : {}) };
}
