"use client";

import { useId, useState } from "react";
import { RevertRevisionDocument } from "@/graph/shared/generated/graphql";
import { describeError } from "../../lib/data/load";
import { writeGraphQL } from "../../lib/data/use-graphql";
import { DANGER, FIELD, LABEL, LINK, Problem, SECONDARY } from "./styles";

/** An admin's way to undo one revision, with the reason the record keeps; the undoing is a revision of its own. */
export function RevertRevision({ id, what, onReverted }: { id: string; what: string; onReverted: () => void }) {
  const field = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [problem, setProblem] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  if (!open) {
    return (
      <button
        type="button"
        className={`text-xs ${LINK}`}
        onClick={() => setOpen(true)}
        aria-label={`Revert: ${what}`}
        data-testid="revert-open"
      >
        Revert…
      </button>
    );
  }

  const revert = async () => {
    if (!reason.trim()) return setProblem("Say why: the reason stays on the record.");
    setBusy(true);
    setProblem(undefined);
    try {
      await writeGraphQL(RevertRevisionDocument, { id, reason: reason.trim() });
      setOpen(false);
      onReverted();
    } catch (error) {
      setProblem(describeError(error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="mt-2 space-y-1 rounded bg-red-50 p-2 dark:bg-red-950/40">
      <label className={LABEL} htmlFor={field}>
        Why revert “{what}”
      </label>
      <input
        id={field}
        className={FIELD}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        autoFocus
        aria-describedby={problem ? `${field}-problem` : undefined}
        data-testid="revert-reason"
      />
      <Problem id={`${field}-problem`} text={problem} />
      <div className="flex gap-2">
        <button type="button" className={DANGER} disabled={busy} onClick={() => void revert()} data-testid="revert-confirm">
          Revert
        </button>
        <button type="button" className={SECONDARY} onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </div>
  );
}
