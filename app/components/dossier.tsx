"use client";

import { useState } from "react";
import { useGraphQL } from "../lib/data/use-graphql";
import { lazyComponent } from "../lib/lazy-component";
import { DOSSIER, DOSSIER_STATEMENTS, type Dossier, type Filter, type NetworkView, type StatementView } from "../lib/queries";
import { filterPhrase } from "../lib/use-explorer-view";
import { LoadError } from "./load-error";
import { StatementList } from "./statement-list";

// The figures carry a graph library: they load after the dossier's own text.
const DossierFigures = lazyComponent(
  () => import("./dossier-figures").then((m) => m.DossierFigures),
  <p role="status" className="text-xs text-slate-500">
    Loading the figures…
  </p>,
);

/** What the dossier is read against: the view's filters, in words and as the API takes them, and the network drawn. */
export interface DossierView {
  filter: Filter;
  activeFilters: readonly string[];
  network: NetworkView | null;
}

/**
 * A person's or an organisation's dossier: who they are, what they said and what was said of
 * them. By default it lists the statements of the current view (the filters, and only the actors
 * drawn), so that it agrees with the graph and the evidence panel, and says so; "Show all"
 * lists every statement whatever the filters.
 */
export function PersonDossier({ id, view }: { id: string; view: DossierView }) {
  const result = useGraphQL(DOSSIER, { id });
  const [scope, setScope] = useState<"view" | "all">("view");
  if (result.state === "loading") return <p role="status" className="text-sm text-slate-500">Loading dossier…</p>;
  if (result.state === "error") return <LoadError message={result.message} retry={result.retry} />;
  const a = result.value.actor;
  return (
    <div className="space-y-4 text-sm" data-testid="dossier">
      <Identity actor={a} />
      {scope === "view" ? (
        <ViewStatements actor={a} view={view} onShowAll={() => setScope("all")} />
      ) : (
        <Statements
          actor={a}
          made={a.statementsMade}
          received={a.statementsReceived}
          view={null}
          scope={
            <>
              All statements, whatever the filters.{" "}
              <ScopeButton onClick={() => setScope("view")}>Show only the current view</ScopeButton>
            </>
          }
        />
      )}
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

function ViewStatements({ actor, view, onShowAll }: { actor: Dossier; view: DossierView; onShowAll: () => void }) {
  const drawn = view.network?.nodes.some((n) => n.id === actor.id) ?? false;
  // An actor searched for but not drawn (an organisation while parties are left out) is read
  // with organisations, so that the filters still apply to what it said.
  const filter = { ...view.filter, includeOrganizations: view.filter.includeOrganizations || !drawn };
  const result = useGraphQL(DOSSIER_STATEMENTS, { made: { ...filter, speakers: [actor.id] }, received: { ...filter, targets: [actor.id] } });
  if (result.state === "loading") return <p role="status" className="text-slate-500">Loading the statements in this view…</p>;
  if (result.state === "error") return <LoadError message={result.message} retry={result.retry} />;
  // Only the actors drawn count, so that a country filter or a large corpus's cast applies here as on the graph.
  const ids = drawn && view.network ? new Set(view.network.nodes.map((n) => n.id)) : null;
  const made = result.value.made.nodes.filter((s) => !ids || ids.has(s.target.id));
  const received = result.value.received.nodes.filter((s) => !ids || ids.has(s.speaker.id));
  const more = result.value.made.totalCount > 100 || result.value.received.totalCount > 100;
  const phrase = view.activeFilters.length > 0 ? filterPhrase(view.activeFilters) : "no filters";
  return (
    <Statements
      actor={actor}
      made={made}
      received={received}
      view={drawn ? view.network : null}
      scope={
        <>
          The statements in the current view: {phrase}
          {more ? " (the first 100 each way; the table lists them all)" : ""}.{" "}
          <ScopeButton onClick={onShowAll}>
            Show all statements ({actor.statementsMade.length} made, {actor.statementsReceived.length} received)
          </ScopeButton>
        </>
      }
    />
  );
}

function Statements(props: { actor: Dossier; made: StatementView[]; received: StatementView[]; view: NetworkView | null; scope: React.ReactNode }) {
  const { actor, made, received } = props;
  return (
    <>
      <p className="rounded bg-slate-100 px-2 py-1 text-xs text-slate-700 dark:bg-slate-900 dark:text-slate-300" data-testid="dossier-scope" role="status">
        {props.scope}
      </p>
      <DossierFigures actorId={actor.id} name={actor.name} made={made} received={received} network={props.view} />
      <section data-testid="dossier-made">
        <h3 className="mb-1 font-medium">
          What {actor.name} said about others ({made.length})
        </h3>
        <StatementList statements={made} show="target" />
      </section>
      <section data-testid="dossier-received">
        <h3 className="mb-1 font-medium">
          What others said about {actor.name} ({received.length})
        </h3>
        <StatementList statements={received} show="speaker" />
      </section>
    </>
  );
}

function Identity({ actor: a }: { actor: Dossier }) {
  // The person's and the organisation's own fields, whichever the actor is.
  const person = "born" in a ? a : null;
  const organizationKind = "organizationKind" in a ? a.organizationKind : null;
  const years = person?.born ? ` (${person.born}–${person.died ?? ""})` : "";
  return (
    <>
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
    </>
  );
}

function ScopeButton({ onClick, children }: { onClick: () => void; children: React.ReactNode }) {
  return (
    <button type="button" onClick={onClick} className="text-blue-700 underline focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 dark:text-blue-400">
      {children}
    </button>
  );
}
