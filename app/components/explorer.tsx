"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { toCytoscapeElements } from "@/graph/shared/elements";
import { EMPTY_VIEW, encodeView, type ViewState } from "../lib/view-state";
import type { NetworkView, SearchHit } from "../lib/queries";
import { lazyComponent } from "../lib/lazy-component";
import { useExplorerData } from "../lib/use-explorer-data";
import { filterPhrase, useExplorerView } from "../lib/use-explorer-view";
import { ExplorerToolbar } from "./explorer-toolbar";
import { FilterPanel } from "./filter-panel";
import { FilterSheet } from "./filter-sheet";
import { NumbersTools } from "./numbers-tools";
import { byCountry, PathFinderPlaceholder, Status, useExplorerKeys } from "./explorer-parts";
import type { GraphCanvasHandle } from "./graph-canvas";

// Cytoscape is loaded only where a graph is drawn, and only in the browser.
const GraphCanvas = lazyComponent(() => import("./graph-canvas").then((m) => m.default), <Status text="Loading the graph view…" />);
// The evidence and dossier panel, and the exporters, load when first asked for: neither is part
// of the first paint (docs/decisions/0007-page-weight.md).
// What is drawn only once the data has come (the timeline's bars, the graph's legend) and the path
// finder below the filters load alongside the data, after the first paint (docs/decisions/0007).
const TimelineStrip = lazyComponent(
  () => import("./timeline-strip").then((m) => m.TimelineStrip),
  <p role="status" className="flex h-[5.25rem] items-center text-xs text-slate-500">
    Loading the timeline…
  </p>,
);
const Legend = lazyComponent(() => import("./legend").then((m) => m.Legend), null);
const PathFinder = lazyComponent(() => import("./path-finder").then((m) => m.PathFinder), <PathFinderPlaceholder />);
const SelectionPanel = lazyComponent(
  () => import("./selection-panel").then((m) => m.SelectionPanel),
  <p
    role="status"
    data-testid="panel-loading"
    className="absolute right-3 top-3 rounded border border-slate-200 bg-white/95 px-3 py-2 text-sm text-slate-600 shadow dark:border-slate-700 dark:bg-slate-900/95 dark:text-slate-300"
  >
    Loading the panel…
  </p>,
);
// A curator's checkbox loads only for curators, after the first paint.
const ProposedToggle = lazyComponent(() => import("./curator-view").then((m) => m.ProposedToggle), null);

/**
 * The explorer; `embedded` draws only the graph, for an iframe, with a link to the full view.
 * `curator` is whether the page's server found a curator's or an admin's session: only then may
 * the view include proposed statements. An embed is always public.
 */
export function Explorer({ embedded = false, curator = false }: { embedded?: boolean; curator?: boolean }) {
  const { view, update, ready, filters, setFilters, range, setRange, selection, apiFilter, activeFilters } = useExplorerView(curator && !embedded);
  const [notice, setNotice] = useState<string | null>(null);
  // The signed analysis's camps on the graph, for the network they were found in.
  const [camps, setCamps] = useState<{ network: NetworkView; groups: readonly [string[], string[]] } | null>(null);
  const [showFilters, setShowFilters] = useState(true);
  const closeFilters = useCallback(() => setShowFilters(false), []);
  const controls = useRef<GraphCanvasHandle | null>(null);
  // The selection a link opened the page with, zoom and pan included: undefined until it is read.
  const [linked, setLinked] = useState<string | null | undefined>(undefined);
  // Read while rendering, not in an effect: the panel frames the selection as soon as it is drawn,
  // and must know by then that the selection came with a link's zoom and pan.
  if (ready && linked === undefined) setLinked(view.viewport ? view.selected : null);
  useExplorerKeys(update);

  // On a tablet in portrait the graph gets the width; the Filters button brings the panel back.
  useEffect(() => {
    if (window.matchMedia("(max-width: 1023px)").matches) setShowFilters(false);
  }, []);

  const { network, timeline, timelineSpans, timelineAxis, timelineState, basis, documents, retry } = useExplorerData(apiFilter, view.includeOrganizations, view.cast, ready);
  const onProposed = useCallback((proposed: boolean) => update({ proposed }), [update]);

  const shown = network.state === "ready" ? network.value : network.last;
  const countries = useMemo(() => [...new Set((shown?.nodes ?? []).map((n) => n.country ?? "Unknown"))].sort(), [shown]);
  const visible = useMemo(() => byCountry(shown, filters.countries), [shown, filters.countries]);
  // The layout is computed over the unfiltered network (people only, or with organisations), so a
  // filter hides and shows without moving anyone, and a shared link draws the same picture.
  const elements = useMemo(() => (basis ? toCytoscapeElements(basis) : null), [basis]);
  const current = useMemo(() => (visible ? toCytoscapeElements(visible) : null), [visible]);
  const shownIds = useMemo(() => (visible ? new Set([...visible.nodes.map((n) => n.id), ...visible.edges.map((e) => e.id)]) : null), [visible]);
  const names = useMemo(() => new Map([...(basis?.nodes ?? []), ...(shown?.nodes ?? [])].map((n) => [n.id, n.name])), [basis, shown]);

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
          : hit.kind === "organization" && !view.includeOrganizations
            ? `${hit.name} is a party or state: they are drawn with “Include parties and states”.`
            : activeFilters.length > 0
              ? `${hit.name} is not in the graph under the current filters. Clear filters to see everyone.`
              : `${hit.name} is not in the graph: no accepted statement names them as speaker or target.`,
      );
      update({ selected: hit.id, highlighted: [] });
      return;
    }
    setNotice(null);
    update({ selected: hit.id, highlighted: [] });
  };

  const showNeighbourhood = (id: string) => {
    if (!visible) return;
    const edges = visible.edges.filter((e) => e.source === id || e.target === id);
    update({ highlighted: [...new Set([id, ...edges.flatMap((e) => [e.id, e.source, e.target])])] });
  };

  /** What both the explorer and the embed draw; they differ only in what a click does. */
  const drawn = elements && {
    elements,
    shown: shownIds,
    current,
    highlighted: view.highlighted,
    selectedId: selection?.id ?? null,
    camps: camps && camps.network === visible ? camps.groups : null,
    pinned: view.pinned,
    viewport: view.viewport,
    onReady,
  };

  if (embedded) {
    return (
      <div className="relative h-screen w-full" data-testid="embed">
        {network.state === "loading" && !shown && <Status text="Loading the stance network…" />}
        {network.state === "error" && <p role="alert" className="p-4 text-sm text-red-800">{network.message}</p>}
        {drawn && <GraphCanvas {...drawn} onSelect={noop} onClearSelection={noop} onViewport={noop} onPin={noop} />}
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
      <ExplorerToolbar
        controls={controls}
        onSearchHit={focusHit}
        showFilters={showFilters}
        onToggleFilters={() => setShowFilters((s) => !s)}
        onExport={async (kind) => {
          if (!controls.current || !visible) return;
          const { exportView } = await import("../lib/exporter");
          const filterText = activeFilters.length > 0 ? filterPhrase(activeFilters, ", ") : "all statements";
          await exportView(kind, controls.current, visible, apiFilter, { filterText, view: { ...view, proposed: apiFilter.includeProposed === true } });
        }}
        visible={visible}
        basis={basis}
        activeFilters={activeFilters}
        updating={network.state === "loading" && shown !== undefined}
        onCast={(size) => update({ cast: size, viewport: null })}
        onClearFilters={() => update({ ...EMPTY_VIEW, pinned: view.pinned, viewport: view.viewport, cast: view.cast })}
        tools={
          <NumbersTools
            filter={apiFilter}
            network={visible}
            filterText={activeFilters.length > 0 ? filterPhrase(activeFilters) : "no filters"}
            onHighlight={(ids) => update({ highlighted: ids, selected: null })}
            onCamps={(groups) => setCamps(groups && visible ? { network: visible, groups } : null)}
          />
        }
      />

      <div className="relative flex min-h-0 flex-1">
        {showFilters && (
          <FilterSheet onClose={closeFilters}>
            <section>
              <h2 className="mb-1 text-sm font-medium">Time</h2>
              {timelineState !== "ready" ? (
                <p role="status" className="flex h-[5.25rem] items-center text-xs text-slate-500">
                  {timelineState === "error" ? "The timeline could not be loaded." : "Loading the timeline…"}
                </p>
              ) : (
                <TimelineStrip
                  buckets={timeline}
                  spans={timelineSpans}
                  axis={timelineAxis}
                  range={range}
                  busy={network.state === "loading"}
                  onChange={(r, how) =>
                    how?.step ? update({ from: r?.from ?? null, to: r?.to ?? null }, "replace") : setRange(r)
                  }
                />
              )}
            </section>
            <FilterPanel filters={filters} documents={documents} countries={countries} onChange={setFilters} />
            {curator && <ProposedToggle checked={view.proposed} onChange={onProposed} />}
            <PathFinder
              filter={apiFilter}
              graphIds={shownIds ?? new Set()}
              onHighlight={(ids) => {
                update({ highlighted: ids, selected: null });
                controls.current?.frame(ids, null);
              }}
              onIncludeOrganizations={() => setFilters({ ...filters, includeOrganizations: true })}
            />
          </FilterSheet>
        )}

        <section className="relative min-w-0 flex-1" aria-busy={network.state === "loading"}>
          {network.state === "loading" && !shown && <Status text="Loading the stance network…" />}
          {network.state === "error" && (
            <div role="alert" className="absolute left-4 top-4 z-20 max-w-xl rounded border border-red-300 bg-red-50 p-4 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
              <p className="font-medium">{network.code === "DATABASE_UNAVAILABLE" ? "The graph database is unavailable." : "The network could not be loaded."}</p>
              <p className="mt-1 text-sm">{network.message}</p>
              <button type="button" className="mt-3 rounded bg-red-700 px-3 py-1 text-sm text-white hover:bg-red-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-red-400" onClick={retry}>
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
          {visible && visible.nodes.length > 0 && (
            <Legend onHideCamps={camps && camps.network === visible ? () => setCamps(null) : undefined} />
          )}
          {selection && (
            // Over the canvas, letting the pointer through except to the panel itself, or to the
            // notice shown while its code loads or if it cannot be fetched.
            <div className="pointer-events-none absolute inset-0 z-20 *:pointer-events-auto">
              <SelectionPanel
                selection={selection}
                filter={apiFilter}
                filterText={filterPhrase(activeFilters)}
                names={names}
                dossierView={{ filter: apiFilter, activeFilters, network: visible }}
                fromLink={selection.id === linked}
                controls={controls}
                onShowNeighbourhood={showNeighbourhood}
                onClear={clear}
              />
            </div>
          )}
        </section>
      </div>
    </div>
  );
}

const noop = () => undefined;
