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
}

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
    focus: (id) => {
      const instance = drawing();
      const node = instance.getElementById(id);
      if (node.empty()) return;
      instance.animate({ center: { eles: node }, zoom: Math.max(instance.zoom(), 1.2), duration: 300 });
    },
  };
}
