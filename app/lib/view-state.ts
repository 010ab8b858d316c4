import { MAX_NETWORK_LIMIT } from "@/graph/shared/network-limits";
import { STANCES } from "@/graph/shared/stance";
import type { Mode, Stance } from "./queries";

/**
 * The whole view as URL query parameters, so a link reopens it exactly and the browser's history
 * steps through it. Pure: encode and decode are inverse for every valid state.
 */
export interface ViewState {
  /** Month range, YYYY-MM, inclusive. */
  from: string | null;
  to: string | null;
  stances: Stance[];
  modes: Mode[];
  documents: string[];
  countries: string[];
  includeOrganizations: boolean;
  /** Count statements from tertiary sources (encyclopedias) too; they are left out by default. */
  includeTertiary: boolean;
  /** Show proposed statements as well as accepted ones: honoured for curators and admins only. */
  proposed: boolean;
  /** A selected node id, or an edge id "speaker->target". */
  selected: string | null;
  /** Ids of highlighted elements (a path, a neighbourhood). */
  highlighted: string[];
  /** Nodes the reader placed by hand, in model coordinates. */
  pinned: Record<string, { x: number; y: number }>;
  /** Zoom level and pan, when set by the reader. */
  viewport: { zoom: number; x: number; y: number } | null;
  /** How many of a large corpus's most active actors to draw; null for the server's default. */
  cast: number | null;
}

export const EMPTY_VIEW: ViewState = {
  from: null,
  to: null,
  stances: [],
  modes: [],
  documents: [],
  countries: [],
  includeOrganizations: false,
  includeTertiary: false,
  proposed: false,
  selected: null,
  highlighted: [],
  pinned: {},
  viewport: null,
  cast: null,
};


const MODES: readonly Mode[] = ["direct", "reported", "written"];
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const ID = /^[a-z0-9]+(-[a-z0-9]+)*(->[a-z0-9]+(-[a-z0-9]+)*)?$/;

const round = (n: number) => Math.round(n * 10) / 10;
/** A zoom to three decimals, written without float noise (0.013, never 0.013000000000000001). */
const zoomText = (zoom: number) => String(Number(zoom.toFixed(3)));

export function encodeView(view: ViewState): URLSearchParams {
  const p = new URLSearchParams();
  if (view.from) p.set("from", view.from);
  if (view.to) p.set("to", view.to);
  if (view.stances.length) p.set("stance", view.stances.join(","));
  if (view.modes.length) p.set("mode", view.modes.join(","));
  if (view.documents.length) p.set("doc", view.documents.join(","));
  if (view.countries.length) p.set("country", view.countries.join(","));
  if (view.includeOrganizations) p.set("orgs", "1");
  if (view.includeTertiary) p.set("tertiary", "1");
  if (view.proposed) p.set("proposed", "1");
  if (view.selected) p.set("sel", view.selected);
  if (view.highlighted.length) p.set("hl", view.highlighted.join(","));
  const pins = Object.entries(view.pinned);
  if (pins.length) p.set("pin", pins.map(([id, { x, y }]) => `${id}:${round(x)}:${round(y)}`).join(","));
  if (view.viewport) p.set("view", `${zoomText(view.viewport.zoom)}:${round(view.viewport.x)}:${round(view.viewport.y)}`);
  if (view.cast !== null) p.set("cast", String(view.cast));
  return p;
}

function list<T extends string>(value: string | null, allowed?: readonly T[], pattern = ID): T[] {
  if (!value) return [];
  return value
    .split(",")
    .filter((v) => (allowed ? allowed.includes(v as T) : pattern.test(v)))
    .slice(0, 500) as T[];
}

/** Reads a view from a URL; anything malformed is ignored rather than trusted. */
export function decodeView(params: URLSearchParams): ViewState {
  const month = (v: string | null) => (v && MONTH.test(v) ? v : null);
  const pinned: ViewState["pinned"] = {};
  for (const entry of (params.get("pin") ?? "").split(",").slice(0, 500)) {
    const [id, x, y] = entry.split(":");
    if (id && ID.test(id) && Number.isFinite(Number(x)) && Number.isFinite(Number(y)) && x !== "" && y !== "") pinned[id] = { x: Number(x), y: Number(y) };
  }
  const [zoom, x, y] = (params.get("view") ?? "").split(":").map(Number);
  const viewport = zoom !== undefined && zoom > 0 && Number.isFinite(zoom) && Number.isFinite(x) && Number.isFinite(y) ? { zoom, x: x!, y: y! } : null;
  const selected = params.get("sel");
  const cast = Number(params.get("cast") ?? "");
  return {
    from: month(params.get("from")),
    to: month(params.get("to")),
    stances: list(params.get("stance"), STANCES),
    modes: list(params.get("mode"), MODES),
    documents: list(params.get("doc")),
    countries: (params.get("country") ?? "").split(",").filter((c) => c.length > 0 && c.length < 60).slice(0, 50),
    includeOrganizations: params.get("orgs") === "1",
    includeTertiary: params.get("tertiary") === "1",
    proposed: params.get("proposed") === "1",
    selected: selected && ID.test(selected) ? selected : null,
    highlighted: list(params.get("hl")),
    pinned,
    viewport,
    cast: params.get("cast") && Number.isInteger(cast) && cast >= 1 && cast <= MAX_NETWORK_LIMIT ? cast : null,
  };
}
