"use client";

import type { RefObject } from "react";
import { NETWORK_LIMIT_CHOICES } from "@/graph/shared/network-limits";
import type { ExportKind } from "../lib/exporter";
import type { NetworkView, SearchHit } from "../lib/queries";
import { filterPhrase } from "../lib/use-explorer-view";
import type { GraphCanvasHandle } from "./graph-canvas";
import { SearchBox } from "./search-box";
import { ShareMenu } from "./share-menu";

export interface ExplorerToolbarProps {
  /** The canvas's view controls, once it is drawn. */
  controls: RefObject<GraphCanvasHandle | null>;
  onSearchHit: (hit: SearchHit) => void;
  showFilters: boolean;
  onToggleFilters: () => void;
  onExport: (kind: ExportKind) => Promise<void>;
  /** What is drawn under the current filter; null until the first network arrives. */
  visible: NetworkView | null;
  /** The network the layout is computed from: it says whether a large corpus is cut to its cast. */
  basis: NetworkView | null;
  activeFilters: string[];
  updating: boolean;
  onCast: (size: number) => void;
  onClearFilters: () => void;
  /** More of the view's tools, after Share and Export (the table and the analysis). */
  tools?: React.ReactNode;
}

/** Search, the view's buttons, sharing and export, and a line saying what is drawn and why. */
export function ExplorerToolbar(props: ExplorerToolbarProps) {
  const { controls, visible, basis, activeFilters } = props;
  return (
    <div className="flex flex-wrap items-center gap-2 border-b border-slate-200 px-3 py-2 dark:border-slate-800">
      <div className="w-72">
        <SearchBox label="Search people, parties and documents" placeholder="Search any name or alias (e.g. Rankovic, I.B. Tito)" onSelect={props.onSearchHit} testId="search" />
      </div>
      <ToolbarButton onClick={props.onToggleFilters} pressed={props.showFilters}>
        Filters
      </ToolbarButton>
      <ToolbarButton onClick={() => controls.current?.fit()}>Fit</ToolbarButton>
      <ToolbarButton onClick={() => controls.current?.zoomBy(1.25)} label="Zoom in">
        +
      </ToolbarButton>
      <ToolbarButton onClick={() => controls.current?.zoomBy(0.8)} label="Zoom out">
        −
      </ToolbarButton>
      <ToolbarButton onClick={() => controls.current?.relayout()}>Re-layout</ToolbarButton>
      <ShareMenu onExport={props.onExport} />
      {props.tools}
      <p className="ml-auto text-xs text-slate-600 dark:text-slate-400" data-testid="filter-summary" aria-live="polite">
        {visible && `${visible.nodes.length} actors, ${visible.edges.length} links, ${visible.edges.reduce((s, e) => s + e.count, 0)} statements`}
        {basis?.truncated && <CastLimit basis={basis} onCast={props.onCast} />}
        {activeFilters.length > 0 ? ` · ${filterPhrase(activeFilters)}` : " · no filters"}
        {activeFilters.length > 0 && (
          <button type="button" className="ml-2 text-blue-700 underline dark:text-blue-400" onClick={props.onClearFilters}>
            Clear all
          </button>
        )}
        {props.updating && <span className="ml-2 text-slate-400">updating…</span>}
      </p>
    </div>
  );
}

/** A large corpus is drawn from its most active actors; the reader picks how many. */
function CastLimit({ basis, onCast }: { basis: NetworkView; onCast: (size: number) => void }) {
  return (
    <span data-testid="cast-limit" title="A corpus this large is drawn from its most active actors, the same ones under every filter. Search finds everyone; a dossier lists all of an actor's statements.">
      {" · the "}
      <label>
        <span className="sr-only">How many of the most active actors to draw</span>
        <select data-testid="cast-size" className="rounded border border-slate-300 bg-transparent px-1 dark:border-slate-700" value={basis.limit} onChange={(e) => onCast(Number(e.target.value))}>
          {[...new Set([...NETWORK_LIMIT_CHOICES, basis.limit])]
            .sort((a, b) => a - b)
            .map((n) => (
              <option key={n} value={n}>
                {n.toLocaleString("en")}
              </option>
            ))}
        </select>
      </label>
      {` most active of ${basis.actorCount.toLocaleString("en")} actors`}
    </span>
  );
}

function ToolbarButton({ children, onClick, label, pressed }: { children: React.ReactNode; onClick: () => void; label?: string; pressed?: boolean }) {
  return (
    <button
      type="button"
      onClick={onClick}
      aria-label={label}
      aria-pressed={pressed}
      className="rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 aria-pressed:bg-slate-200 dark:border-slate-700 dark:hover:bg-slate-800 dark:aria-pressed:bg-slate-700"
    >
      {children}
    </button>
  );
}
