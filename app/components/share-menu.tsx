"use client";

import { useRef, useState } from "react";
import type { ExportKind } from "../lib/exporter";
import { lazyComponent } from "../lib/lazy-component";

// The link and the embed code are built the first time the menu opens (docs/decisions/0007-page-weight.md).
const SharePanel = lazyComponent(
  () => import("./share-panel").then((m) => m.SharePanel),
  <p className="text-xs text-slate-500">Loading…</p>,
);

const EXPORTS: { kind: ExportKind; label: string }[] = [
  { kind: "png", label: "Picture (PNG)" },
  { kind: "svg", label: "Vector picture with sources (SVG)" },
  { kind: "json", label: "Network data (JSON)" },
  { kind: "graphml", label: "Network for Gephi / Cytoscape (GraphML)" },
  { kind: "csv", label: "Statements with citations (CSV)" },
];

const menu =
  "absolute right-0 z-30 mt-1 w-80 rounded border border-slate-200 bg-white p-2 text-sm shadow-lg dark:border-slate-700 dark:bg-slate-900";
const trigger =
  "cursor-pointer list-none rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 dark:border-slate-700 dark:hover:bg-slate-800";

/** Share the exact view (link, embed) or take it out (pictures, data). */
export function ShareMenu({ onExport }: { onExport: (kind: ExportKind) => Promise<void> }) {
  const [busy, setBusy] = useState<ExportKind | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const exportMenu = useRef<HTMLDetailsElement>(null);
  // Read when the menu opens: the address bar holds the whole view.
  const url = open ? window.location.href : "";

  return (
    <div className="flex gap-2">
      <details
        className="relative"
        onToggle={(e) => {
          setOpen(e.currentTarget.open);
        }}
      >
        <summary className={trigger} data-testid="share">
          Share
        </summary>
        <div className={menu}>{open ? <SharePanel url={url} /> : null}</div>
      </details>
      <details className="relative" ref={exportMenu}>
        <summary className={trigger} data-testid="export">
          Export
        </summary>
        <ul className={menu}>
          {EXPORTS.map(({ kind, label }) => (
            <li key={kind}>
              <button
                type="button"
                data-testid={`export-${kind}`}
                disabled={busy !== null}
                className="w-full rounded px-2 py-1 text-left hover:bg-slate-100 disabled:opacity-50 dark:hover:bg-slate-800"
                onClick={() => {
                  // A menu closes once a choice is made; the download shows its own progress.
                  if (exportMenu.current) exportMenu.current.open = false;
                  setBusy(kind);
                  setError(null);
                  onExport(kind)
                    .catch(() => setError("The export failed; try again."))
                    .finally(() => setBusy(null));
                }}
              >
                {label}
                {busy === kind ? " …" : ""}
              </button>
            </li>
          ))}
          {error && (
            <li role="alert" className="px-2 text-red-700">
              {error}
            </li>
          )}
        </ul>
      </details>
    </div>
  );
}
