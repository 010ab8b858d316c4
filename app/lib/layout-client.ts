import type { LayoutReply, LayoutRequest } from "./layout.worker";
import { forceLayout, type LayoutInput, type Positions } from "./force-layout";

export interface RunningLayout {
  positions: Promise<Positions>;
  /** Stops the computation; `positions` then never settles. */
  cancel: () => void;
}

/**
 * Lays out in a fresh worker, reporting progress as a fraction. Where workers are unavailable the
 * layout runs in place, so the picture is the same either way.
 */
export function runLayout(input: LayoutInput, onProgress: (fraction: number) => void): RunningLayout {
  if (typeof Worker === "undefined") return { positions: Promise.resolve(forceLayout(input, onProgress)), cancel: () => undefined };
  const worker = new Worker(new URL("./layout.worker.ts", import.meta.url));
  const positions = new Promise<Positions>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<LayoutReply>) => {
      if ("positions" in event.data) {
        worker.terminate();
        resolve(event.data.positions);
      } else onProgress(event.data.fraction);
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(`The layout failed: ${event.message}`));
    };
  });
  const request: LayoutRequest = { input };
  worker.postMessage(request);
  return { positions, cancel: () => worker.terminate() };
}
