"use client";

import { ActorNameDocument } from "@/graph/shared/generated/graphql";
import type { Selection } from "../lib/explorer-state";
import { useGraphQL } from "../lib/data/use-graphql";
import { EDGE_STATEMENTS, type Filter } from "../lib/queries";
import { PersonDossier, type DossierView } from "./dossier";
import { LoadError } from "./load-error";
import { StatementList } from "./statement-list";

/** The right-hand panel: the evidence behind an edge, or a person's dossier. */
export function SidePanel({ selection, filter, filterText, names, onClose, dossierView }: { selection: Selection; filter: Filter; filterText: string; names: Map<string, string>; onClose: () => void; dossierView: DossierView }) {
  return (
    <aside aria-label={selection.kind === "edge" ? "Evidence" : "Dossier"} data-testid="side-panel" className="flex h-full flex-col">
      <div className="flex items-center justify-between border-b border-slate-200 px-3 py-2 dark:border-slate-800">
        <h2 className="text-sm font-semibold" data-testid="panel-title">
          {selection.kind === "edge" ? (
            <>
              <ActorName id={selection.source} names={names} /> → <ActorName id={selection.target} names={names} />
            </>
          ) : (
            <ActorName id={selection.id} names={names} />
          )}
        </h2>
        <button type="button" onClick={onClose} className="rounded px-2 text-lg leading-none hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 dark:hover:bg-slate-800" aria-label="Close panel">
          ×
        </button>
      </div>
      <div className="min-h-0 flex-1 overflow-y-auto p-3">
        {selection.kind === "edge" ? <EdgeEvidence source={selection.source} target={selection.target} filter={filter} filterText={filterText} /> : <PersonDossier id={selection.id} view={dossierView} />}
      </div>
    </aside>
  );
}

/** An actor's display name: from the drawn network, or else asked for; never the bare id. */
function ActorName({ id, names }: { id: string; names: Map<string, string> }) {
  const known = names.get(id);
  const asked = useGraphQL(ActorNameDocument, { id }, { enabled: known === undefined });
  if (known !== undefined) return known;
  return asked.state === "ready" ? asked.value.actor.name : <span className="text-slate-400">…</span>;
}

function EdgeEvidence({ source, target, filter, filterText }: { source: string; target: string; filter: Filter; filterText: string }) {
  const variables = { filter: { ...filter, speakers: [source], targets: [target], includeOrganizations: true } };
  const result = useGraphQL(EDGE_STATEMENTS, variables);
  if (result.state === "loading") return <p role="status" className="text-sm text-slate-500">Loading statements…</p>;
  if (result.state === "error") return <LoadError message={result.message} retry={result.retry} />;
  const { nodes, totalCount } = result.value.statements;
  return (
    <>
      <p className="mb-2 text-xs text-slate-500" data-testid="evidence-count">
        {totalCount} statement{totalCount === 1 ? "" : "s"}, {filterText || "no filter set: every accepted statement"}, in date order.
      </p>
      <StatementList statements={nodes} show="both" />
    </>
  );
}
