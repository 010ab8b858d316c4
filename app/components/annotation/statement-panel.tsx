"use client";

import { useState } from "react";
import { AnnotatedStatementByIdDocument, type AnnotatedStatementFragment } from "@/graph/shared/generated/graphql";
import { draftOf } from "../../lib/annotation/draft";
import { useGraphQL } from "../../lib/data/use-graphql";
import { LoadError } from "../load-error";
import { StanceBadge } from "../stance-badge";
import { EditStatement } from "./edit-statement";
import { HistoryList } from "./history-list";
import { Panel } from "./panel";
import { StatusBadge } from "./styles";

type Tab = "edit" | "history";
const TABS: { tab: Tab; label: string }[] = [
  { tab: "edit", label: "Edit" },
  { tab: "history", label: "History" },
];

interface StatementPanelProps {
  id: string;
  passageText: string;
  documentDate: string;
  sourceKind: string;
  returnTo: HTMLElement | null;
  /** Admins may undo any revision. */
  canRevert: boolean;
  onClose: () => void;
  onChanged: () => void;
}

/** An existing statement, opened from its mark: edit or retract it, or read its history. */
export function StatementPanel({
  id,
  passageText,
  documentDate,
  sourceKind,
  returnTo,
  canRevert,
  onClose,
  onChanged,
}: StatementPanelProps) {
  const [tab, setTab] = useState<Tab>("edit");
  // Kept here, not in the form: a save reads the statement afresh, and the form starts again from it.
  const [notice, setNotice] = useState("");
  const read = useGraphQL(AnnotatedStatementByIdDocument, { id });
  const statement: AnnotatedStatementFragment | null =
    read.state === "ready" ? read.value.statement : (read.last?.statement ?? null);

  const select = (next: Tab) => {
    setTab(next);
    document.getElementById(`tab-${next}`)?.focus();
  };

  return (
    <Panel
      title={statement ? <Heading statement={statement} /> : "Statement"}
      onClose={onClose}
      testId="statement-panel"
      returnTo={returnTo}
    >
      <div role="tablist" aria-label="Statement" className="mb-3 flex gap-1 border-b border-slate-200 dark:border-slate-800">
        {TABS.map(({ tab: t, label }) => (
          <button
            key={t}
            id={`tab-${t}`}
            type="button"
            role="tab"
            aria-selected={tab === t}
            aria-controls={`tabpanel-${t}`}
            tabIndex={tab === t ? 0 : -1}
            data-autofocus={tab === t ? true : undefined}
            onClick={() => setTab(t)}
            onKeyDown={(e) => {
              if (e.key === "ArrowRight" || e.key === "ArrowLeft") select(t === "edit" ? "history" : "edit");
            }}
            className="-mb-px border-b-2 border-transparent px-3 py-1 text-sm focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 aria-selected:border-blue-700 aria-selected:font-medium"
            data-testid={`tab-${t}`}
          >
            {label}
          </button>
        ))}
      </div>
      <p
        role="status"
        className="mb-2 text-sm font-medium text-green-800 empty:hidden dark:text-green-300"
        data-testid="statement-notice"
      >
        {notice}
      </p>
      <div id={`tabpanel-${tab}`} role="tabpanel" aria-labelledby={`tab-${tab}`}>
        {read.state === "error" && !statement && <LoadError message={read.message} retry={read.retry} />}
        {!statement && read.state === "loading" && <p className="text-sm text-slate-500">Loading the statement…</p>}
        {statement && tab === "edit" && (
          <EditStatement
            key={`${statement.id}-${statement.version}`}
            statement={statement}
            initial={draftOf(statement, passageText)}
            documentDate={documentDate}
            sourceKind={sourceKind}
            onSaved={() => {
              setNotice("Saved. The history has the change.");
              onChanged();
            }}
            onRetracted={() => {
              onChanged();
              onClose();
            }}
            reload={read.retry}
          />
        )}
        {statement && tab === "history" && (
          <HistoryList
            id={statement.id}
            canRevert={canRevert}
            onReverted={() => {
              setNotice("Reverted. The revert is in the history too.");
              onChanged();
            }}
          />
        )}
      </div>
    </Panel>
  );
}

function Heading({ statement }: { statement: AnnotatedStatementFragment }) {
  return (
    <span className="flex flex-wrap items-center gap-2">
      <span>
        {statement.speaker.name} → {statement.target.name}
      </span>
      <StanceBadge stance={statement.stance} intensity={statement.intensity} />
      <span data-testid="statement-status">
        <StatusBadge status={statement.status} />
      </span>
    </span>
  );
}
