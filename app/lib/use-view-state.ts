"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { decodeView, EMPTY_VIEW, encodeView, type ViewState } from "./view-state";

/**
 * The view lives in the URL. Changes a reader would want to step back through (filters,
 * selection, highlights) push a history entry; continuous ones (zoom, pan, dragging a node)
 * replace the current entry. Back and forward restore the view from the URL.
 */
export function useViewState(): [ViewState, (patch: Partial<ViewState>, mode?: "push" | "replace") => void, boolean] {
  const [view, setView] = useState<ViewState>(EMPTY_VIEW);
  const [ready, setReady] = useState(false);
  const current = useRef(view);

  useEffect(() => {
    const fromUrl = () => {
      const params = new URLSearchParams(window.location.search);
      // Links from the reader say ?person=<id>: open that dossier.
      const person = params.get("person");
      const decoded = decodeView(params);
      const next = person && !decoded.selected ? { ...decoded, selected: person } : decoded;
      current.current = next;
      setView(next);
    };
    fromUrl();
    setReady(true);
    window.addEventListener("popstate", fromUrl);
    return () => window.removeEventListener("popstate", fromUrl);
  }, []);

  const update = useCallback((patch: Partial<ViewState>, mode: "push" | "replace" = "push") => {
    const next = { ...current.current, ...patch };
    current.current = next;
    setView(next);
    const query = encodeView(next).toString();
    const url = `${window.location.pathname}${query ? `?${query}` : ""}`;
    if (url === `${window.location.pathname}${window.location.search}`) return;
    if (mode === "push") window.history.pushState(null, "", url);
    else window.history.replaceState(null, "", url);
  }, []);

  return [view, update, ready];
}
