/** Shown over the canvas while a layout runs in its worker; the rest of the page stays usable. */
export function LayoutStatus({ nodes, fraction }: { nodes: number; fraction: number }) {
  const percent = Math.round(fraction * 100);
  return (
    <div className="pointer-events-none absolute inset-0 flex items-center justify-center" data-testid="layout-status">
      <div role="status" className="rounded-md border border-slate-200 bg-white/90 px-4 py-3 text-sm text-slate-700 shadow-sm dark:border-slate-700 dark:bg-slate-900/90 dark:text-slate-200">
        <p>Laying out {nodes.toLocaleString("en")} {nodes === 1 ? "node" : "nodes"}…</p>
        <div className="mt-2 h-1.5 w-48 overflow-hidden rounded bg-slate-200 dark:bg-slate-700" role="progressbar" aria-label="Layout progress" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
          <div className="h-full bg-sky-600 transition-[width]" style={{ width: `${percent}%` }} />
        </div>
      </div>
    </div>
  );
}
