import { forceLayout, type LayoutInput } from "./force-layout";

/**
 * Runs the explorer's layout away from the page's thread: a 10k-node network takes seconds of
 * computation, during which the page must keep answering the reader.
 */
export interface LayoutRequest {
  input: LayoutInput;
}

export type LayoutReply = { fraction: number } | { positions: ReturnType<typeof forceLayout> };

const scope = self as unknown as { onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null; postMessage: (reply: LayoutReply) => void };

scope.onmessage = (event) => {
  const positions = forceLayout(event.data.input, (fraction) => scope.postMessage({ fraction }));
  scope.postMessage({ positions });
};
