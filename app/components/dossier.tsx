"use client";

import { useGraphQL } from "../lib/data/use-graphql";
import { DOSSIER } from "../lib/queries";
import { LoadError } from "./load-error";
import { StatementList } from "./statement-list";

/** A person's or an organisation's dossier: who they are, what they said and what was said of them. */
export function PersonDossier({ id }: { id: string }) {
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
