import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from "d3-force";
import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { EDGE_LENGTH, forceLayout, iterationsFor, type LayoutInput, type Positions } from "@/app/lib/force-layout";
import { removeOverlaps } from "@/app/lib/remove-overlaps";
import { scaleToFit } from "./layout-quality";
import { random } from "./random";

/**
 * The layouts the explorer could use, each as a function of the explorer's layout input. The
 * libraries get the same canonical input our own layout builds for itself (nodes sorted by id,
 * links sorted, no self-links), starting positions from a seeded generator, and the same
 * Barnes–Hut accuracy (θ = 0.9), so that each is as deterministic and as approximate as ours.
 */
export interface Contender {
  name: string;
  settings: string;
  /** `fitZoom`: the zoom at which our own picture of the same input fits the screen; a layout without a unit of length is drawn that large. */
  run: (input: LayoutInput, fitZoom: number) => Positions;
  /** The name under which to measure it again followed by our overlap removal (the libraries: as the explorer would have to draw them). */
  thenRemoveOverlaps: string | null;
}

const THETA = 0.9;
const SEED = 11;

/** Nodes by id and links by their ends' indices, as forceLayout orders them: floating-point sums depend on order. */
function canonical(input: LayoutInput): { ids: string[]; radii: number[]; links: [number, number][] } {
  const nodes = [...input.nodes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const seen = new Set<string>();
  const links: [number, number][] = [];
  for (const e of input.edges) {
    const s = index.get(e.source);
    const t = index.get(e.target);
    if (s === undefined || t === undefined || s === t || seen.has(`${s}>${t}`)) continue;
    seen.add(`${s}>${t}`);
    links.push([s, t]);
  }
  links.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return { ids: nodes.map((n) => n.id), radii: nodes.map((n) => (n.height - 2 * n.dy) / 2), links };
}

/** Seeded random starting points over a square whose area grows with the node count. */
function seededStart(n: number): { x: number; y: number }[] {
  const next = random(SEED);
  const side = EDGE_LENGTH * Math.sqrt(n);
  return Array.from({ length: n }, () => ({ x: (next() - 0.5) * side, y: (next() - 0.5) * side }));
}

/**
 * Iterations after which ForceAtlas2's figures stop changing on the synthetic graphs (measured with
 * `npm run bench -- --layout-only --sweep`): more only cost time.
 */
export function forceAtlas2Iterations(n: number): number {
  return n <= 2_000 ? 300 : 800;
}

/** ForceAtlas2 with the settings its authors infer for the graph's size (Barnes–Hut above 2,000 nodes). */
export function runForceAtlas2(input: LayoutInput, fitZoom: number, iterations = forceAtlas2Iterations(input.nodes.length)): Positions {
  const { ids, radii, links } = canonical(input);
  const start = seededStart(ids.length);
  const graph = new Graph({ type: "directed", multi: false });
  ids.forEach((id, i) => graph.addNode(id, { ...start[i]!, size: radii[i]! }));
  for (const [s, t] of links) graph.addEdge(ids[s]!, ids[t]!);
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutTheta: THETA };
  return scaleToFit(input, forceAtlas2(graph, { iterations, settings }), fitZoom);
}

/** d3's own cooling schedule (alpha from 1 to its 0.001 floor) takes 300 ticks. */
export const D3_TICKS = 300;
/**
 * d3's default charge (−30) suits its default link distance of 30; forces in d3 fall off as 1/d,
 * so at the explorer's link length the same picture needs the charge times the square of the ratio.
 */
const D3_CHARGE = -30 * (EDGE_LENGTH / 30) ** 2;

export function runD3Force(input: LayoutInput): Positions {
  const { ids, radii, links } = canonical(input);
  const nodes: SimulationNodeDatum[] = seededStart(ids.length).map((p, index) => ({ index, ...p }));
  const simulation = forceSimulation(nodes)
    .randomSource(random(SEED))
    .force("charge", forceManyBody().strength(D3_CHARGE).theta(THETA))
    .force("link", forceLink(links.map(([source, target]) => ({ source, target }))).distance(EDGE_LENGTH))
    .force("collide", forceCollide<SimulationNodeDatum>((_, i) => radii[i]!))
    // A weak pull to the centre, as our layout's gravity: pieces not linked to the rest stay in view.
    .force("x", forceX(0).strength(0.02))
    .force("y", forceY(0).strength(0.02))
    .stop();
  simulation.tick(D3_TICKS);
  const out: Positions = {};
  nodes.forEach((node, i) => {
    out[ids[i]!] = { x: node.x ?? 0, y: node.y ?? 0 };
  });
  return out;
}

/** Our own pass that pushes apart overlapping node-and-label boxes, run on another layout's picture. */
export function removeOverlapsFrom(input: LayoutInput, positions: Positions): Positions {
  // The pass resolves pairs in index order: the same order whatever order the input came in.
  const nodes = [...input.nodes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const xs = Float64Array.from(nodes, (n) => positions[n.id]!.x);
  const ys = Float64Array.from(nodes, (n) => positions[n.id]!.y);
  removeOverlaps(xs, ys, nodes);
  const out: Positions = {};
  nodes.forEach((n, i) => {
    out[n.id] = { x: xs[i]!, y: ys[i]! };
  });
  return out;
}

export const CONTENDERS: Contender[] = [
  {
    name: "ours",
    settings: `Fruchterman–Reingold, Barnes–Hut θ 0.9, ${iterationsFor(1_000)} iterations at 1k nodes and ${iterationsFor(10_000)} at 10k, then overlap removal`,
    run: (input) => forceLayout(input),
    // Once more after its own pass: shows whether what that pass leaves is only a matter of its pass limit.
    thenRemoveOverlaps: "ours + a second overlap removal",
  },
  {
    name: "ForceAtlas2",
    settings: `inferSettings (Barnes–Hut above 2,000 nodes), θ ${THETA}; ${forceAtlas2Iterations(1_000)} iterations at 1k nodes, ${forceAtlas2Iterations(10_000)} at 10k; drawn as large as ours`,
    run: runForceAtlas2,
    thenRemoveOverlaps: "ForceAtlas2 + our overlap removal",
  },
  {
    name: "d3-force",
    settings: `many-body ${D3_CHARGE} (θ ${THETA}), links ${EDGE_LENGTH}, collide at the node radius, x/y 0.02; ${D3_TICKS} ticks`,
    run: runD3Force,
    thenRemoveOverlaps: "d3-force + our overlap removal",
  },
];
