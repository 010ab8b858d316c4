"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { toCytoscapeElements } from "@/graph/shared/elements";
import { NETWORK_LIMIT_CHOICES } from "@/graph/shared/network-limits";
import { monthEnd, monthStart } from "../lib/dates";
import { useViewState } from "../lib/use-view-state";
import { EMPTY_VIEW, encodeView, type ViewState } from "../lib/view-state";
import type { Filter, SearchHit } from "../lib/queries";
import { lazyComponent } from "../lib/lazy-component";
import { useExplorerData } from "../lib/use-explorer-data";
import { FilterPanel, type Filters } from "./filter-panel";
import type { GraphCanvasHandle } from "./graph-canvas";
import { Legend } from "./legend";
import { PathFinder } from "./path-finder";
import { ShareMenu } from "./share-menu";
import { SearchBox } from "./search-box";
import type { Selection } from "./side-panel";
import { TimelineStrip, type MonthRange } from "./timeline-strip";

// Cytoscape is loaded only where a graph is drawn, and only in the browser.
const GraphCanvas = lazyComponent(() => import("./graph-canvas").then((m) => m.default), <Status text="Loading the graph view…" />);
// The evidence and dossier panel, and the exporters, load when first asked for: neither is part
// of the first paint (docs/decisions/0007-page-weight.md).
const SidePanel = lazyComponent(() => import("./side-panel").then((m) => m.SidePanel), <Status text="Loading the panel…" />);

function toApiFilter(filters: Filters, range: MonthRange | null): Filter {
  return {
    from: range ? monthStart(range.from) : null,
    to: range ? monthEnd(range.to) : null,
    stances: filters.stances,
    modes: filters.modes,
    documents: filters.documents,
    includeOrganizations: filters.includeOrganizations,
  };
}

/** The explorer; `embedded` draws only the graph, for an iframe, with a link to the full view. */
export function Explorer({ embedded = false }: { embedded?: boolean }) {
  const [view, update, ready] = useViewState();
  const filters: Filters = useMemo(
    () => ({ stances: view.stances, modes: view.modes, documents: view.documents, countries: view.countries, includeOrganizations: view.includeOrganizations }),
    [view.stances, view.modes, view.documents, view.countries, view.includeOrganizations],
  );
  const range: MonthRange | null = view.from && view.to ? { from: view.from, to: view.to } : null;
  const setFilters = (f: Filters) => update({ ...f });
  const setRange = (r: MonthRange | null) => update({ from: r?.from ?? null, to: r?.to ?? null });
  const selection = useMemo(() => toSelection(view.selected), [view.selected]);
  const highlighted = view.highlighted;
  const [notice, setNotice] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [showFilters, setShowFilters] = useState(true);
  const controls = useRef<GraphCanvasHandle | null>(null);

  // On a tablet in portrait the graph gets the width; the Filters button brings the panel back.
  useEffect(() => {
    if (window.matchMedia("(max-width: 1023px)").matches) setShowFilters(false);
  }, []);
  // Keyboard: "/" goes to the search box, Escape closes the panel and clears highlights.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const typing = e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement;
      if (e.key === "/" && !typing) {
        e.preventDefault();
        document.querySelector<HTMLInputElement>('[data-testid="search"]')?.focus();
      } else if (e.key === "Escape" && !typing) {
        update({ selected: null, highlighted: [] });
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [update]);

  const apiFilter = useMemo(() => toApiFilter(filters, view.from && view.to ? { from: view.from, to: view.to } : null), [filters, view.from, view.to]);

  const { network, timeline, basis, documents } = useExplorerData(apiFilter, view.includeOrganizations, view.cast, ready, attempt);

  const shown = network.state === "ready" ? network.value : network.last;
  const countries = useMemo(() => [...new Set((shown?.nodes ?? []).map((n) => n.country ?? "Unknown"))].sort(), [shown]);
  const visible = useMemo(() => {
    if (!shown) return null;
    if (filters.countries.length === 0) return shown;
    const nodes = shown.nodes.filter((n) => filters.countries.includes(n.country ?? "Unknown"));
    const ids = new Set(nodes.map((n) => n.id));
    return { ...shown, nodes, edges: shown.edges.filter((e) => ids.has(e.source) && ids.has(e.target)) };
  }, [shown, filters.countries]);
  // The layout is computed over the unfiltered network (people only, or with organisations), so a
  // filter hides and shows without moving anyone, and a shared link draws the same picture.
  const elements = useMemo(() => (basis ? toCytoscapeElements(basis) : null), [basis]);
  const current = useMemo(() => (visible ? toCytoscapeElements(visible) : null), [visible]);
  const shownIds = useMemo(() => (visible ? new Set([...visible.nodes.map((n) => n.id), ...visible.edges.map((e) => e.id)]) : null), [visible]);
  const names = useMemo(() => new Map((shown?.nodes ?? []).map((n) => [n.id, n.name])), [shown]);

  const select = useCallback(
    (id: string) => {
      update({ selected: id });
      setNotice(null);
    },
    [update],
  );
  const clear = useCallback(() => update({ selected: null, highlighted: [] }), [update]);
  const onViewport = useCallback((viewport: ViewState["viewport"]) => update({ viewport }, "replace"), [update]);
  const onPin = useCallback((id: string, position: { x: number; y: number }) => update({ pinned: { ...view.pinned, [id]: position } }, "replace"), [update, view.pinned]);
  const onReady = useCallback((c: GraphCanvasHandle) => {
    controls.current = c;
  }, []);

  const focusHit = (hit: SearchHit) => {
    if (hit.kind === "document") {
      window.location.assign(`/documents/${hit.id}`);
      return;
    }
    if (!visible?.nodes.some((n) => n.id === hit.id)) {
      const outsideCast = basis?.truncated && !basis.nodes.some((n) => n.id === hit.id);
      setNotice(
        outsideCast
          ? `${hit.name} is not among the ${basis.limit.toLocaleString("en")} most active actors drawn here. Their statements are in their dossier.`
          : `${hit.name} is not in the graph under the current filters. Clear filters to see everyone.`,
      );
      update({ selected: hit.id, highlighted: [] });
      return;
    }
    setNotice(null);
    update({ selected: hit.id, highlighted: [] });
    controls.current?.focus(hit.id);
  };

  const showNeighbourhood = (id: string) => {
    if (!visible) return;
    const edges = visible.edges.filter((e) => e.source === id || e.target === id);
    update({ highlighted: [...new Set([id, ...edges.flatMap((e) => [e.id, e.source, e.target])])] });
  };

  const activeFilters = [
    range && `${range.from} – ${range.to}`,
    filters.stances.length > 0 && `stance: ${filters.stances.join(", ")}`,
    filters.modes.length > 0 && `mode: ${filters.modes.join(", ")}`,
    filters.documents.length > 0 && `${filters.documents.length} document${filters.documents.length > 1 ? "s" : ""}`,
    filters.countries.length > 0 && `country: ${filters.countries.join(", ")}`,
    filters.includeOrganizations && "with parties and states",
  ].filter(Boolean) as string[];

  /** What both the explorer and the embed draw; they differ only in what a click does. */
  const drawn = elements && {
    elements,
    shown: shownIds,
    current,
    highlighted,
    selectedId: selection?.id ?? null,
    pinned: view.pinned,
    viewport: view.viewport,
    onReady,
  };

  if (embedded) {
    return (
      <div className="relative h-screen w-full" data-testid="embed">
        {network.state === "loading" && !shown && <Status text="Loading the stance network…" />}
        {network.state === "error" && <p role="alert" className="p-4 text-sm text-red-800">{network.message}</p>}
        {drawn && (
          <GraphCanvas {...drawn} onSelect={noop} onClearSelection={noop} onViewport={noop} onPin={noop} />
        )}
        <a
          href={`/?${encodeView(view).toString()}`}
          target="_blank"
          rel="noopener"
          data-testid="open-full"
          className="absolute right-2 top-2 rounded bg-white/90 px-2 py-1 text-xs text-blue-700 underline shadow dark:bg-slate-900/90 dark:text-blue-400"
        >
          Open in Stance Graph ↗
        </a>
        <p className="absolute bottom-2 left-2 rounded bg-white/90 px-2 py-1 text-[11px] text-slate-600 shadow dark:bg-slate-900/90 dark:text-slate-300">
          {visible && `${visible.nodes.length} actors · ${visible.edges.reduce((n, e) => n + e.count, 0)} statements`}
          {activeFilters.length > 0 ? ` · ${activeFilters.join(" · ")}` : ""}
        </p>
      </div>
    );
  }

  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <div className="flex flex-wrap items-center gap-2 border-b border-slate-200 px-3 py-2 dark:border-slate-800">
        <div className="w-72">
          <SearchBox label="Search people, parties and documents" placeholder="Search any name or alias (e.g. Rankovic, I.B. Tito)" onSelect={focusHit} testId="search" />
        </div>
        <ToolbarButton onClick={() => setShowFilters((s) => !s)} pressed={showFilters}>
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
        <ShareMenu
          onExport={async (kind) => {
            if (!controls.current || !visible) return;
            const { exportView } = await import("../lib/exporter");
            await exportView(kind, controls.current, visible, apiFilter, activeFilters.length > 0 ? `filtered by ${activeFilters.join(", ")}` : "all statements");
          }}
        />
        <p className="ml-auto text-xs text-slate-600 dark:text-slate-400" data-testid="filter-summary" aria-live="polite">
          {visible && `${visible.nodes.length} actors, ${visible.edges.length} links, ${visible.edges.reduce((s, e) => s + e.count, 0)} statements`}
          {basis?.truncated && (
            <span data-testid="cast-limit" title="A corpus this large is drawn from its most active actors, the same ones under every filter. Search finds everyone; a dossier lists all of an actor's statements.">
              {" · the "}
              <label>
                <span className="sr-only">How many of the most active actors to draw</span>
                <select
                  data-testid="cast-size"
                  className="rounded border border-slate-300 bg-transparent px-1 dark:border-slate-700"
                  value={basis.limit}
                  onChange={(e) => update({ cast: Number(e.target.value), viewport: null })}
                >
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
          )}
          {activeFilters.length > 0 ? ` · filtered by ${activeFilters.join(" · ")}` : " · no filters"}
          {activeFilters.length > 0 && (
            <button
              type="button"
              className="ml-2 text-blue-700 underline dark:text-blue-400"
              onClick={() => update({ ...EMPTY_VIEW, pinned: view.pinned, viewport: view.viewport, cast: view.cast })}
            >
              Clear all
            </button>
          )}
          {network.state === "loading" && shown && <span className="ml-2 text-slate-400">updating…</span>}
        </p>
      </div>

      <div className="relative flex min-h-0 flex-1">
        {showFilters && (
          <div className="w-72 shrink-0 space-y-4 overflow-y-auto border-r border-slate-200 p-3 dark:border-slate-800" aria-label="Filters" role="region">
            <section>
              <h2 className="mb-1 text-sm font-medium">Time</h2>
              <TimelineStrip buckets={timeline} range={range} onChange={setRange} />
            </section>
            <FilterPanel filters={filters} documents={documents} countries={countries} onChange={setFilters} />
            <PathFinder
              filter={apiFilter}
              onHighlight={(ids) => update({ highlighted: ids, selected: null })}
              graphIds={visible ? new Set([...visible.nodes.map((n) => n.id), ...visible.edges.map((e) => e.id)]) : new Set()}
            />
          </div>
        )}

        <section className="relative min-w-0 flex-1" aria-busy={network.state === "loading"}>
          {network.state === "loading" && !shown && <Status text="Loading the stance network…" />}
          {network.state === "error" && (
            <div role="alert" className="absolute left-4 top-4 z-20 max-w-xl rounded border border-red-300 bg-red-50 p-4 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
              <p className="font-medium">{network.code === "DATABASE_UNAVAILABLE" ? "The graph database is unavailable." : "The network could not be loaded."}</p>
              <p className="mt-1 text-sm">{network.message}</p>
              <button type="button" className="mt-3 rounded bg-red-700 px-3 py-1 text-sm text-white hover:bg-red-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-red-400" onClick={() => setAttempt((n) => n + 1)}>
                Try again
              </button>
            </div>
          )}
          {notice && (
            <p role="status" className="absolute left-4 top-4 z-10 rounded bg-amber-50 px-3 py-2 text-sm text-amber-900 shadow dark:bg-amber-950 dark:text-amber-100">
              {notice}
            </p>
          )}
          {visible && visible.nodes.length === 0 && <Status text="No statements match these filters. Widen the date range or clear a filter." />}
          {drawn && (
            <div className={visible?.nodes.length === 0 ? "invisible absolute inset-0" : "absolute inset-0"}>
              <GraphCanvas {...drawn} onSelect={select} onClearSelection={clear} onViewport={onViewport} onPin={onPin} />
            </div>
          )}
          {visible && visible.nodes.length > 0 && <Legend />}
          {selection && (
            <div className="absolute inset-y-0 right-0 z-20 w-full max-w-md border-l border-slate-200 bg-white shadow-xl dark:border-slate-800 dark:bg-slate-950">
              <SidePanel selection={selection} filter={apiFilter} names={names} onClose={clear} />
              {selection.kind === "node" && (
                <button type="button" className="absolute bottom-3 right-3 rounded bg-blue-700 px-3 py-1 text-sm text-white shadow hover:bg-blue-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-400" onClick={() => showNeighbourhood(selection.id)}>
                  Show neighbourhood
                </button>
              )}
            </div>
          )}
        </section>
      </div>
    </div>
  );
}

const noop = () => undefined;

function toSelection(selected: string | null): Selection | null {
  if (!selected) return null;
  if (!selected.includes("->")) return { kind: "node", id: selected };
  const [source, target] = selected.split("->") as [string, string];
  return { kind: "edge", id: selected, source, target };
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

function Status({ text }: { text: string }) {
  return (
    <p role="status" className="p-6 text-sm text-slate-500">
      {text}
    </p>
  );
}
