"use client";

import cytoscape, { type Core, type EdgeSingular, type ElementDefinition, type LayoutOptions, type NodeSingular } from "cytoscape";
import fcose from "cytoscape-fcose";
import { useEffect, useRef } from "react";
import type { Elements } from "@/graph/elements";
import { graphStyle } from "./graph-style";

cytoscape.use(fcose);

export interface GraphCanvasHandle {
  fit: () => void;
  relayout: () => void;
  zoomBy: (factor: number) => void;
  focus: (id: string) => void;
}

export interface GraphCanvasProps {
  elements: Elements;
  /** Ids to emphasise (a path, a neighbourhood); everything else fades. Empty: nothing fades. */
  highlighted: readonly string[];
  selectedId: string | null;
  onSelectNode: (id: string) => void;
  onSelectEdge: (id: string) => void;
  onClearSelection: () => void;
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

/**
 * Owns the Cytoscape instance: created once, destroyed once. Element changes are diffed by id in
 * one batch; the layout reruns only when elements were added, so filtering away edges never moves
 * the nodes that stay. Selection and highlight are classes, never edits to the data.
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
    instance.on("tap", "node", (e) => handlers.current.onSelectNode((e.target as NodeSingular).id()));
    instance.on("tap", "edge", (e) => handlers.current.onSelectEdge((e.target as EdgeSingular).id()));
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
      instance.layout({ ...LAYOUT, randomize: first } as LayoutOptions).run();
      if (first) {
        instance.fit(undefined, 30);
        // A handful of nodes would otherwise fill the screen with giant labels.
        if (instance.zoom() > 1.4) instance.zoom({ level: 1.4, renderedPosition: { x: instance.width() / 2, y: instance.height() / 2 } });
        instance.center();
      }
    }
    container.current?.setAttribute("data-layout-version", String(Number(container.current.dataset.layoutVersion ?? 0) + 1));
  }, [props.elements]);

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
