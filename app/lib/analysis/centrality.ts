import { DirectedGraph } from "graphology";
import betweennessCentrality from "graphology-metrics/centrality/betweenness";

export interface Centrality {
  /** Distinct actors this one spoke about or was spoken about by: the network's own `degree`. */
  degree: number;
  inDegree: number;
  outDegree: number;
  /** Share of shortest directed paths between two other actors that pass through this one (0–1). */
  betweenness: number;
  /** 1 for the actor with the highest betweenness; equal values share a rank. */
  betweennessRank: number;
}

/**
 * Degree and betweenness over the network as drawn, with graphology's maintained implementations
 * (docs/decisions/0022-numbers-in-the-browser.md): the figures describe the same actors and links
 * the canvas shows, the country filter and the cast included.
 */
export function centralityOf(network: { nodes: readonly { id: string }[]; edges: readonly { source: string; target: string }[] }): Map<string, Centrality> {
  const graph = new DirectedGraph();
  for (const n of network.nodes) graph.mergeNode(n.id);
  for (const e of network.edges) {
    if (e.source !== e.target && graph.hasNode(e.source) && graph.hasNode(e.target)) graph.mergeEdge(e.source, e.target);
  }
  const betweenness = betweennessCentrality(graph, { normalized: true });
  const values = Object.values(betweenness).sort((a, b) => b - a);
  const result = new Map<string, Centrality>();
  graph.forEachNode((id) => {
    const value = betweenness[id] ?? 0;
    result.set(id, {
      degree: graph.neighbors(id).length,
      inDegree: graph.inDegree(id),
      outDegree: graph.outDegree(id),
      betweenness: value,
      betweennessRank: values.findIndex((v) => v <= value + 1e-12) + 1,
    });
  });
  return result;
}
