"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { decodeView, EMPTY_VIEW, encodeView, type ViewState } from "./view-state";

/**
 * Whether a click follows a link to another page of the app in this tab: the app's router then
 * fetches that page, and any history entry written meanwhile would cancel the way there.
 */
function leavesForAnotherPage(event: MouseEvent): boolean {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return false;
  const anchor = event.target instanceof Element ? event.target.closest("a[href]") : null;
  if (!(anchor instanceof HTMLAnchorElement) || anchor.hasAttribute("download") || (anchor.target && anchor.target !== "_self")) return false;
  const to = new URL(anchor.href, window.location.href);
  return to.origin === window.location.origin && to.pathname !== window.location.pathname;
}

/**
 * The view lives in the URL. Changes a reader would want to step back through (filters,
 * selection, highlights) push a history entry; continuous ones (zoom, pan, dragging a node)
 * replace the current entry. Back and forward restore the view from the URL.
 * Once a link to another page is followed, the view stops writing the address until the reader
 * comes back: a move of the view while that page loads (the camera settling, a zoom) would
 * otherwise replace the entry and cancel the way out.
 */
export function useViewState(): [ViewState, (patch: Partial<ViewState>, mode?: "push" | "replace") => void, boolean] {
  const [view, setView] = useState<ViewState>(EMPTY_VIEW);
  const [ready, setReady] = useState(false);
  const current = useRef(view);
  const leaving = useRef(false);

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
    const back = () => {
      leaving.current = false;
      fromUrl();
    };
    const onClick = (event: MouseEvent) => {
      if (leavesForAnotherPage(event)) leaving.current = true;
    };
    fromUrl();
    setReady(true);
    window.addEventListener("popstate", back);
    // Captured before the link's own handler starts the way to the other page.
    document.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("popstate", back);
      document.removeEventListener("click", onClick, true);
    };
  }, []);

  const update = useCallback((patch: Partial<ViewState>, mode: "push" | "replace" = "push") => {
    const next = { ...current.current, ...patch };
    current.current = next;
    setView(next);
    const query = encodeView(next).toString();
    const url = `${window.location.pathname}${query ? `?${query}` : ""}`;
    if (leaving.current || url === `${window.location.pathname}${window.location.search}`) return;
    if (mode === "push") window.history.pushState(null, "", url);
    else window.history.replaceState(null, "", url);
  }, []);

  return [view, update, ready];
}
