"use client";

import { mapLoad, valueOf } from "./data/load";
import { useGraphQL } from "./data/use-graphql";
import { DOCUMENT_LIST, NETWORK, TIMELINE, type Filter } from "./queries";

/**
 * What the explorer reads: the network under the filter (the last one stays on screen while the
 * next loads, and a filter still being dragged is waited for), the unfiltered network the layout
 * is computed from, the timeline (always the whole period, so a range can be widened again) and
 * the document list. Nothing is asked before the view is read from the URL (`ready`). With no
 * filter set, the network under the filter is the basis itself: both read the same answer.
 */
export function useExplorerData(apiFilter: Filter, includeOrganizations: boolean, cast: number | null, ready: boolean) {
  const unfiltered = !apiFilter.from && !apiFilter.to && !apiFilter.stances?.length && !apiFilter.modes?.length && !apiFilter.documents?.length;
  // A curator's view with proposed statements is laid out over them too, so that their edges are drawn.
  const basisVariables = { filter: apiFilter.includeProposed ? { includeOrganizations, includeProposed: true } : { includeOrganizations }, limit: cast };
  const network = useGraphQL(NETWORK, unfiltered ? basisVariables : { filter: apiFilter, limit: cast }, { enabled: ready, keepPrevious: true, debounceMs: 120 });
  const basis = useGraphQL(NETWORK, basisVariables, { enabled: ready, keepPrevious: true });
  const timeline = useGraphQL(TIMELINE, { filter: { ...apiFilter, from: null, to: null } }, { enabled: ready, keepPrevious: true });
  // The timeline's axis: the whole corpus, parties, states and tertiary sources included, whatever
  // the filters, so that a date stays where it was when a filter changes.
  const corpusFilter = { includeOrganizations: true, includeTertiary: true, ...(apiFilter.includeProposed ? { includeProposed: true } : {}) };
  const corpus = useGraphQL(TIMELINE, { filter: corpusFilter }, { enabled: ready, keepPrevious: true });
  const documents = useGraphQL(DOCUMENT_LIST, {}, { keepPrevious: true });

  const retry = () => {
    for (const load of [network, basis, timeline, corpus, documents]) if (load.state === "error") load.retry();
  };
  return {
    network: mapLoad(network, (d) => d.network),
    basis: valueOf(basis, null)?.network ?? null,
    timeline: valueOf(timeline, null)?.timeline ?? [],
    timelineSpans: valueOf(timeline, null)?.timelineSpans ?? [],
    /** The first and last month of the corpus, null until read. */
    timelineAxis: axisOf(valueOf(corpus, null)),
    /** Whether the timeline has an answer yet, or failed without one. */
    timelineState: timeline.state === "ready" || timeline.last ? ("ready" as const) : timeline.state,
    documents: valueOf(documents, null)?.documents ?? [],
    retry,
  };
}

function axisOf(corpus: { timeline: { month: string }[]; timelineSpans: { from: string; to: string }[] } | null): { from: string; to: string } | null {
  const ends = [...(corpus?.timeline ?? []).map((b) => b.month), ...(corpus?.timelineSpans ?? []).flatMap((s) => [s.from, s.to])].sort();
  return ends.length > 0 ? { from: ends[0]!, to: ends.at(-1)! } : null;
}
