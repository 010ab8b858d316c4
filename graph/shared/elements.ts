import type { ActorKind, Stance } from "./generated/graphql";

/**
 * Pure mapping from the derived network to Cytoscape element definitions. Browser-safe: it imports
 * nothing outside graph/shared/.
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

/** The fields of a network (the API's Network type) that drawing needs; any wider shape will do. */
type NetworkShape = {
  nodes: { id: string; name: string; kind: ActorKind; country: string | null; statementsMade: number; statementsReceived: number }[];
  edges: { id: string; source: string; target: string; netStance: Stance; count: number }[];
};

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
