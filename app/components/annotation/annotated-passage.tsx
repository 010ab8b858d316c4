"use client";

import Link from "next/link";
import type { AnnotatedStatementFragment } from "@/graph/shared/generated/graphql";
import { markRuns, placeQuotes } from "../../lib/annotation/marks";
import type { Span } from "../../lib/segments";
import { StanceBadge } from "../stance-badge";
import { MARK_BY_STATUS, StatusBadge } from "./styles";

export interface DeskMention {
  start: number;
  end: number;
  surface: string;
  actor: { id: string; name: string; kind: string };
}

export interface DeskPassage {
  id: string;
  index: number;
  text: string;
  mentions: DeskMention[];
}

interface AnnotatedPassageProps {
  passage: DeskPassage;
  statements: readonly AnnotatedStatementFragment[];
  /** The statement the address names (?statement=), ringed. */
  cited: string | null;
  /** The quote being annotated in this passage, shown while the form is open. */
  pending: Span | null;
  onOpen: (id: string, from: HTMLElement) => void;
  onAnnotate: (passage: DeskPassage, from: HTMLElement) => void;
}

const label = (s: AnnotatedStatementFragment) => `${s.speaker.name} → ${s.target.name}, ${s.stance}, ${s.status}`;

/**
 * A passage as a curator reads it: every statement's quote marked (proposed ones apart from
 * accepted ones), each mark and each statement below the text opening it; the text itself holds
 * nothing but the passage's characters, so a selection's offsets are offsets in the passage.
 */
export function AnnotatedPassage({ passage, statements, cited, pending, onOpen, onAnnotate }: AnnotatedPassageProps) {
  const runs = markRuns(passage.text, passage.mentions, placeQuotes(passage.text, statements), pending);
  const firstRun = new Map<string, number>();
  runs.forEach((run, i) => run.statements.forEach((s) => firstRun.has(s.id) || firstRun.set(s.id, i)));

  return (
    <section
      id={`p${passage.index}`}
      tabIndex={-1}
      aria-label={`Paragraph ${passage.index}`}
      className="group relative scroll-mt-20 rounded focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600"
      onKeyDown={(e) => {
        if (e.target === e.currentTarget && (e.key === "a" || e.key === "A")) {
          e.preventDefault();
          onAnnotate(passage, e.currentTarget);
        }
      }}
    >
      <a
        href={`#p${passage.index}`}
        className="absolute -left-8 top-0 text-xs text-slate-400 no-underline"
        aria-label={`Link to paragraph ${passage.index}`}
      >
        ¶{passage.index}
      </a>
      <button
        type="button"
        className="absolute -left-8 top-5 rounded px-1 text-xs text-blue-700 opacity-40 hover:opacity-100 focus:opacity-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 group-hover:opacity-100 dark:text-blue-400"
        aria-label={`Annotate paragraph ${passage.index} (choose the quote with the keyboard)`}
        title="Annotate this paragraph (A)"
        onClick={(e) => onAnnotate(passage, e.currentTarget)}
        data-testid="annotate-passage"
      >
        ✎
      </button>
      <p className="whitespace-pre-line" data-passage-index={passage.index}>
        {runs.map((run, i) => {
          const top = run.statements[0];
          const words = run.highlighted ? (
            <span className="bg-sky-300/70 text-inherit dark:bg-sky-700/70" data-testid="pending-quote">
              {run.text}
            </span>
          ) : (
            run.text
          );
          const body = top ? (
            <mark
              className={`cursor-pointer rounded-sm text-inherit focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 ${MARK_BY_STATUS[top.status] ?? ""} ${run.statements.length > 1 ? "ring-1 ring-inset ring-slate-400/60" : ""} ${run.statements.some((s) => s.id === cited) ? "outline outline-2 outline-amber-500" : ""}`}
              data-statement={top.id}
              data-status={top.status}
              data-testid="statement-mark"
              role="button"
              tabIndex={firstRun.get(top.id) === i ? 0 : -1}
              aria-label={firstRun.get(top.id) === i ? `Open statement: ${label(top)}` : undefined}
              title={run.statements.map(label).join("\n")}
              onClick={(e) => {
                // A click that ends a selection is the start of an annotation, not a request to open.
                if (window.getSelection()?.isCollapsed === false) return;
                e.preventDefault();
                onOpen(top.id, e.currentTarget);
              }}
              onKeyDown={(e) => {
                if (e.key === "Enter" || e.key === " ") {
                  e.preventDefault();
                  onOpen(top.id, e.currentTarget);
                }
              }}
            >
              {words}
            </mark>
          ) : (
            words
          );
          return run.mention ? (
            <Link
              key={run.start}
              href={`/?person=${encodeURIComponent(run.mention.actor.id)}`}
              draggable={false}
              onClick={(e) => window.getSelection()?.isCollapsed === false && e.preventDefault()}
              className="text-blue-800 underline decoration-dotted underline-offset-2 dark:text-blue-300"
              title={run.mention.actor.name}
              data-testid="mention"
            >
              {body}
            </Link>
          ) : (
            <span key={run.start}>{body}</span>
          );
        })}
      </p>
      {statements.length > 0 && (
        <ul className="mt-1 flex flex-wrap gap-2 text-xs" aria-label={`Statements in paragraph ${passage.index}`}>
          {statements.map((s) => (
            <li key={s.id}>
              <button
                type="button"
                onClick={(e) => onOpen(s.id, e.currentTarget)}
                className="inline-flex items-center gap-1 rounded text-slate-600 hover:underline focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 dark:text-slate-400"
                data-testid="statement-chip"
                data-statement={s.id}
              >
                <StanceBadge stance={s.stance} /> {s.speaker.name} → {s.target.name}
                <span className="text-slate-400">· {s.dateLabel}</span>
                <StatusBadge status={s.status} />
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
