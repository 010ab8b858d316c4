"use client";

import { useId, useState } from "react";
import {
  RetractAnnotationDocument,
  UpdateAnnotationDocument,
  type AnnotatedStatementFragment,
} from "@/graph/shared/generated/graphql";
import { checkDraft, fieldOfError, toChanges, type Draft, type Problems } from "../../lib/annotation/draft";
import { describeError } from "../../lib/data/load";
import { writeGraphQL } from "../../lib/data/use-graphql";
import { StatementForm } from "./statement-form";
import { DANGER, FIELD, LABEL, PRIMARY, PROBLEM, Problem, SECONDARY } from "./styles";

interface EditStatementProps {
  statement: AnnotatedStatementFragment;
  initial: Draft;
  documentDate: string;
  sourceKind: string;
  onSaved: () => void;
  onRetracted: () => void;
  /** Reads the statement afresh; the form then starts again from it. */
  reload: () => void;
}

/**
 * Edits a statement against the version the curator opened: a save that another came before is
 * refused (CONFLICT) and said so, with a way to load the latest. Retracting needs a reason.
 */
export function EditStatement({
  statement,
  initial,
  documentDate,
  sourceKind,
  onSaved,
  onRetracted,
  reload,
}: EditStatementProps) {
  const id = useId();
  const [draft, setDraft] = useState(initial);
  const [reason, setReason] = useState("");
  const [retractReason, setRetractReason] = useState("");
  const [problems, setProblems] = useState<Problems & { retract?: string }>({});
  const [conflict, setConflict] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const changes = toChanges(initial, draft, documentDate);
  const changed = Object.keys(changes).length > 0;

  const refuse = (error: unknown, fallback: keyof Problems | "retract") => {
    const { message, code } = describeError(error);
    if (code === "CONFLICT") return setConflict(message);
    const field = fieldOfError(message);
    setProblems({ [field === "form" ? fallback : field]: message });
  };

  const save = async () => {
    const found = checkDraft(draft, documentDate, sourceKind);
    setProblems(found);
    if (Object.keys(found).length > 0 || !changed) return;
    setBusy(true);
    try {
      await writeGraphQL(UpdateAnnotationDocument, {
        id: statement.id,
        changes,
        version: statement.version,
        reason: reason.trim() || null,
      });
      onSaved();
    } catch (error) {
      refuse(error, "form");
    } finally {
      setBusy(false);
    }
  };

  const retract = async () => {
    if (!retractReason.trim()) return setProblems({ retract: "Say why it is retracted: the reason stays on the record." });
    setBusy(true);
    try {
      await writeGraphQL(RetractAnnotationDocument, {
        id: statement.id,
        reason: retractReason.trim(),
        version: statement.version,
      });
      onRetracted();
    } catch (error) {
      refuse(error, "retract");
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="space-y-4">
      <p className="text-xs text-slate-500" data-testid="statement-record">
        {statement.id} · version {statement.version}
        {statement.proposedBy && <> · proposed by {statement.proposedBy}</>}
        {statement.statusBy && (
          <>
            {" "}
            · {statement.status} by {statement.statusBy}
          </>
        )}
      </p>
      {conflict && (
        <div
          role="alert"
          className="rounded border border-amber-400 bg-amber-50 p-2 text-sm dark:bg-amber-950"
          data-testid="conflict"
        >
          <p className="font-medium">Someone else saved this statement after you opened it; your changes were not saved.</p>
          <p className="text-xs">{conflict}</p>
          <button type="button" className={`mt-2 ${SECONDARY}`} onClick={reload} data-testid="load-latest">
            Load the latest version (your edits here are discarded)
          </button>
        </div>
      )}
      <form
        className="space-y-3"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <StatementForm
          draft={draft}
          onChange={setDraft}
          problems={problems}
          documentDate={documentDate}
          editing
          focusQuote={false}
        />
        <div>
          <label className={LABEL} htmlFor={`${id}-reason`}>
            Why this change (kept in the history)
          </label>
          <input
            id={`${id}-reason`}
            className={FIELD}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            data-testid="edit-reason"
          />
          <Problem id={`${id}-reason-problem`} text={problems.reason} />
        </div>
        {problems.form && (
          <p role="alert" className={PROBLEM}>
            {problems.form}
          </p>
        )}
        <div className="flex items-center gap-2">
          <button type="submit" className={PRIMARY} disabled={busy || !changed || conflict !== null} data-testid="save-changes">
            Save changes
          </button>
          <span className="text-xs text-slate-500" role="status">
            {changed ? "" : "Nothing changed yet."}
          </span>
        </div>
      </form>
      <details className="rounded border border-red-200 p-2 dark:border-red-900">
        <summary className="cursor-pointer text-sm font-medium text-red-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-red-400 dark:text-red-300">
          Retract this statement…
        </summary>
        <div className="mt-2 space-y-2">
          <label className={LABEL} htmlFor={`${id}-retract`}>
            Why it is retracted
          </label>
          <textarea
            id={`${id}-retract`}
            className={FIELD}
            rows={2}
            value={retractReason}
            onChange={(e) => setRetractReason(e.target.value)}
            aria-describedby={problems.retract ? `${id}-retract-problem` : undefined}
            data-testid="retract-reason"
          />
          <Problem id={`${id}-retract-problem`} text={problems.retract} />
          <button
            type="button"
            className={DANGER}
            disabled={busy || conflict !== null}
            onClick={() => void retract()}
            data-testid="retract"
          >
            Retract
          </button>
        </div>
      </details>
    </div>
  );
}
