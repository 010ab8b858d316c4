"use client";

import { useState } from "react";
import { describeError } from "../lib/data/load";
import { fetchGraphQL } from "../lib/data/use-graphql";
import { PATHS, type ExplorerPathsQuery, type Filter, type SearchHit } from "../lib/queries";
import { SearchBox } from "./search-box";

type PathResult = ExplorerPathsQuery["paths"][number];

interface PathFinderProps {
  filter: Filter;
  /** What is drawn now: a chain through an actor not drawn says so. */
  graphIds: Set<string>;
  onHighlight: (ids: string[]) => void;
  /** Turns on "Include parties and states", for a chain that passes through one. */
  onIncludeOrganizations: () => void;
}

/**
 * Who connects two actors: pick both ends, see the shortest chains, click one to highlight every
 * actor and link along it. A chain through a party or a state that is not drawn says so, and
 * offers to draw parties and states.
 */
export function PathFinder({ filter, graphIds, onHighlight, onIncludeOrganizations }: PathFinderProps) {
  const [from, setFrom] = useState<SearchHit | null>(null);
  const [to, setTo] = useState<SearchHit | null>(null);
  const [paths, setPaths] = useState<PathResult[] | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [chosen, setChosen] = useState<PathResult | null>(null);

  const highlight = (path: PathResult) => {
    const ids = new Set(path.actors.map((a) => a.id));
    for (const step of path.steps) for (const s of step.statements) ids.add(`${s.speaker.id}->${s.target.id}`);
    setChosen(path);
    onHighlight([...ids]);
  };
  const hidden = chosen && graphIds.size > 0 ? chosen.actors.filter((a) => !graphIds.has(a.id)) : [];
  const organizations = filter.includeOrganizations ? [] : hidden.filter((a) => a.kind === "organization");

  const find = async () => {
    if (!from || !to) return;
    setStatus("Searching…");
    setPaths(null);
    setChosen(null);
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
      {hidden.length > 0 && (
        <div role="status" className="rounded bg-amber-50 p-2 text-xs text-amber-900 dark:bg-amber-950 dark:text-amber-100" data-testid="path-hidden">
          {organizations.length > 0 ? (
            <>
              <p>This chain passes through {names(organizations)}: parties and states are drawn only with “Include parties and states”.</p>
              <button type="button" className="mt-1 rounded bg-amber-700 px-2 py-0.5 text-white hover:bg-amber-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-amber-400" onClick={onIncludeOrganizations}>
                Include parties and states
              </button>
            </>
          ) : (
            <p>
              {names(hidden)} on this chain {hidden.length === 1 ? "is" : "are"} not drawn under the current filters.
            </p>
          )}
        </div>
      )}

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

const names = (actors: { name: string }[]) => actors.map((a) => a.name).join(", ");

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
