"use client";

import { useEffect, useState } from "react";
import { CreateAnnotationDocument, type AnnotatedStatementFragment } from "@/graph/shared/generated/graphql";
import { checkDraft, fieldOfError, nextStatementId, toInput, type Draft, type Problems } from "../../lib/annotation/draft";
import { ApiError } from "../../lib/data/request";
import type { Span } from "../../lib/segments";
import { describeError } from "../../lib/data/load";
import { writeGraphQL } from "../../lib/data/use-graphql";
import { Panel } from "./panel";
import { StatementForm } from "./statement-form";
import { PRIMARY, PROBLEM, SECONDARY } from "./styles";

/** Ids are numbered after the highest the curator can see; someone else's may take a number meanwhile. */
const ID_ATTEMPTS = 20;

interface NewStatementPanelProps {
  documentId: string;
  documentDate: string;
  sourceKind: string;
  initial: Draft;
  /** Every statement id the curator can see in the document; null until they are read (the next id is numbered after them). */
  existingIds: readonly string[] | null;
  focusQuote: boolean;
  returnTo: HTMLElement | null;
  onClose: () => void;
  onSaved: (statement: AnnotatedStatementFragment) => void;
  /** The quote as it is chosen, for the text to show it while the form is open. */
  onQuote: (quote: Span) => void;
}

/** A new statement from a selected quote: the form, checked here, then by the server (createStatement). */
export function NewStatementPanel({
  documentId,
  documentDate,
  sourceKind,
  initial,
  existingIds,
  focusQuote,
  returnTo,
  onClose,
  onSaved,
  onQuote,
}: NewStatementPanelProps) {
  const [draft, setDraft] = useState(initial);
  useEffect(() => onQuote(draft.quote), [draft.quote, onQuote]);
  const [problems, setProblems] = useState<Problems>({});
  const [saving, setSaving] = useState(false);

  const save = async () => {
    const found = checkDraft(draft, documentDate, sourceKind);
    setProblems(found);
    if (Object.keys(found).length > 0 || !existingIds) return;
    setSaving(true);
    try {
      for (let attempt = 0; attempt < ID_ATTEMPTS; attempt++) {
        try {
          const { createStatement } = await writeGraphQL(CreateAnnotationDocument, {
            input: toInput(draft, nextStatementId(documentId, existingIds, attempt)),
          });
          onSaved(createStatement);
          return;
        } catch (error) {
          // Taken, by a statement the curator cannot see or one saved a moment ago: the next number.
          if (!(error instanceof ApiError && (/already exists/.test(error.message) || error.code === "CONFLICT"))) throw error;
        }
      }
      setProblems({ form: "Could not find a free id for the statement; reload the page and try again." });
    } catch (error) {
      const { message } = describeError(error);
      const field = fieldOfError(message);
      setProblems({ [field === "reason" ? "form" : field]: message });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Panel
      title={`New statement, paragraph ${draft.passage.index}`}
      onClose={onClose}
      testId="annotation-form"
      returnTo={returnTo}
    >
      <form
        className="space-y-4"
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
          editing={false}
          focusQuote={focusQuote}
        />
        {problems.form && (
          <p role="alert" className={PROBLEM}>
            {problems.form}
          </p>
        )}
        <p className="text-xs text-slate-500">
          {existingIds
            ? "Saved as proposed: another curator reviews it before it is published."
            : "Reading the document's statements, to number the new one after them…"}
        </p>
        <div className="flex gap-2">
          <button type="submit" className={PRIMARY} disabled={saving || !existingIds} data-testid="save-statement">
            {saving ? "Saving…" : "Save statement"}
          </button>
          <button type="button" className={SECONDARY} onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </Panel>
  );
}
