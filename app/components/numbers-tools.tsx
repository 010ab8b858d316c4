"use client";

import { useState } from "react";
import { lazyComponent } from "../lib/lazy-component";
import type { Filter, NetworkView } from "../lib/queries";

const loading = (
  <p role="status" className="p-3 text-sm text-slate-500">
    Loading…
  </p>
);
// Neither the table nor the analysis is part of the first paint (docs/decisions/0007-page-weight.md).
const StatementTable = lazyComponent(() => import("./statement-table").then((m) => m.StatementTable), loading);
const SignedAnalysis = lazyComponent(() => import("./signed-analysis").then((m) => m.SignedAnalysis), loading);

type Tool = "table" | "analysis";
const TITLES: Record<Tool, string> = { table: "Statements in this view", analysis: "Camps, balance, agreement and conflict" };

/**
 * The toolbar's Table and Analysis buttons, and the drawer each opens over the lower part of the
 * graph: the numbers behind the picture, for the view as drawn.
 */
export function NumbersTools(props: {
  filter: Filter;
  network: NetworkView | null;
  filterText: string;
  onHighlight: (ids: string[]) => void;
  onCamps: (camps: readonly [string[], string[]] | null) => void;
}) {
  const [open, setOpen] = useState<Tool | null>(null);
  const toggle = (tool: Tool) => setOpen((o) => (o === tool ? null : tool));
  return (
    <>
      {(["table", "analysis"] as const).map((tool) => (
        <button
          key={tool}
          type="button"
          aria-pressed={open === tool}
          aria-controls="numbers-drawer"
          onClick={() => toggle(tool)}
          data-testid={`open-${tool}`}
          className="rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 aria-pressed:bg-slate-200 dark:border-slate-700 dark:hover:bg-slate-800 dark:aria-pressed:bg-slate-700"
        >
          {tool === "table" ? "Table" : "Analysis"}
        </button>
      ))}
      {open && (
        <section
          id="numbers-drawer"
          role="region"
          aria-label={TITLES[open]}
          data-testid="numbers-drawer"
          className="fixed inset-x-0 bottom-0 z-30 flex h-[55vh] flex-col border-t border-slate-300 bg-white shadow-2xl dark:border-slate-700 dark:bg-slate-950"
        >
          <div className="flex items-center justify-between border-b border-slate-200 px-3 py-1 dark:border-slate-800">
            <h2 className="text-sm font-semibold">{TITLES[open]}</h2>
            <button type="button" onClick={() => setOpen(null)} aria-label={`Close ${TITLES[open].toLowerCase()}`} className="rounded px-2 text-lg leading-none hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 dark:hover:bg-slate-800">
              ×
            </button>
          </div>
          {!props.network ? (
            loading
          ) : open === "table" ? (
            <StatementTable filter={props.filter} network={props.network} filterText={props.filterText} />
          ) : (
            <SignedAnalysis
              network={props.network}
              filterText={props.filterText}
              onHighlight={props.onHighlight}
              onCamps={props.onCamps}
            />
          )}
        </section>
      )}
    </>
  );
}
