import cytoscape, { type Core, type CytoscapeOptions, type EdgeSingular, type NodeSingular } from "cytoscape";
import { graphStyle } from "./graph-style";

/**
 * Above this many elements (nodes + edges) the canvas draws with Cytoscape's WebGL renderer, where
 * the browser has a hardware GPU. Below it the 2D canvas renderer keeps 50 frames per second while
 * panning and draws the finer picture (curved arrows, label backgrounds); at 5,000 elements it
 * drops under 30. Under software WebGL (SwiftShader, llvmpipe) the WebGL renderer measured three
 * to four times slower than the canvas at every size, so it is never chosen there
 * (docs/decisions/0006-layout-worker-and-renderer.md, `npm run bench`).
 */
export const WEBGL_MIN_ELEMENTS = 2_000;

/** Whether a WebGL renderer string names a software rasteriser. */
export const isSoftwareGl = (renderer: string) => /swiftshader|llvmpipe|softpipe|software/i.test(renderer);

let webglAvailable: boolean | undefined;

/** Whether this browser gives a hardware-backed WebGL 2 context. */
export function supportsWebgl(): boolean {
  if (webglAvailable === undefined) {
    try {
      const gl = document.createElement("canvas").getContext("webgl2");
      const info = gl?.getExtension("WEBGL_debug_renderer_info");
      const name = gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : "";
      webglAvailable = gl !== null && !isSoftwareGl(name);
      gl?.getExtension("WEBGL_lose_context")?.loseContext();
    } catch {
      webglAvailable = false;
    }
  }
  return webglAvailable;
}

export function wantsWebgl(elements: number): boolean {
  return elements >= WEBGL_MIN_ELEMENTS && supportsWebgl();
}

export interface InstanceEvents {
  onSelect: (id: string) => void;
  onClearSelection: () => void;
  onViewport: (viewport: { zoom: number; x: number; y: number }) => void;
  onPin: (id: string, position: { x: number; y: number }) => void;
}

/** Options shared by the explorer and the rendering benchmark, so the benchmark measures what the reader gets. */
export function instanceOptions(container: HTMLElement, webgl: boolean): CytoscapeOptions {
  const renderer = webgl ? { name: "canvas", webgl: true } : { name: "canvas" };
  // `renderer` (and its WebGL options, since Cytoscape 3.31) is accepted at run time; the typings lag behind.
  return { container, style: graphStyle, minZoom: 0.05, maxZoom: 4, boxSelectionEnabled: false, renderer } as CytoscapeOptions;
}

/**
 * A Cytoscape instance wired to the canvas's callbacks. `isApplying` tells reader moves of the
 * viewport from the canvas's own, so only the reader's are reported.
 */
export function createInstance(container: HTMLElement, webgl: boolean, events: () => InstanceEvents, isApplying: () => boolean): Core {
  const instance = cytoscape(instanceOptions(container, webgl));
  instance.on("tap", "node, edge", (e) => events().onSelect((e.target as NodeSingular | EdgeSingular).id()));
  instance.on("dragfree", "node", (e) => {
    const node = e.target as NodeSingular;
    events().onPin(node.id(), { ...node.position() });
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  instance.on("viewport", () => {
    if (isApplying()) return;
    clearTimeout(timer);
    timer = setTimeout(() => events().onViewport({ zoom: instance.zoom(), ...instance.pan() }), 250);
  });
  instance.on("tap", (e) => {
    if (e.target === instance) events().onClearSelection();
  });
  const theme = followTheme(instance);
  instance.on("destroy", () => {
    clearTimeout(timer);
    theme.disconnect();
  });
  return instance;
}

/**
 * Names keep a backing of the page's own colour: white in light mode, the dark page's slate in dark
 * mode, with light text, following the theme as it is toggled (the `dark` class on <html>).
 */
function followTheme(instance: Core): MutationObserver {
  let dark: boolean | null = null;
  const apply = () => {
    const now = document.documentElement.classList.contains("dark");
    if (now === dark) return;
    dark = now;
    instance
      .style()
      .selector("node")
      .style({ "text-background-color": now ? "#0f172a" : "#ffffff", color: now ? "#e2e8f0" : "#000000" })
      .update();
  };
  apply();
  const observer = new MutationObserver(apply);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["class"] });
  return observer;
}
