/**
 * The browser side of the rendering and layout benchmarks (bundled by scripts/lib/browser-bench.ts).
 * It draws the same synthetic network with Cytoscape's canvas renderer, its WebGL renderer (both
 * with the explorer's own stylesheet and options) and sigma.js, drives pan and zoom frame by frame,
 * and runs the explorer's own worker layout. `mountCanvas` renders the explorer's GraphCanvas
 * component itself, for the browser test of a large layout.
 */
import cytoscape, { type Core } from "cytoscape";
import Graph from "graphology";
import { createElement, useState } from "react";
import { createRoot } from "react-dom/client";
import Sigma, { DEFAULT_STYLES } from "sigma";
import { extremityArrow, layerPlain, pathLine } from "sigma/rendering";
import { instanceOptions } from "@/app/components/cytoscape-instance";
import GraphCanvas from "@/app/components/graph-canvas";
import { COUNTRY_COLORS, STANCE_COLORS } from "@/app/components/graph-style";
import { LABEL_FONT_SIZE, NODE_SIZE, mapActivity } from "@/app/lib/node-geometry";
import { forceLayout, type Positions } from "@/app/lib/force-layout";
import { runLayout } from "@/app/lib/layout-client";
import { toLayoutInput } from "@/app/lib/layout-input";
import type { Elements } from "@/graph/shared/elements";
import { syntheticElements } from "./synthetic-graph";

export type Renderer = "canvas" | "webgl" | "sigma";

export interface FpsResult {
  renderer: Renderer;
  elements: number;
  frames: number;
  seconds: number;
  /** Frames per second in each whole second of the run. */
  perSecond: number[];
}

export interface LayoutResult {
  nodes: number;
  edges: number;
  ms: number;
  /** The longest main-thread task while the layout ran; 0 when none reached 50 ms (the Long Tasks API threshold). */
  longestTaskMs: number;
  longTasks: number;
  /** Animation frames the page drew while the layout ran: a blocked page draws none. */
  frames: number;
}

const root = document.getElementById("root")!;
let positionsCache: { people: number; positions: Positions } | null = null;

function graphFor(people: number): { elements: Elements; positions: Positions } {
  const elements = syntheticElements(people);
  if (positionsCache?.people !== people) positionsCache = { people, positions: forceLayout(toLayoutInput(elements)) };
  return { elements, positions: positionsCache.positions };
}

/** Counts animation frames for `seconds` while `move(t)` sets the view for time t in [0, 1]. */
function drive(seconds: number, move: (t: number) => void): Promise<{ frames: number; perSecond: number[] }> {
  return new Promise((resolve) => {
    // Zeros where a second saw no frame at all (a frame longer than a second).
    const perSecond = new Array<number>(Math.ceil(seconds)).fill(0);
    let frames = 0;
    let began = 0;
    const tick = (now: number) => {
      if (began === 0) began = now;
      const elapsed = (now - began) / 1000;
      if (elapsed >= seconds) {
        resolve({ frames, perSecond });
        return;
      }
      const second = Math.floor(elapsed);
      perSecond[second] = perSecond[second]! + 1;
      frames++;
      move(elapsed / seconds);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/** A pan around a circle and a zoom in and out, twice over the run: every frame needs a redraw. */
const path = (t: number) => ({ angle: 4 * Math.PI * t, zoom: 1.6 + 1.2 * Math.sin(4 * Math.PI * t) });

function mountCytoscape(webgl: boolean, elements: Elements, positions: Positions): Core {
  const cy = cytoscape(instanceOptions(root, webgl));
  cy.add([
    ...elements.nodes.map((n) => ({ group: "nodes" as const, data: n.data, position: positions[n.data.id]! })),
    ...elements.edges.map((e) => ({ group: "edges" as const, data: e.data })),
  ]);
  cy.fit(undefined, 30);
  return cy;
}

function mountSigma(elements: Elements, positions: Positions): Sigma {
  const graph = new Graph({ multi: false, type: "directed" });
  for (const { data } of elements.nodes) {
    const p = positions[data.id]!;
    graph.addNode(data.id, {
      x: p.x,
      y: -p.y,
      label: data.label,
      size: mapActivity(NODE_SIZE, data.activity) / 4,
      color: COUNTRY_COLORS[data.country] ?? COUNTRY_COLORS.Other,
      labelSize: mapActivity(LABEL_FONT_SIZE, data.activity),
    });
  }
  for (const { data } of elements.edges) {
    graph.addEdgeWithKey(data.id, data.source, data.target, { size: 1 + data.count / 3, color: STANCE_COLORS[data.stance as keyof typeof STANCE_COLORS] ?? STANCE_COLORS.neutral });
  }
  return new Sigma(graph, root, {
    primitives: { edges: { paths: [pathLine()], extremities: [extremityArrow()], layers: [layerPlain()] } },
    styles: { nodes: DEFAULT_STYLES.nodes, edges: { ...DEFAULT_STYLES.edges, head: "arrow" } },
  });
}

async function fps(renderer: Renderer, people: number, seconds: number): Promise<FpsResult> {
  const { elements, positions } = graphFor(people);
  let move: (t: number) => void;
  let stop: () => void;
  if (renderer === "sigma") {
    const sigma = mountSigma(elements, positions);
    const camera = sigma.getCamera();
    move = (t) => {
      const { angle, zoom } = path(t);
      camera.setState({ x: 0.5 + 0.15 * Math.cos(angle), y: 0.5 + 0.15 * Math.sin(angle), ratio: 1 / zoom });
    };
    stop = () => sigma.kill();
  } else {
    const cy = mountCytoscape(renderer === "webgl", elements, positions);
    const fitted = cy.zoom();
    const centre = { ...cy.pan() };
    move = (t) => {
      const { angle, zoom } = path(t);
      const radius = 0.15 * cy.width();
      cy.viewport({ zoom: fitted * zoom, pan: { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) } });
    };
    stop = () => cy.destroy();
  }
  // Let the first draw and any texture caches settle before counting.
  await drive(0.5, move);
  const run = await drive(seconds, move);
  stop();
  return { renderer, elements: elements.nodes.length + elements.edges.length, seconds, ...run };
}

async function layout(people: number): Promise<LayoutResult> {
  const elements = syntheticElements(people);
  const tasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push(entry.duration);
  });
  observer.observe({ type: "longtask" });
  let frames = 0;
  let done = false;
  const count = () => {
    frames++;
    if (!done) requestAnimationFrame(count);
  };
  requestAnimationFrame(count);
  const began = performance.now();
  await runLayout(toLayoutInput(elements), () => undefined).positions;
  const ms = performance.now() - began;
  done = true;
  // Long-task entries arrive asynchronously: give the observer a moment before reading them.
  await new Promise((resolve) => setTimeout(resolve, 100));
  observer.disconnect();
  return { nodes: elements.nodes.length, edges: elements.edges.length, ms, longestTaskMs: Math.max(0, ...tasks), longTasks: tasks.length, frames };
}

/** The explorer's canvas component on a synthetic network, with a button to prove the page answers. */
function mountCanvas(people: number): void {
  const elements = syntheticElements(people);
  const noop = () => undefined;
  function Page() {
    const [clicks, setClicks] = useState(0);
    return createElement(
      "div",
      { style: { height: "100vh", display: "flex", flexDirection: "column" } },
      createElement("button", { type: "button", "data-testid": "poke", onClick: () => setClicks((c) => c + 1) }, `Clicked ${clicks}`),
      createElement(
        "div",
        { style: { flex: 1, position: "relative" } },
        createElement(GraphCanvas, { elements, highlighted: [], selectedId: null, pinned: {}, viewport: null, onSelect: noop, onClearSelection: noop, onViewport: noop, onPin: noop, onReady: noop }),
      ),
    );
  }
  createRoot(root).render(createElement(Page));
}

/** Exports the picture as the explorer's PNG export does, and reports how much of it is drawn (not background). */
async function exportPng(webgl: boolean, people: number): Promise<{ webgl: boolean; width: number; height: number; drawnFraction: number }> {
  const { elements, positions } = graphFor(people);
  const cy = mountCytoscape(webgl, elements, positions);
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const blob = cy.png({ full: true, scale: 1, bg: "#ffffff", output: "blob" });
  const rendererIsWebgl = (cy as unknown as { renderer(): { webgl?: boolean } }).renderer().webgl === true;
  cy.destroy();
  const image = await createImageBitmap(blob);
  const canvas = new OffscreenCanvas(image.width, image.height);
  const context = canvas.getContext("2d")!;
  context.drawImage(image, 0, 0);
  const pixels = context.getImageData(0, 0, image.width, image.height).data;
  let drawn = 0;
  for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! < 250 || pixels[i + 1]! < 250 || pixels[i + 2]! < 250) drawn++;
  return { webgl: rendererIsWebgl, width: image.width, height: image.height, drawnFraction: drawn / (pixels.length / 4) };
}

function webglRenderer(): string {
  const gl = document.createElement("canvas").getContext("webgl2");
  if (!gl) return "none";
  const info = gl.getExtension("WEBGL_debug_renderer_info");
  return String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
}

(window as unknown as { __bench: unknown }).__bench = { fps, layout, mountCanvas, exportPng, webglRenderer };
