"use client";

import { useCallback, useMemo } from "react";
import type { Filters, MonthRange, Selection } from "./explorer-state";
import { monthEnd, monthStart } from "./dates";
import type { Filter } from "./queries";
import { useViewState } from "./use-view-state";
import type { ViewState } from "./view-state";

/**
 * The explorer's view as its panels use it, read from and written to the URL (useViewState):
 * the filters, the month range, the selection, the API filter they make, and a description of
 * the filters in force for the summary line and the exports.
 */
export interface ExplorerView {
  view: ViewState;
  update: (patch: Partial<ViewState>, mode?: "push" | "replace") => void;
  /** False until the view has been read from the URL. */
  ready: boolean;
  filters: Filters;
  setFilters: (filters: Filters) => void;
  range: MonthRange | null;
  setRange: (range: MonthRange | null) => void;
  selection: Selection | null;
  apiFilter: Filter;
  /** Each filter in force, in words; empty when nothing is filtered. */
  activeFilters: string[];
}

/**
 * `curator` is whether the reader is a signed-in curator or admin: only then does the view's
 * `proposed=1` add proposed statements (the API refuses it to anyone else).
 */
export function useExplorerView(curator: boolean): ExplorerView {
  const [view, update, ready] = useViewState();
  const filters: Filters = useMemo(
    () => ({
      stances: view.stances,
      modes: view.modes,
      documents: view.documents,
      countries: view.countries,
      includeOrganizations: view.includeOrganizations,
      includeTertiary: view.includeTertiary,
    }),
    [view.stances, view.modes, view.documents, view.countries, view.includeOrganizations, view.includeTertiary],
  );
  const range: MonthRange | null = view.from && view.to ? { from: view.from, to: view.to } : null;
  const setFilters = useCallback((f: Filters) => update({ ...f }), [update]);
  const setRange = useCallback((r: MonthRange | null) => update({ from: r?.from ?? null, to: r?.to ?? null }), [update]);
  const selection = useMemo(() => toSelection(view.selected), [view.selected]);
  const proposed = curator && view.proposed;
  const apiFilter = useMemo(
    () => toApiFilter(filters, view.from && view.to ? { from: view.from, to: view.to } : null, proposed),
    [filters, view.from, view.to, proposed],
  );
  return { view, update, ready, filters, setFilters, range, setRange, selection, apiFilter, activeFilters: describeFilters(filters, range, proposed) };
}

export function toApiFilter(filters: Filters, range: MonthRange | null, includeProposed = false): Filter {
  return {
    ...(includeProposed ? { includeProposed: true } : {}),
    from: range ? monthStart(range.from) : null,
    to: range ? monthEnd(range.to) : null,
    stances: filters.stances,
    modes: filters.modes,
    documents: filters.documents,
    includeOrganizations: filters.includeOrganizations,
    includeTertiary: filters.includeTertiary,
  };
}

/** A node id, or an edge id "speaker->target". */
export function toSelection(selected: string | null): Selection | null {
  if (!selected) return null;
  if (!selected.includes("->")) return { kind: "node", id: selected };
  const [source, target] = selected.split("->") as [string, string];
  return { kind: "edge", id: selected, source, target };
}

export function describeFilters(filters: Filters, range: MonthRange | null, includeProposed = false): string[] {
  return [
    range && `${range.from} – ${range.to}`,
    filters.stances.length > 0 && `stance: ${filters.stances.join(", ")}`,
    filters.modes.length > 0 && `mode: ${filters.modes.join(", ")}`,
    filters.documents.length > 0 && `${filters.documents.length} document${filters.documents.length > 1 ? "s" : ""}`,
    filters.countries.length > 0 && `country: ${filters.countries.join(", ")}`,
    filters.includeOrganizations && "with parties and states",
    filters.includeTertiary && "with tertiary sources",
    includeProposed && "with proposed statements, not yet reviewed",
  ].filter(Boolean) as string[];
}

/**
 * The filters in force as one phrase for the toolbar and for exports' captions: what narrows the
 * view after "filtered by", then what widens it ("with parties and states"), so that neither
 * reads "filtered by with …"; empty when nothing is in force.
 */
export function filterPhrase(active: readonly string[], separator = " · "): string {
  const widening = active.filter((a) => a.startsWith("with "));
  const narrowing = active.filter((a) => !a.startsWith("with "));
  return [narrowing.length > 0 ? `filtered by ${narrowing.join(separator)}` : "", widening.join(", ")].filter(Boolean).join(", ");
}
