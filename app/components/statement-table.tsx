"use client";

import Link from "next/link";
import { useEffect, useMemo, useState } from "react";
import { COLUMNS, fileNameFor, filterRows, sortRows, toRow, toTableCsv, type ColumnKey, type TableRow } from "../lib/analysis/statement-rows";
import { download, fetchViewStatements } from "../lib/analysis/view-statements";
import { readerHref, type Filter, type NetworkView } from "../lib/queries";

const PAGE = 50;

type Load = { state: "loading"; count: number } | { state: "error"; message: string } | { state: "ready"; rows: TableRow[] };

/**
 * The statements of the current view as a table: every column of the evidence, sortable by any,
 * filtered by text, a page of 50 at a time (5,000 rows stay quick), and saved as CSV.
 */
export function StatementTable({ filter, network, filterText }: { filter: Filter; network: NetworkView; filterText: string }) {
  const [load, setLoad] = useState<Load>({ state: "loading", count: 0 });
  const [attempt, setAttempt] = useState(0);
  const [sort, setSort] = useState<{ key: ColumnKey; direction: "asc" | "desc" }>({ key: "date", direction: "asc" });
  const [text, setText] = useState("");
  const [page, setPage] = useState(0);

  useEffect(() => {
    let live = true;
    setLoad({ state: "loading", count: 0 });
    fetchViewStatements(filter, network, (count) => live && setLoad({ state: "loading", count }))
      .then((statements) => live && setLoad({ state: "ready", rows: statements.map(toRow) }))
      .catch((error: unknown) => live && setLoad({ state: "error", message: error instanceof Error ? error.message : String(error) }));
    return () => {
      live = false;
    };
  }, [filter, network, attempt]);

  const rows = useMemo(() => (load.state === "ready" ? sortRows(filterRows(load.rows, text), sort.key, sort.direction) : []), [load, text, sort]);
  const pages = Math.max(1, Math.ceil(rows.length / PAGE));
  const current = Math.min(page, pages - 1);
  const shown = rows.slice(current * PAGE, (current + 1) * PAGE);

  if (load.state === "loading") return <p role="status" className="p-3 text-sm text-slate-500">Loading the statements in this view… {load.count > 0 ? `${load.count} so far` : ""}</p>;
  if (load.state === "error")
    return (
      <p role="alert" className="p-3 text-sm text-red-700 dark:text-red-400">
        {load.message}{" "}
        <button type="button" className="underline" onClick={() => setAttempt((n) => n + 1)}>
          Try again
        </button>
      </p>
    );

  const sortBy = (key: ColumnKey) => {
    setSort((s) => ({ key, direction: s.key === key && s.direction === "asc" ? "desc" : "asc" }));
    setPage(0);
  };
  return (
    <div className="flex min-h-0 flex-1 flex-col" data-testid="statement-table">
      <div className="flex flex-wrap items-center gap-2 px-3 py-2 text-sm">
        <label className="flex items-center gap-1">
          <span>Filter rows</span>
          <input
            type="search"
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setPage(0);
            }}
            data-testid="table-filter"
            className="w-56 rounded border border-slate-300 bg-transparent px-2 py-0.5 dark:border-slate-700"
            placeholder="any word: a name, a stance, a quote"
          />
        </label>
        <span className="text-xs text-slate-600 dark:text-slate-400" data-testid="table-count" role="status">
          {rows.length === load.rows.length ? `${rows.length} statements` : `${rows.length} of ${load.rows.length} statements`} · {filterText}
        </span>
        <button
          type="button"
          className="ml-auto rounded border border-slate-300 px-2 py-0.5 hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 dark:border-slate-700 dark:hover:bg-slate-800"
          onClick={() => download(fileNameFor("statements", filterText === "no filters" ? "" : filterText, "csv"), toTableCsv(rows), "text/csv;charset=utf-8")}
        >
          Download CSV
        </button>
      </div>
      <div className="min-h-0 flex-1 overflow-auto">
        <table className="w-max min-w-full border-collapse text-xs">
          <thead className="sticky top-0 bg-slate-100 dark:bg-slate-900">
            <tr>
              {COLUMNS.map((c) => (
                <th key={c.key} scope="col" aria-sort={sort.key === c.key ? (sort.direction === "asc" ? "ascending" : "descending") : "none"} className="px-2 py-1 text-left font-medium">
                  <button type="button" onClick={() => sortBy(c.key)} className="whitespace-nowrap focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600" data-testid={`sort-${c.key}`}>
                    {c.label}
                    {sort.key === c.key ? (sort.direction === "asc" ? " ▲" : " ▼") : ""}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.id} className="border-t border-slate-200 align-top dark:border-slate-800" data-testid="table-row">
                {COLUMNS.map((c) => (
                  <td key={c.key} data-column={c.key} className={c.key === "quote" ? "max-w-md px-2 py-1 italic" : c.key === "citation" || c.key === "document" ? "max-w-xs px-2 py-1" : "whitespace-nowrap px-2 py-1"}>
                    {c.key === "passage" ? (
                      <Link href={readerHref(r.documentId, r.passage, r.id)} className="text-blue-700 underline dark:text-blue-400">
                        ¶{r.passage}
                      </Link>
                    ) : (
                      String(r[c.key])
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav aria-label="Table pages" className="flex items-center gap-2 border-t border-slate-200 px-3 py-1 text-xs dark:border-slate-800">
        <button type="button" disabled={current === 0} onClick={() => setPage(current - 1)} className="rounded px-2 underline disabled:no-underline disabled:opacity-40">
          Previous
        </button>
        <span data-testid="table-page">
          Rows {rows.length === 0 ? 0 : current * PAGE + 1}–{Math.min(rows.length, (current + 1) * PAGE)} of {rows.length}
        </span>
        <button type="button" disabled={current >= pages - 1} onClick={() => setPage(current + 1)} className="rounded px-2 underline disabled:no-underline disabled:opacity-40">
          Next
        </button>
      </nav>
    </div>
  );
}
