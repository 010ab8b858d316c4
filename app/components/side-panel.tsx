"use client";

import type { Selection } from "../lib/explorer-state";
import { useGraphQL } from "../lib/data/use-graphql";
import { EDGE_STATEMENTS, type Filter } from "../lib/queries";
import { PersonDossier, type DossierView } from "./dossier";
import { LoadError } from "./load-error";
import { StatementList } from "./statement-list";

/** The right-hand panel: the evidence behind an edge, or a person's dossier. */
export function SidePanel({ selection, filter, names, onClose, dossierView }: { selection: Selection; filter: Filter; names: Map<string, string>; onClose: () => void; dossierView: DossierView }) {
  return (
    <aside aria-label={selection.kind === "edge" ? "Evidence" : "Dossier"} data-testid="side-panel" className="flex h-full flex-col">
      <div className="flex items-center justify-between border-b border-slate-200 px-3 py-2 dark:border-slate-800">
        <h2 className="text-sm font-semibold" data-testid="panel-title">
          {selection.kind === "edge" ? `${names.get(selection.source) ?? selection.source} → ${names.get(selection.target) ?? selection.target}` : (names.get(selection.id) ?? selection.id)}
        </h2>
        <button type="button" onClick={onClose} className="rounded px-2 text-lg leading-none hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 dark:hover:bg-slate-800" aria-label="Close panel">
          ×
        </button>
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto p-3">
        {selection.kind === "edge" ? <EdgeEvidence source={selection.source} target={selection.target} filter={filter} /> : <PersonDossier id={selection.id} view={dossierView} />}
      </div>
    </aside>
  );
}

function EdgeEvidence({ source, target, filter }: { source: string; target: string; filter: Filter }) {
  const variables = { filter: { ...filter, speakers: [source], targets: [target], includeOrganizations: true } };
  const result = useGraphQL(EDGE_STATEMENTS, variables);
  if (result.state === "loading") return <p role="status" className="text-sm text-slate-500">Loading statements…</p>;
  if (result.state === "error") return <LoadError message={result.message} retry={result.retry} />;
  const { nodes, totalCount } = result.value.statements;
  return (
    <>
      <p className="mb-2 text-xs text-slate-500">
        {totalCount} statement{totalCount === 1 ? "" : "s"} under the current filters, in date order.
      </p>
      <StatementList statements={nodes} show="both" />
    </>
  );
}
