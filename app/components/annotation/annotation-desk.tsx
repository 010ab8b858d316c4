"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import type { Span } from "../../lib/segments";
import type { AnnotatedStatementFragment } from "@/graph/shared/generated/graphql";
import { newDraft, type Draft } from "../../lib/annotation/draft";
import { readSelection, type Across, type SelectedQuote } from "../../lib/annotation/selection";
import { useDocumentStatements } from "../../lib/annotation/use-document-statements";
import { AnnotatedPassage, type DeskPassage } from "./annotated-passage";
import { NewStatementPanel } from "./new-statement-panel";
import { StatementPanel } from "./statement-panel";
import { MARK_BY_STATUS, PRIMARY } from "./styles";

export interface DeskProps {
  doc: { id: string; date: string; sourceKind: string; passages: DeskPassage[] };
  viewer: { username: string; role: string };
  /** The statement the address names (?statement=). */
  statementId: string | null;
}

type Opened =
  | { kind: "new"; draft: Draft; focusQuote: boolean; returnTo: HTMLElement | null }
  | { kind: "statement"; id: string; passage: DeskPassage; returnTo: HTMLElement | null };

/**
 * The reader as a curator uses it: the text with every statement marked, proposed ones included;
 * select words (or press A on a paragraph, or its ✎ button) to annotate them; open a mark to edit,
 * retract or read its history. Loaded only for a signed-in curator or admin.
 */
export function AnnotationDesk({ doc, viewer, statementId }: DeskProps) {
  const { load, reload } = useDocumentStatements(doc.id);
  const statements = useMemo(() => (load.state === "ready" ? load.value : (load.last ?? [])), [load]);
  const byPassage = useMemo(() => {
    const groups = new Map<string, AnnotatedStatementFragment[]>();
    for (const s of statements) groups.set(s.passage.id, [...(groups.get(s.passage.id) ?? []), s]);
    return groups;
  }, [statements]);
  const article = useRef<HTMLDivElement>(null);
  const [selected, setSelected] = useState<SelectedQuote | Across | null>(null);
  const [opened, setOpened] = useState<Opened | null>(null);
  const [notice, setNotice] = useState("");
  const [pending, setPending] = useState<Span | null>(null);

  useEffect(() => {
    const clear = () => {
      if (window.getSelection()?.isCollapsed !== false) setSelected(null);
    };
    document.addEventListener("selectionchange", clear);
    return () => document.removeEventListener("selectionchange", clear);
  }, []);

  useEffect(() => {
    if (!opened) return undefined;
    document.body.dataset.annotationPanel = "open";
    return () => void delete document.body.dataset.annotationPanel;
  }, [opened]);

  const noteSelection = () => {
    if (article.current) setSelected(readSelection(article.current));
  };
  const passageAt = (index: number) => doc.passages.find((p) => p.index === index);
  const sectionOf = (index: number) => document.getElementById(`p${index}`);

  const annotateSelection = () => {
    if (!selected || "across" in selected) return;
    const passage = passageAt(selected.index);
    if (!passage) return;
    setOpened({ kind: "new", draft: newDraft(passage, selected), focusQuote: false, returnTo: sectionOf(selected.index) });
    setSelected(null);
  };

  const top = article.current?.getBoundingClientRect();
  const anchor =
    selected && top ? { selected, left: selected.rect.right - top.left, top: selected.rect.bottom - top.top + 6 } : null;

  return (
    <div className="relative">
      <div
        className="mb-4 flex flex-wrap items-center gap-x-3 gap-y-1 rounded border border-slate-200 bg-slate-50 px-3 py-2 text-xs dark:border-slate-800 dark:bg-slate-900"
        data-testid="annotation-bar"
      >
        <span>
          Annotating as <strong>{viewer.username}</strong> ({viewer.role}). Select words in a paragraph, or press <kbd>A</kbd> on
          it, to add a statement.
        </span>
        <span className="inline-flex items-center gap-2">
          <mark className={`rounded-sm px-1 text-inherit ${MARK_BY_STATUS.accepted}`}>accepted</mark>
          <mark className={`rounded-sm px-1 text-inherit ${MARK_BY_STATUS.proposed}`}>proposed</mark>
        </span>
        {load.state === "loading" && <span className="text-slate-500">Loading statements…</span>}
        {load.state === "error" && (
          <span role="alert" className="text-red-700 dark:text-red-400">
            {load.message}{" "}
            <button type="button" className="underline" onClick={reload}>
              Try again
            </button>
          </span>
        )}
        <span role="status" className="font-medium text-green-800 dark:text-green-300" data-testid="annotation-notice">
          {notice}
        </span>
      </div>
      <div
        ref={article}
        className="space-y-4 leading-relaxed"
        onMouseUp={noteSelection}
        onKeyUp={(e) => e.shiftKey && noteSelection()}
        data-testid="annotated-text"
      >
        {doc.passages.map((p) => (
          <AnnotatedPassage
            key={p.id}
            passage={p}
            statements={byPassage.get(p.id) ?? []}
            cited={statementId}
            pending={opened?.kind === "new" && opened.draft.passage.id === p.id ? pending : null}
            onOpen={(id, from) => setOpened({ kind: "statement", id, passage: p, returnTo: from })}
            onAnnotate={(passage, from) =>
              setOpened({ kind: "new", draft: newDraft(passage, { start: 0, end: 0 }), focusQuote: true, returnTo: from })
            }
          />
        ))}
        {anchor && (
          <div className="absolute z-30 -translate-x-1/2" style={{ left: anchor.left, top: anchor.top }}>
            {"across" in anchor.selected ? (
              <p className="rounded bg-slate-800 px-2 py-1 text-xs text-white shadow" role="status">
                A quote stands in one paragraph: select within one.
              </p>
            ) : (
              <button
                type="button"
                className={`${PRIMARY} shadow-lg`}
                onMouseDown={(e) => e.preventDefault()}
                onClick={annotateSelection}
                data-testid="annotate-selection"
              >
                Annotate
              </button>
            )}
          </div>
        )}
      </div>
      {opened?.kind === "new" && (
        <NewStatementPanel
          key={`${opened.draft.passage.id}-${opened.draft.quote.start}-${opened.draft.quote.end}`}
          documentId={doc.id}
          documentDate={doc.date}
          sourceKind={doc.sourceKind}
          initial={opened.draft}
          existingIds={load.state === "ready" ? statements.map((s) => s.id) : null}
          focusQuote={opened.focusQuote}
          returnTo={opened.returnTo}
          onClose={() => setOpened(null)}
          onQuote={setPending}
          onSaved={(s) => {
            setOpened(null);
            setNotice(`Statement ${s.id} saved as ${s.status}.`);
            window.getSelection()?.removeAllRanges();
            reload();
          }}
        />
      )}
      {opened?.kind === "statement" && (
        <StatementPanel
          key={opened.id}
          id={opened.id}
          passageText={opened.passage.text}
          documentDate={doc.date}
          sourceKind={doc.sourceKind}
          returnTo={opened.returnTo}
          canRevert={viewer.role === "admin"}
          onClose={() => setOpened(null)}
          onChanged={reload}
        />
      )}
    </div>
  );
}
