import type { Core } from "cytoscape";
import type { DrawnEdge, DrawnNode } from "@/app/lib/exports";

/** What the explorer's toolbar and exporters ask of the drawn graph. */
export interface GraphCanvasHandle {
  /** The drawing as PNG, the whole graph at twice the screen resolution. */
  png: () => Blob;
  /** Positions, sizes and colours as drawn, for vector export. */
  drawn: () => { nodes: DrawnNode[]; edges: DrawnEdge[] };
  fit: () => void;
  relayout: () => void;
  zoomBy: (factor: number) => void;
  focus: (id: string) => void;
  /**
   * Brings these elements into the part of the canvas given (pixels from its top left corner, the
   * part a side panel leaves uncovered), zooming out only if they do not fit there. Elements
   * already well inside it stay where they are. Waits for the elements to be drawn, for a view
   * opened from a link; such a view (`fromLink`) keeps the zoom and pan it was shared with unless
   * they leave the selection wholly hidden.
   */
  frame: (ids: readonly string[], visible: VisibleArea | null, fromLink?: boolean) => void;
}

/** A rectangle of the canvas, in pixels from its top left corner. */
export interface VisibleArea {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const FRAME_MARGIN = 24;
const FRAME_WAIT_MS = 8_000;

/** The controls over whichever instance draws now (it is replaced when the renderer switches). */
export function controlsFor(current: () => Core | null, relayout: (seed: number) => void): GraphCanvasHandle {
  let seed = 0;
  const drawing = (): Core => {
    const instance = current();
    if (!instance) throw new Error("The graph is not drawn yet.");
    return instance;
  };
  return {
    // Drawn by the 2D renderer into a fresh canvas, so export works the same under WebGL.
    png: () => drawing().png({ full: true, scale: 2, bg: "#ffffff", output: "blob" }),
    drawn: () => {
      const instance = drawing();
      return {
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
      };
    },
    fit: () => {
      const instance = drawing();
      instance.animate({ fit: { eles: instance.elements(), padding: 30 }, duration: 250 });
    },
    relayout: () => relayout(++seed),
    zoomBy: (factor) => {
      const instance = drawing();
      instance.zoom({ level: instance.zoom() * factor, renderedPosition: { x: instance.width() / 2, y: instance.height() / 2 } });
    },
    frame: (ids, visible, fromLink = false) => {
      const started = Date.now();
      const wanted = new Set(ids);
      const attempt = () => {
        const instance = current();
        const eles = instance?.elements().filter((el) => wanted.has(el.id()) && el.visible());
        if (!instance || !eles || eles.empty()) {
          if (Date.now() - started < FRAME_WAIT_MS) setTimeout(attempt, 150);
          return;
        }
        const area = visible ?? { x1: 0, y1: 0, x2: instance.width(), y2: instance.height() };
        const first = instance.getElementById(ids[0] ?? "");
        const kept = (fromLink && first.nonempty() && partlyWithin(first, area)) || !frameIn(instance, eles, area);
        // A view left as it was is recorded all the same, so that a link to the selection carries
        // the zoom and pan it is seen in (an animation records its own end).
        if (kept) instance.emit("viewport");
      };
      attempt();
    },
    focus: (id) => {
      const instance = drawing();
      const node = instance.getElementById(id);
      if (node.empty()) return;
      instance.animate({ center: { eles: node }, zoom: Math.max(instance.zoom(), 1.2), duration: 300 });
    },
  };
}

/** Pans (and zooms out if it must) so that `eles` lie inside `area` of the canvas; false if they already do. */
function frameIn(cy: Core, eles: ReturnType<Core["collection"]>, area: VisibleArea): boolean {
  const shown = eles.renderedBoundingBox({ includeLabels: true, includeOverlays: false });
  const inside = shown.x1 >= area.x1 + FRAME_MARGIN / 2 && shown.x2 <= area.x2 - FRAME_MARGIN / 2 && shown.y1 >= area.y1 + FRAME_MARGIN / 2 && shown.y2 <= area.y2 - FRAME_MARGIN / 2;
  if (inside) return false;
  const box = eles.boundingBox({ includeLabels: true, includeOverlays: false });
  const width = Math.max(1, area.x2 - area.x1 - 2 * FRAME_MARGIN);
  const height = Math.max(1, area.y2 - area.y1 - 2 * FRAME_MARGIN);
  const fits = Math.min(width / Math.max(box.w, 1), height / Math.max(box.h, 1));
  const zoom = Math.max(cy.minZoom(), Math.min(cy.zoom(), fits));
  const pan = {
    x: (area.x1 + area.x2) / 2 - ((box.x1 + box.x2) / 2) * zoom,
    y: (area.y1 + area.y2) / 2 - ((box.y1 + box.y2) / 2) * zoom,
  };
  cy.stop();
  cy.animate({ zoom, pan, duration: 300 });
  return true;
}

/** Whether some of the element is drawn inside the area: a node's box, or a link's midpoint. */
function partlyWithin(el: ReturnType<Core["getElementById"]>, area: VisibleArea): boolean {
  const box = el.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
  if (el.isEdge()) {
    const p = el.renderedMidpoint();
    return p.x >= area.x1 && p.x <= area.x2 && p.y >= area.y1 && p.y <= area.y2;
  }
  return box.x2 > area.x1 && box.x1 < area.x2 && box.y2 > area.y1 && box.y1 < area.y2;
}
