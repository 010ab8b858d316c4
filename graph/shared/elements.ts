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
  /** Statements the actor made and received in the view (hover details). */
  made?: number;
  received?: number;
  /** Among the most active actors drawn: their names stay on screen when the picture is zoomed out. */
  leading?: boolean;
}

/** How many of the most active actors keep their names on screen at any zoom that fits the picture. */
export const LEADING_ACTORS = 5;

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  stance: string;
  count: number;
  /** Statements by stance, and the first and last date among them, where the network says (hover details). */
  support?: number;
  oppose?: number;
  mixed?: number;
  neutral?: number;
  firstDate?: string | null;
  lastDate?: string | null;
}

export interface Elements {
  nodes: { data: NodeData }[];
  edges: { data: EdgeData }[];
}

/** The fields of a network (the API's Network type) that drawing needs; any wider shape will do. */
type NetworkShape = {
  nodes: {
    id: string;
    name: string;
    kind: ActorKind;
    country: string | null;
    statementsMade: number;
    statementsReceived: number;
  }[];
  edges: {
    id: string;
    source: string;
    target: string;
    netStance: Stance;
    count: number;
    counts?: { support: number; oppose: number; mixed: number; neutral: number };
    firstDate?: string | null;
    lastDate?: string | null;
  }[];
};

export function toCytoscapeElements(network: NetworkShape): Elements {
  const activity = (n: NetworkShape["nodes"][number]) => n.statementsMade + n.statementsReceived;
  const leading = new Set(
    [...network.nodes]
      .sort((a, b) => activity(b) - activity(a) || a.id.localeCompare(b.id))
      .slice(0, LEADING_ACTORS)
      .map((n) => n.id),
  );
  return {
    nodes: network.nodes.map((n) => ({
      data: {
        id: n.id,
        label: n.name,
        kind: n.kind,
        country: n.country ?? "Unknown",
        activity: activity(n),
        made: n.statementsMade,
        received: n.statementsReceived,
        ...(leading.has(n.id) ? { leading: true } : {}),
      },
    })),
    edges: network.edges.map((e) => ({
      data: {
        id: e.id,
        source: e.source,
        target: e.target,
        stance: e.netStance,
        count: e.count,
        ...(e.counts
          ? { support: e.counts.support, oppose: e.counts.oppose, mixed: e.counts.mixed, neutral: e.counts.neutral }
          : {}),
        ...(e.firstDate !== undefined ? { firstDate: e.firstDate, lastDate: e.lastDate ?? null } : {}),
      },
    })),
  };
}
