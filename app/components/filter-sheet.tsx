"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";

const SMALL = "(max-width: 1023px)";
const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * Where the filters stand: a column beside the graph on a wide screen; on a small one a sheet over
 * the graph, which keeps its size. The sheet closes by its button, Escape or a tap outside it,
 * holds the focus while open and gives it back to what opened it.
 */
export function FilterSheet({ onClose, children }: { onClose: () => void; children: ReactNode }) {
  const sheet = useRef<HTMLDivElement>(null);
  const close = useRef(onClose);
  close.current = onClose;
  const [small, setSmall] = useState(false);

  useEffect(() => {
    if (!window.matchMedia(SMALL).matches) return;
    setSmall(true);
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const root = sheet.current!;
    root.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "Escape") {
        // Escape here closes the sheet and nothing else (not the explorer's selection too).
        e.stopPropagation();
        close.current();
      } else if (e.key === "Tab") {
        const items = [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.offsetParent !== null);
        const first = items[0];
        const last = items.at(-1);
        if (!first || !last) return;
        const inside = root.contains(document.activeElement);
        if (e.shiftKey && (!inside || document.activeElement === first || document.activeElement === root)) {
          e.preventDefault();
          last.focus();
        } else if (!e.shiftKey && (!inside || document.activeElement === last)) {
          e.preventDefault();
          first.focus();
        }
      }
    };
    document.addEventListener("keydown", onKey, true);
    return () => {
      document.removeEventListener("keydown", onKey, true);
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <>
      {small && (
        <div
          aria-hidden
          className="fixed inset-0 z-30 bg-slate-900/40"
          onClick={() => close.current()}
          data-testid="filter-backdrop"
        />
      )}
      <div
        ref={sheet}
        tabIndex={-1}
        role={small ? "dialog" : "region"}
        aria-modal={small || undefined}
        aria-label="Filters"
        data-testid="filters"
        className="space-y-4 overflow-y-auto bg-white p-3 focus:outline-none max-lg:fixed max-lg:inset-x-0 max-lg:bottom-0 max-lg:z-40 max-lg:max-h-[60vh] max-lg:rounded-t-xl max-lg:shadow-2xl lg:w-72 lg:shrink-0 lg:border-r lg:border-slate-200 lg:bg-transparent dark:bg-slate-950 lg:dark:border-slate-800 lg:dark:bg-transparent"
      >
        {small && (
          <div className="sticky -top-3 z-10 -mx-3 -mt-3 flex items-center justify-between border-b border-slate-200 bg-white px-3 py-2 dark:border-slate-800 dark:bg-slate-950">
            <h2 className="font-medium">Filters</h2>
            <button
              type="button"
              onClick={() => close.current()}
              data-testid="close-filters"
              className="rounded border border-slate-300 px-2 py-0.5 text-sm focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 dark:border-slate-700"
            >
              Done
            </button>
          </div>
        )}
        {children}
      </div>
    </>
  );
}
