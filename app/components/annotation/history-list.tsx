"use client";

import { StatementHistoryDocument } from "@/graph/shared/generated/graphql";
import { actionLabel, changedFields, fieldLabel } from "../../lib/annotation/revisions";
import { useGraphQL } from "../../lib/data/use-graphql";
import { LoadError } from "../load-error";
import { RevertRevision } from "./revert-revision";

const when = (iso: string) => {
  const at = new Date(iso);
  return Number.isNaN(at.getTime())
    ? iso
    : at.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) + " UTC";
};

/** The revision a revert undid, as the list names it. */
function undone(revisions: readonly { id: string; action: string; by: string; version: number }[], id: string): string {
  const r = revisions.find((x) => x.id === id);
  return r ? `${actionLabel(r.action).toLowerCase()} by ${r.by}, version ${r.version}` : id;
}

/** Every revision of a statement, oldest first: who, when, what it did, each field before → after, and why. */
export function HistoryList({ id, canRevert, onReverted }: { id: string; canRevert: boolean; onReverted: () => void }) {
  const history = useGraphQL(StatementHistoryDocument, { id });
  if (history.state === "error") return <LoadError message={history.message} retry={history.retry} />;
  if (history.state === "loading") return <p className="text-sm text-slate-500">Loading the history…</p>;
  const revisions = history.value.history;
  if (revisions.length === 0) return <p className="text-sm text-slate-500">No revisions recorded.</p>;
  return (
    <ol className="space-y-3" data-testid="history">
      {revisions.map((r) => {
        const changes = r.action === "create" ? [] : changedFields(r.before, r.after);
        return (
          <li
            key={r.id}
            className="rounded border border-slate-200 p-2 text-sm dark:border-slate-800"
            data-testid="revision"
            data-action={r.action}
          >
            <p>
              <span className="font-medium">{actionLabel(r.action)}</span> by <span className="font-medium">{r.by}</span>
              <span className="text-slate-500">
                {" "}
                · {when(r.at)} · version {r.version}
              </span>
            </p>
            {r.reverts && <p className="text-xs text-slate-500">Undoes: {undone(revisions, r.reverts)}.</p>}
            {changes.length > 0 && (
              <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-2 text-xs">
                {changes.map((c) => (
                  <div key={c.field} className="contents">
                    <dt className="font-medium text-slate-600 dark:text-slate-400">{fieldLabel(c.field)}</dt>
                    <dd>
                      <del className="text-red-800 dark:text-red-300">{c.before}</del> →{" "}
                      <ins className="text-green-800 no-underline dark:text-green-300">{c.after}</ins>
                    </dd>
                  </div>
                ))}
              </dl>
            )}
            {r.reason && <p className="mt-1 text-xs italic">“{r.reason}”</p>}
            {canRevert && r.action !== "create" && (
              <RevertRevision
                id={r.id}
                what={`${actionLabel(r.action)} by ${r.by}, version ${r.version}`}
                onReverted={onReverted}
              />
            )}
          </li>
        );
      })}
    </ol>
  );
}
