"use client";

import { useState } from "react";
import { describeError } from "../lib/data/load";
import { fetchGraphQL } from "../lib/data/use-graphql";
import { PATHS, type ExplorerPathsQuery, type Filter, type SearchHit } from "../lib/queries";
import { SearchBox } from "./search-box";

type PathResult = ExplorerPathsQuery["paths"][number];

/** Who connects two actors: pick both ends, see the shortest chains, click one to highlight it. */
export function PathFinder({ filter, graphIds, onHighlight }: { filter: Filter; graphIds: Set<string>; onHighlight: (ids: string[]) => void }) {
  const [from, setFrom] = useState<SearchHit | null>(null);
  const [to, setTo] = useState<SearchHit | null>(null);
  const [paths, setPaths] = useState<PathResult[] | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  const highlight = (path: PathResult) => {
    const ids = new Set(path.actors.map((a) => a.id));
    for (const step of path.steps) {
      for (const s of step.statements) {
        const edge = `${s.speaker.id}->${s.target.id}`;
        if (graphIds.has(edge)) ids.add(edge);
      }
    }
    onHighlight([...ids]);
  };

  const find = async () => {
    if (!from || !to) return;
    setStatus("Searching…");
    setPaths(null);
    try {
      const data = await fetchGraphQL(PATHS, { from: from.id, to: to.id, since: filter.from ?? null, until: filter.to ?? null });
      setPaths(data.paths);
      setStatus(data.paths.length === 0 ? `No chain of four links or fewer connects ${from.name} and ${to.name}.` : null);
      if (data.paths[0]) highlight(data.paths[0]);
    } catch (error) {
      setStatus(describeError(error).message);
    }
  };

  return (
    <section aria-label="Find paths" className="space-y-2 text-sm">
      <h2 className="font-medium">Who connects…</h2>
      <Endpoint hit={from} onClear={() => setFrom(null)} label="From person" onSelect={setFrom} testId="path-from" />
      <Endpoint hit={to} onClear={() => setTo(null)} label="To person" onSelect={setTo} testId="path-to" />
      <button
        type="button"
        disabled={!from || !to}
        onClick={() => void find()}
        data-testid="find-paths"
        className="rounded bg-blue-700 px-3 py-1 text-white disabled:opacity-40 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-400"
      >
        Find paths
      </button>
      {status && <p role="status" className="text-slate-600 dark:text-slate-400">{status}</p>}
      {paths && paths.length > 0 && (
        <ol className="space-y-1" data-testid="paths">
          {paths.map((p) => (
            <li key={p.actors.map((a) => a.id).join(">")}>
              <button type="button" className="text-left text-blue-700 underline dark:text-blue-400" onClick={() => highlight(p)}>
                {p.actors.map((a) => a.name).join(" → ")}
              </button>
              <span className="text-xs text-slate-500"> ({p.steps.reduce((n, s) => n + s.statements.length, 0)} statements)</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function Endpoint({ hit, onClear, label, onSelect, testId }: { hit: SearchHit | null; onClear: () => void; label: string; onSelect: (hit: SearchHit) => void; testId: string }) {
  if (hit) {
    return (
      <p className="flex items-center justify-between rounded border border-slate-300 px-2 py-1 dark:border-slate-700" data-testid={`${testId}-chosen`}>
        {hit.name}
        <button type="button" aria-label={`Clear ${label}`} onClick={onClear} className="px-1">
          ×
        </button>
      </p>
    );
  }
  return <SearchBox label={label} kinds={["person", "organization"]} onSelect={onSelect} testId={testId} />;
}
