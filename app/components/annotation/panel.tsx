"use client";

import { useEffect, useId, useRef, useState, type ReactNode } from "react";

/**
 * The annotation desk's side panel: a dialog beside the text, so the passage stays in view. It takes
 * the focus when it opens, Escape closes it (unless a list inside is open, which Escape closes
 * first), and the focus goes back to where it came from.
 */
export function Panel({
  title,
  onClose,
  children,
  testId,
  returnTo,
}: {
  title: ReactNode;
  onClose: () => void;
  children: ReactNode;
  testId: string;
  returnTo?: HTMLElement | null;
}) {
  const id = useId();
  // Read while rendering, before a field inside takes the focus on mounting.
  const [opener] = useState(() => returnTo ?? (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  const panel = useRef<HTMLElement>(null);
  const close = useRef(onClose);
  close.current = onClose;

  useEffect(() => {
    const el = panel.current;
    if (el && !el.contains(document.activeElement)) {
      const first = el.querySelector<HTMLElement>(
        "[data-autofocus], input:not([readonly]), select, textarea:not([aria-readonly])",
      );
      (first ?? el).focus();
    }
    return () => {
      if (opener?.isConnected) opener.focus({ preventScroll: true });
    };
  }, [opener]);

  return (
    <aside
      ref={panel}
      role="dialog"
      aria-modal="false"
      aria-labelledby={`${id}-title`}
      tabIndex={-1}
      data-testid={testId}
      onKeyDown={(e) => {
        if (e.key !== "Escape" || e.defaultPrevented) return;
        if (e.target instanceof HTMLElement && e.target.getAttribute("aria-expanded") === "true") return;
        e.preventDefault();
        close.current();
      }}
      className="fixed inset-y-0 right-0 z-40 flex w-full max-w-md flex-col border-l border-slate-300 bg-white shadow-2xl focus:outline-none dark:border-slate-700 dark:bg-slate-950"
    >
      <header className="flex items-start justify-between gap-2 border-b border-slate-200 px-4 py-3 dark:border-slate-800">
        <h2 id={`${id}-title`} className="text-base font-semibold">
          {title}
        </h2>
        <button
          type="button"
          onClick={() => close.current()}
          aria-label="Close (Escape)"
          className="rounded px-2 text-lg leading-none text-slate-500 hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 dark:hover:bg-slate-800"
        >
          ×
        </button>
      </header>
      <div className="flex-1 overflow-y-auto px-4 py-3">{children}</div>
    </aside>
  );
}
