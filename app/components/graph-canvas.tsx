"use client";

import cytoscape, { type Core, type EdgeSingular, type ElementDefinition, type LayoutOptions, type NodeSingular } from "cytoscape";
import fcose from "cytoscape-fcose";
import { useEffect, useRef } from "react";
import type { Elements } from "@/graph/elements";
import type { DrawnEdge, DrawnNode } from "@/graph/exports";
import { graphStyle } from "./graph-style";

cytoscape.use(fcose);

export interface GraphCanvasHandle {
  /** The drawing as PNG, the whole graph at twice the screen resolution. */
  png: () => Blob;
  /** Positions, sizes and colours as drawn, for vector export. */
  drawn: () => { nodes: DrawnNode[]; edges: DrawnEdge[] };
  fit: () => void;
  relayout: () => void;
  zoomBy: (factor: number) => void;
  focus: (id: string) => void;
}

export interface GraphCanvasProps {
  /** Everything that may be drawn: its layout is computed once, from these elements alone. */
  elements: Elements;
  /** Ids to display now (the current filter); the rest stay in place, hidden. Null shows all. */
  shown?: ReadonlySet<string> | null;
  /** What the current filter says of each shown element (counts, stance), drawn over the layout. */
  current?: Elements | null;
  /** Ids to emphasise (a path, a neighbourhood); everything else fades. Empty: nothing fades. */
  highlighted: readonly string[];
  selectedId: string | null;
  /** Nodes placed by hand, in model coordinates: they keep their place through layouts. */
  pinned: Record<string, { x: number; y: number }>;
  /** A saved zoom and pan to restore instead of fitting the graph. */
  viewport: { zoom: number; x: number; y: number } | null;
  onSelect: (id: string) => void;
  onClearSelection: () => void;
  onViewport: (viewport: { zoom: number; x: number; y: number }) => void;
  onPin: (id: string, position: { x: number; y: number }) => void;
  /** Receives the view controls once the instance exists. */
  onReady: (controls: GraphCanvasHandle) => void;
}

const LAYOUT: LayoutOptions = {
  name: "fcose",
  quality: "default",
  randomize: false,
  animate: false,
  nodeDimensionsIncludeLabels: true,
  nodeRepulsion: () => 12000,
  idealEdgeLength: () => 120,
  nodeSeparation: 120,
  padding: 30,
} as LayoutOptions;

/** True while the canvas itself moves the viewport, so that only the reader's moves are reported. */
let applying = false;

/**
 * Where nodes start before the force layout: a circle in id order. fcose without randomising is
 * then a pure function of the elements, so the same link draws the same picture.
 */
function seedPositions(instance: Core): void {
  const nodes = instance.nodes().sort((a, b) => (a.id() < b.id() ? -1 : 1));
  const radius = 40 * Math.sqrt(nodes.length + 1);
  nodes.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / nodes.length;
    node.position({ x: radius * Math.cos(angle), y: radius * Math.sin(angle) });
  });
}

/**
 * Owns the Cytoscape instance: created once, destroyed once. Element changes are diffed by id in
 * one batch; the layout runs only when the set of elements changes, and is then a pure function of
 * that set. Filters only hide and show (`shown`), so filtering never moves a node, and a shared
 * link draws the same picture. Selection and highlight are classes, never edits to the data.
 */
export default function GraphCanvas(props: GraphCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  const handlers = useRef(props);
  handlers.current = props;

  useEffect(() => {
    if (!container.current) return undefined;
    const instance = cytoscape({
      container: container.current,
      style: graphStyle,
      minZoom: 0.15,
      maxZoom: 4,
      boxSelectionEnabled: false,
    });
    instance.on("tap", "node, edge", (e) => handlers.current.onSelect((e.target as NodeSingular | EdgeSingular).id()));
    instance.on("dragfree", "node", (e) => {
      const node = e.target as NodeSingular;
      handlers.current.onPin(node.id(), { ...node.position() });
    });
    let timer: ReturnType<typeof setTimeout> | undefined;
    instance.on("viewport", () => {
      if (applying) return;
      clearTimeout(timer);
      timer = setTimeout(() => handlers.current.onViewport({ zoom: instance.zoom(), ...instance.pan() }), 250);
    });
    instance.on("tap", (e) => {
      if (e.target === instance) handlers.current.onClearSelection();
    });
    cy.current = instance;
    (window as unknown as { __cy?: Core }).__cy = instance;
    handlers.current.onReady(controlsFor(instance));
    return () => {
      instance.destroy();
      cy.current = null;
    };
  }, []);

  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    const wanted = new Map<string, ElementDefinition>();
    for (const n of props.elements.nodes) wanted.set(n.data.id, { group: "nodes", data: n.data });
    for (const e of props.elements.edges) wanted.set(e.data.id, { group: "edges", data: e.data });
    const first = instance.elements().empty();
    let added = false;
    instance.batch(() => {
      instance.elements().forEach((el) => {
        const next = wanted.get(el.id());
        if (!next) el.remove();
        else {
          el.data(next.data);
          wanted.delete(el.id());
        }
      });
      if (wanted.size > 0) {
        const fresh = [...wanted.values()];
        instance.add([...fresh.filter((d) => d.group === "nodes"), ...fresh.filter((d) => d.group === "edges")]);
        added = true;
      }
    });
    if (added && instance.nodes().length > 0) {
      applying = true;
      seedPositions(instance);
      instance.layout({ ...LAYOUT, randomize: false } as LayoutOptions).run();
      for (const [id, position] of Object.entries(handlers.current.pinned)) instance.getElementById(id).position(position);
      const saved = handlers.current.viewport;
      if (first && saved) {
        instance.viewport({ zoom: saved.zoom, pan: { x: saved.x, y: saved.y } });
      } else if (first) {
        instance.fit(undefined, 30);
        // A handful of nodes would otherwise fill the screen with giant labels.
        if (instance.zoom() > 1.4) instance.zoom({ level: 1.4, renderedPosition: { x: instance.width() / 2, y: instance.height() / 2 } });
        instance.center();
      }
      applying = false;
    }
  }, [props.elements]);

  useEffect(() => {
    const instance = cy.current;
    if (!instance || !props.current) return;
    const current = props.current;
    instance.batch(() => {
      for (const e of [...current.nodes, ...current.edges]) {
        const el = instance.getElementById(e.data.id);
        if (el.nonempty()) el.data(e.data);
      }
    });
  }, [props.current, props.elements]);

  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    const shown = props.shown;
    instance.batch(() => {
      instance.elements().forEach((el) => {
        if (!shown || shown.has(el.id())) el.removeClass("excluded");
        else el.addClass("excluded");
      });
    });
  }, [props.shown, props.elements]);

  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    instance.batch(() => {
      instance.elements().removeClass("faded highlighted selected");
      if (props.highlighted.length > 0) {
        const keep = new Set(props.highlighted);
        instance.elements().forEach((el) => {
          el.addClass(keep.has(el.id()) ? "highlighted" : "faded");
        });
      }
      if (props.selectedId) instance.getElementById(props.selectedId).addClass("selected");
    });
  }, [props.highlighted, props.selectedId, props.elements]);

  return (
    <div
      ref={container}
      className="h-full w-full"
      data-testid="graph-canvas"
      role="application"
      aria-label="Stance network: people as nodes, statements as arrows from speaker to target. Use the search box to focus a person."
    />
  );
}

function controlsFor(instance: Core): GraphCanvasHandle {
  return {
    png: () => instance.png({ full: true, scale: 2, bg: "#ffffff", output: "blob" }),
    drawn: () => ({
      nodes: instance.nodes(":visible").map((n) => ({
        id: n.id(),
        label: String(n.data("label")),
        x: n.position("x"),
        y: n.position("y"),
        size: n.width(),
        color: n.style("background-color") as string,
        shape: n.data("kind") === "organization" ? "round-rectangle" : "ellipse",
      })),
      edges: instance.edges(":visible").map((e) => ({
        id: e.id(),
        source: e.source().id(),
        target: e.target().id(),
        color: e.style("line-color") as string,
        width: parseFloat(e.style("width") as string),
      })),
    }),
    fit: () => instance.animate({ fit: { eles: instance.elements(), padding: 30 }, duration: 250 }),
    relayout: () => instance.layout({ ...LAYOUT, randomize: true, animate: true, animationDuration: 400 } as LayoutOptions).run(),
    zoomBy: (factor) => instance.zoom({ level: instance.zoom() * factor, renderedPosition: { x: instance.width() / 2, y: instance.height() / 2 } }),
    focus: (id) => {
      const node = instance.getElementById(id);
      if (node.empty()) return;
      instance.animate({ center: { eles: node }, zoom: Math.max(instance.zoom(), 1.2), duration: 300 });
    },
  };
}
