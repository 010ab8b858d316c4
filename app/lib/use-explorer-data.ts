"use client";

import { useEffect, useState } from "react";
import { ApiError, graphql } from "./graphql";
import { DOCUMENT_LIST, NETWORK, TIMELINE, type DocumentSummary, type Filter, type NetworkView, type TimelineBucket } from "./queries";

export type Load<T> = { state: "loading"; last?: T } | { state: "error"; message: string; code: string; last?: T } | { state: "ready"; value: T };

/**
 * What the explorer reads: the network under the filter (the last one stays on screen while the
 * next loads), the unfiltered network the layout is computed from, the timeline (always the whole
 * period, so a range can be widened again) and the document list. Waits until the view is read
 * from the URL (`ready`); `attempt` retries after an error.
 */
export function useExplorerData(apiFilter: Filter, includeOrganizations: boolean, cast: number | null, ready: boolean, attempt: number) {
  const [network, setNetwork] = useState<Load<NetworkView>>({ state: "loading" });
  const [timeline, setTimeline] = useState<TimelineBucket[]>([]);
  const [basis, setBasis] = useState<NetworkView | null>(null);
  const [documents, setDocuments] = useState<DocumentSummary[]>([]);
  const filterKey = JSON.stringify(apiFilter);

  useEffect(() => {
    if (!ready) return undefined;
    const controller = new AbortController();
    setNetwork((previous) => ({ state: "loading", last: previous.state === "ready" ? previous.value : previous.last }));
    const timer = setTimeout(() => {
      graphql<{ network: NetworkView }>(NETWORK, { filter: apiFilter, limit: cast }, controller.signal)
        .then((data) => setNetwork({ state: "ready", value: data.network }))
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
    graphql<{ timeline: TimelineBucket[] }>(TIMELINE, { filter: { ...apiFilter, from: null, to: null } }, controller.signal)
      .then((data) => setTimeline(data.timeline))
      .catch(() => undefined);
    return () => controller.abort();
  }, [filterKey, attempt, ready]);

  useEffect(() => {
    if (!ready) return undefined;
    const controller = new AbortController();
    graphql<{ network: NetworkView }>(NETWORK, { filter: { includeOrganizations: includeOrganizations }, limit: cast }, controller.signal)
      .then((data) => setBasis(data.network))
      .catch(() => undefined);
    return () => controller.abort();
  }, [includeOrganizations, cast, attempt, ready]);

  useEffect(() => {
    graphql<{ documents: DocumentSummary[] }>(DOCUMENT_LIST)
      .then((data) => setDocuments(data.documents))
      .catch(() => undefined);
  }, [attempt]);

  return { network, timeline, basis, documents };
}
