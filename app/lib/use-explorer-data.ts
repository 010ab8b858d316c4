"use client";

import { useEffect, useState } from "react";
import { ApiError, graphql } from "./graphql";
import { DOCUMENT_LIST, NETWORK, TIMELINE, type DocumentSummary, type Filter, type NetworkView, type TimelineBucket } from "./queries";

export type Load<T> = { state: "loading"; last?: T } | { state: "error"; message: string; code: string; last?: T } | { state: "ready"; value: T };

/**
 * What the explorer reads: the network under the filter (the last one stays on screen while the
 * next loads), the unfiltered network the layout is computed from, the timeline (always the whole
 * period, so a range can be widened again) and the document list. Waits until the view is read
 * from the URL (`ready`); `attempt` retries after an error. With no filter set, the network under
 * the filter is the basis itself: it is asked for once, not twice.
 */
export function useExplorerData(apiFilter: Filter, includeOrganizations: boolean, cast: number | null, ready: boolean, attempt: number) {
  const [network, setNetwork] = useState<Load<NetworkView>>({ state: "loading" });
  const [timeline, setTimeline] = useState<TimelineBucket[]>([]);
  // The basis, with the (organisations, cast) it was read for, so that it is not read again.
  const [basis, setBasis] = useState<{ key: string; value: NetworkView } | null>(null);
  const basisKey = `${includeOrganizations}:${cast ?? ""}`;
  const unfiltered = !apiFilter.from && !apiFilter.to && !apiFilter.stances?.length && !apiFilter.modes?.length && !apiFilter.documents?.length;
  const [documents, setDocuments] = useState<DocumentSummary[]>([]);
  const filterKey = JSON.stringify(apiFilter);

  useEffect(() => {
    if (!ready) return undefined;
    const controller = new AbortController();
    setNetwork((previous) => ({ state: "loading", last: previous.state === "ready" ? previous.value : previous.last }));
    const timer = setTimeout(() => {
      graphql(NETWORK, { filter: apiFilter, limit: cast }, controller.signal)
        .then((data) => {
          setNetwork({ state: "ready", value: data.network });
          if (unfiltered) setBasis({ key: basisKey, value: data.network });
        })
        .catch((error: unknown) => {
          if (controller.signal.aborted) return;
          const e = error instanceof ApiError ? error : new ApiError("Something went wrong.", "INTERNAL");
          setNetwork((previous) => ({ state: "error", message: e.message, code: e.code, last: previous.state === "ready" ? previous.value : previous.last }));
        });
    }, 120);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
    // filterKey stands for apiFilter.
  }, [filterKey, cast, attempt, ready]);

  useEffect(() => {
    if (!ready) return undefined;
    const controller = new AbortController();
    // The strip always spans the whole period, so the range can be widened again.
    graphql(TIMELINE, { filter: { ...apiFilter, from: null, to: null } }, controller.signal)
      .then((data) => setTimeline(data.timeline))
      .catch(() => undefined);
    return () => controller.abort();
  }, [filterKey, attempt, ready]);

  const haveBasis = basis?.key === basisKey;
  useEffect(() => {
    // Unfiltered, the network request above brings the basis.
    if (!ready || unfiltered || haveBasis) return undefined;
    const controller = new AbortController();
    graphql(NETWORK, { filter: { includeOrganizations: includeOrganizations }, limit: cast }, controller.signal)
      .then((data) => setBasis({ key: basisKey, value: data.network }))
      .catch(() => undefined);
    return () => controller.abort();
    // basisKey stands for includeOrganizations and cast.
  }, [basisKey, unfiltered, haveBasis, attempt, ready]);

  useEffect(() => {
    graphql(DOCUMENT_LIST, {})
      .then((data) => setDocuments(data.documents))
      .catch(() => undefined);
  }, [attempt]);

  return { network, timeline, basis: basis?.value ?? null, documents };
}
