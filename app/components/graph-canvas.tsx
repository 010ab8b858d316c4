"use client";

import type { Core, ElementDefinition } from "cytoscape";
import { useCallback, useEffect, useId, useRef, useState } from "react";
import type { Positions } from "@/app/lib/force-layout";
import { runLayout, type RunningLayout } from "@/app/lib/layout-client";
import { toLayoutInput } from "@/app/lib/layout-input";
import type { Elements } from "@/graph/shared/elements";
import { controlsFor, type GraphCanvasHandle } from "./canvas-controls";
import { createInstance, wantsWebgl } from "./cytoscape-instance";
import { GraphHover, useGraphHover } from "./graph-hover";
import { GraphOutline, useGraphOutline } from "./graph-outline";
import { LayoutStatus } from "./layout-status";

export type { GraphCanvasHandle } from "./canvas-controls";

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
  /** The signed analysis's two camps, each drawn as a ring of its own (classes camp-1, camp-2). */
  camps?: readonly [readonly string[], readonly string[]] | null;
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

/** True while the canvas itself moves the viewport, so that only the reader's moves are reported. */
let applying = false;

type Progress = { nodes: number; fraction: number } | null;

/**
 * Owns the Cytoscape instance: created once, destroyed once (recreated only to switch between the
 * canvas and WebGL renderers when the network crosses WEBGL_MIN_ELEMENTS). When the set of
 * elements gains members, the layout is computed in a worker, a pure function of that set, and
 * the new elements arrive already placed, in one batch. Filters only hide and show (`shown`), so
 * filtering never moves a node, and a shared link draws the same picture. Selection and highlight
 * are classes, never edits to the data.
 */
export default function GraphCanvas(props: GraphCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  const handlers = useRef(props);
  handlers.current = props;
  const running = useRef<RunningLayout | null>(null);
  const [progress, setProgress] = useState<Progress>(null);
  /** Bumped after elements are applied, so the effects that style them run on what is drawn. */
  const [drawnVersion, setDrawnVersion] = useState(0);
  const [outline, scheduleOutline] = useGraphOutline(useCallback(() => cy.current, []));
  const summaryId = useId();
  const hover = useGraphHover(
    useCallback(() => cy.current, []),
    container,
  );

  useEffect(() => {
    if (!container.current) return undefined;
    cy.current = makeInstance(container.current, false);
    const relayout = (seed: number) => {
      const instance = cy.current;
      if (!instance || instance.nodes().empty()) return;
      startLayout(seed, (positions) => {
        const placed = withPins(positions, handlers.current.pinned);
        instance.layout({ name: "preset", positions: placed, fit: true, padding: 30, animate: true, animationDuration: 400 }).run();
      });
    };
    handlers.current.onReady(controlsFor(() => cy.current, relayout));
    return () => {
      running.current?.cancel();
      cy.current?.destroy();
      cy.current = null;
    };
  }, []);

  function makeInstance(element: HTMLDivElement, webgl: boolean): Core {
    const instance = createInstance(element, webgl, () => handlers.current, () => applying);
    instance.on("viewport resize layoutstop dragfree", () => scheduleOutline());
    hover.attach(instance);
    return instance;
  }

  function startLayout(seed: number, apply: (positions: Positions) => void): void {
    running.current?.cancel();
    const elements = handlers.current.elements;
    const nodes = elements.nodes.length;
    setProgress({ nodes, fraction: 0 });
    const layout = runLayout(toLayoutInput(elements, seed), (fraction) => setProgress({ nodes, fraction }));
    running.current = layout;
    layout.positions.then(
      (positions) => {
        if (running.current !== layout) return;
        running.current = null;
        apply(positions);
        setProgress(null);
      },
      (error: unknown) => {
        console.error(error);
        setProgress(null);
      },
    );
  }

  useEffect(() => {
    const instance = cy.current;
    if (!instance || !container.current) return;
    const wanted = new Map<string, ElementDefinition>();
    for (const n of props.elements.nodes) wanted.set(n.data.id, { group: "nodes", data: n.data });
    for (const e of props.elements.edges) wanted.set(e.data.id, { group: "edges", data: e.data });
    const present = new Set(instance.elements().map((el) => el.id()));
    const grows = [...wanted.keys()].some((id) => !present.has(id));
    const element = container.current;
    const apply = (positions: Positions | null) => {
      let target = cy.current!;
      const webgl = wantsWebgl(wanted.size);
      const first = target.elements().empty();
      if (positions && webgl !== ((target as unknown as { renderer(): { webgl?: boolean } }).renderer().webgl === true)) {
        const viewport = first ? null : { zoom: target.zoom(), pan: target.pan() };
        const kept = target.nodes().map((n) => [n.id(), { ...n.position() }] as const);
        target.destroy();
        target = makeInstance(element, webgl);
        cy.current = target;
        positions = { ...Object.fromEntries(kept), ...positions };
        if (viewport) target.viewport(viewport);
      }
      const placed = positions ? withPins(positions, handlers.current.pinned) : null;
      applying = true;
      target.batch(() => {
        target.elements().forEach((el) => {
          const next = wanted.get(el.id());
          if (!next) el.remove();
          else {
            el.data(next.data);
            if (placed && el.isNode()) el.position(placed[el.id()] ?? el.position());
            wanted.delete(el.id());
          }
        });
        if (wanted.size > 0) {
          const fresh = [...wanted.values()].map((d) => (d.group === "nodes" ? { ...d, position: placed?.[String(d.data.id)] ?? { x: 0, y: 0 } } : d));
          target.add([...fresh.filter((d) => d.group === "nodes"), ...fresh.filter((d) => d.group === "edges")]);
        }
      });
      const saved = handlers.current.viewport;
      if (positions && first && saved) {
        target.viewport({ zoom: saved.zoom, pan: { x: saved.x, y: saved.y } });
      } else if (positions && first) {
        target.fit(undefined, 30);
        // A handful of nodes would otherwise fill the screen with giant labels.
        if (target.zoom() > 1.4) target.zoom({ level: 1.4, renderedPosition: { x: target.width() / 2, y: target.height() / 2 } });
        target.center();
      }
      applying = false;
      setDrawnVersion((v) => v + 1);
    };
    if (grows && wanted.size > 0) startLayout(0, apply);
    else apply(null);
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
    scheduleOutline(0);
  }, [props.current, drawnVersion]);

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
    scheduleOutline(0);
  }, [props.shown, drawnVersion]);

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
    scheduleOutline(0);
  }, [props.highlighted, props.selectedId, drawnVersion]);

  useEffect(() => {
    const instance = cy.current;
    if (!instance) return;
    instance.batch(() => {
      instance.nodes().removeClass("camp-1 camp-2");
      props.camps?.forEach((members, i) => members.forEach((id) => instance.getElementById(id).addClass(`camp-${i + 1}`)));
    });
  }, [props.camps, drawnVersion]);

  return (
    <div className="relative h-full w-full">
      <div
        ref={container}
        className="h-full w-full"
        data-testid="graph-canvas"
        role="application"
        aria-label="Stance network: people as nodes, statements as arrows from speaker to target. Use the search box to focus a person; the actors and links drawn are listed after it: Tab reaches them, arrow keys move to the nearest actor that way, ] and [ go through an actor's links, Enter opens the panel and Escape closes it."
        aria-busy={progress !== null}
        aria-describedby={summaryId}
      />
      <GraphOutline
        outline={outline}
        summaryId={summaryId}
        onSelect={(id) => handlers.current.onSelect(id)}
        onFocusItem={hover.focus}
      />
      {hover.hovered && <GraphHover hovered={hover.hovered} bounds={hover.bounds} />}
      {progress && <LayoutStatus nodes={progress.nodes} fraction={progress.fraction} />}
    </div>
  );
}

/** Nodes placed by hand keep their place through every layout. */
function withPins(positions: Positions, pinned: Record<string, { x: number; y: number }>): Positions {
  return { ...positions, ...pinned };
}
