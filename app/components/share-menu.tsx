"use client";

import { useRef, useState } from "react";
import type { ExportKind } from "../lib/exporter";

const EXPORTS: { kind: ExportKind; label: string }[] = [
  { kind: "png", label: "Picture (PNG)" },
  { kind: "svg", label: "Vector picture with sources (SVG)" },
  { kind: "json", label: "Network data (JSON)" },
  { kind: "graphml", label: "Network for Gephi / Cytoscape (GraphML)" },
  { kind: "csv", label: "Statements with citations (CSV)" },
];

const menu = "absolute right-0 z-30 mt-1 w-80 rounded border border-slate-200 bg-white p-2 text-sm shadow-lg dark:border-slate-700 dark:bg-slate-900";
const trigger = "cursor-pointer list-none rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 dark:border-slate-700 dark:hover:bg-slate-800";

/** Share the exact view (link, embed) or take it out (pictures, data). */
export function ShareMenu({ onExport }: { onExport: (kind: ExportKind) => Promise<void> }) {
  const [busy, setBusy] = useState<ExportKind | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [copied, setCopied] = useState(false);
  const exportMenu = useRef<HTMLDetailsElement>(null);
  // Read when the menu opens: the address bar holds the whole view.
  const url = open ? window.location.href : "";
  const embed = url.replace(/\/(\?|$)/, "/embed$1");

  return (
    <div className="flex gap-2">
      <details
        className="relative"
        onToggle={(e) => {
          setOpen(e.currentTarget.open);
          setCopied(false);
        }}
      >
        <summary className={trigger} data-testid="share">
          Share
        </summary>
        <div className={menu}>
          <label className="block text-xs font-medium" htmlFor="share-url">
            Link to this exact view
          </label>
          <div className="mt-1 flex gap-1">
            <input id="share-url" data-testid="share-url" readOnly value={url} className="min-w-0 flex-1 rounded border border-slate-300 px-1 text-xs dark:border-slate-700 dark:bg-slate-950" onFocus={(e) => e.target.select()} />
            <button
              type="button"
              className="rounded bg-blue-700 px-2 text-xs text-white"
              onClick={() => {
                void navigator.clipboard?.writeText(url).then(() => setCopied(true), () => setCopied(false));
              }}
            >
              {copied ? "Copied" : "Copy"}
            </button>
          </div>
          <label className="mt-2 block text-xs font-medium" htmlFor="embed-code">
            Embed in a page
          </label>
          <textarea id="embed-code" readOnly rows={3} className="mt-1 w-full rounded border border-slate-300 p-1 font-mono text-[11px] dark:border-slate-700 dark:bg-slate-950" value={`<iframe src="${embed}" width="800" height="500" style="border:0" title="Stance Graph view"></iframe>`} />
        </div>
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
          {error && <li role="alert" className="px-2 text-red-700">{error}</li>}
        </ul>
      </details>
    </div>
  );
}
