"use client";

import { ActorNameDocument } from "@/graph/shared/generated/graphql";
import type { Selection } from "../lib/explorer-state";
import { useGraphQL } from "../lib/data/use-graphql";
import { DOSSIER, EDGE_STATEMENTS, type Filter } from "../lib/queries";
import { LoadError } from "./load-error";
import { StatementList } from "./statement-list";

/** The right-hand panel: the evidence behind an edge, or a person's dossier. */
export function SidePanel({ selection, filter, filterText, names, onClose }: { selection: Selection; filter: Filter; filterText: string; names: Map<string, string>; onClose: () => void }) {
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
        {selection.kind === "edge" ? <EdgeEvidence source={selection.source} target={selection.target} filter={filter} filterText={filterText} /> : <PersonDossier id={selection.id} />}
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

function PersonDossier({ id }: { id: string }) {
  const result = useGraphQL(DOSSIER, { id });
  if (result.state === "loading") return <p role="status" className="text-sm text-slate-500">Loading dossier…</p>;
  if (result.state === "error") return <LoadError message={result.message} retry={result.retry} />;
  const a = result.value.actor;
  // The person's and the organisation's own fields, whichever the actor is.
  const person = "born" in a ? a : null;
  const organizationKind = "organizationKind" in a ? a.organizationKind : null;
  const years = person?.born ? ` (${person.born}–${person.died ?? ""})` : "";
  return (
    <div className="space-y-4 text-sm" data-testid="dossier">
      <section>
        <p className="text-slate-600 dark:text-slate-400">
          {a.country ?? organizationKind ?? ""}
          {years}
        </p>
        {a.bio && <p className="mt-1">{a.bio}</p>}
        {a.aliases.length > 0 && <p className="mt-1 text-xs text-slate-500">Also: {a.aliases.join(" · ")}</p>}
      </section>
      {person && person.roles.length > 0 && (
        <section>
          <h3 className="mb-1 font-medium">Roles</h3>
          <ul className="list-disc pl-5">
            {person.roles.map((r) => (
              <li key={`${r.organization.id}-${r.title}`}>
                {r.title}, {r.organization.name}
                {r.from ? ` (${r.from}–${r.to ?? ""})` : ""}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section>
        <h3 className="mb-1 font-medium">What {a.name} said about others ({a.statementsMade.length})</h3>
        <StatementList statements={a.statementsMade} show="target" />
      </section>
      <section>
        <h3 className="mb-1 font-medium">What others said about {a.name} ({a.statementsReceived.length})</h3>
        <StatementList statements={a.statementsReceived} show="speaker" />
      </section>
      <section>
        <h3 className="mb-1 font-medium">Documents that name {a.name}</h3>
        <ul className="list-disc pl-5">
          {a.documents.map((d) => (
            <li key={d.id}>
              <a className="text-blue-700 underline dark:text-blue-400" href={`/documents/${d.id}`}>
                {d.date} — {d.title}
              </a>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
