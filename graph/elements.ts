import type { Network } from "./queries/network";

/**
 * Pure mapping from the derived network to Cytoscape element definitions. Lives in graph/ (the
 * domain) and imports nothing from the driver, so the browser bundle can use it.
 */
export interface NodeData {
  id: string;
  label: string;
  kind: "person" | "organization";
  country: string;
  activity: number;
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  stance: string;
  count: number;
}

export interface Elements {
  nodes: { data: NodeData }[];
  edges: { data: EdgeData }[];
}

type NetworkShape = { nodes: Pick<Network["nodes"][number], "id" | "name" | "kind" | "country" | "statementsMade" | "statementsReceived">[]; edges: Pick<Network["edges"][number], "id" | "source" | "target" | "netStance" | "count">[] };

export function toCytoscapeElements(network: NetworkShape): Elements {
  return {
    nodes: network.nodes.map((n) => ({
      data: {
        id: n.id,
        label: n.name,
        kind: n.kind,
        country: n.country ?? "Unknown",
        activity: n.statementsMade + n.statementsReceived,
      },
    })),
    edges: network.edges.map((e) => ({
      data: { id: e.id, source: e.source, target: e.target, stance: e.netStance, count: e.count },
    })),
  };
}
