"use client";

import { forwardRef, useState, type KeyboardEvent } from "react";
import { readerHref } from "../../lib/queries";
import { MODE_LABELS } from "../../lib/labels";
import { quoteInContext, reviewRight, type EditForm, type ReviewItem, type ReviewViewer } from "../../lib/review-queue";
import { StanceBadge } from "../stance-badge";
import { ReviewEditForm } from "./review-edit-form";
import type { Notice, Step } from "./use-review-queue";

interface ReviewCardProps {
  item: ReviewItem;
  position: number;
  current: boolean;
  viewer: ReviewViewer;
  step: Step;
  busy: boolean;
  notice: Notice | null;
  onSelect: () => void;
  onAccept: () => void;
  onBegin: (step: Step) => void;
  onReject: (reason: string) => void;
  onSave: (form: EditForm) => void;
}

const STATUS_STYLES: Record<string, string> = {
  accepted: "bg-green-100 text-green-900 dark:bg-green-950 dark:text-green-200",
  rejected: "bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200",
  retracted: "bg-slate-200 text-slate-800 dark:bg-slate-800 dark:text-slate-200",
  proposed: "bg-blue-100 text-blue-900 dark:bg-blue-950 dark:text-blue-200",
};

const when = (iso: string | null) =>
  iso ? new Date(iso).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" }) : "";

/** One proposed statement: its passage with the quote marked, what it says, and the decision. */
export const ReviewCard = forwardRef<HTMLElement, ReviewCardProps>(function ReviewCard(props, ref) {
  const { item, position, current, viewer, step, busy, notice, onSelect, onAccept, onBegin, onReject, onSave } = props;
  const context = quoteInContext(item.passage.text, item.quote);
  const right = reviewRight(item, viewer);
  const doc = item.passage.document;
  const open = item.status === "proposed";
  return (
    <article
      ref={ref}
      tabIndex={current ? 0 : -1}
      aria-current={current ? "true" : undefined}
      aria-label={`${position}. ${item.speaker.name} about ${item.target.name}, ${item.status}`}
      data-testid="review-item"
      data-statement={item.id}
      data-status={item.status}
      onClick={onSelect}
      className={`rounded-lg border bg-white p-4 shadow-sm focus:outline-none dark:bg-slate-900 ${
        current ? "border-blue-600 ring-2 ring-blue-600/40" : "border-slate-200 dark:border-slate-700"
      } ${open ? "" : "opacity-80"}`}
    >
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span className="font-medium">{item.speaker.name}</span>
        <span aria-hidden>→</span>
        <span className="font-medium">{item.target.name}</span>
        <StanceBadge stance={item.stance} intensity={item.intensity} />
        <span className="text-xs text-slate-600 dark:text-slate-400" title={MODE_LABELS[item.mode]}>
          {item.mode}
          {item.reportedBy ? `, reported by ${item.reportedBy.name}` : ""}
        </span>
        <span
          className={`ml-auto rounded px-1.5 py-0.5 text-xs font-medium ${STATUS_STYLES[item.status] ?? ""}`}
          data-testid="review-status"
        >
          {item.status}
        </span>
      </div>

      <figure className="mt-3">
        <blockquote className="rounded bg-slate-50 p-3 text-sm leading-relaxed dark:bg-slate-800/60" data-testid="review-passage">
          {context.before}
          {context.found && (
            <mark className="rounded bg-yellow-200 px-0.5 text-slate-900 dark:bg-yellow-600/60 dark:text-white">
              {context.quote}
            </mark>
          )}
          {context.after}
        </blockquote>
        {!context.found && (
          <p className="mt-1 text-xs text-red-700 dark:text-red-400">
            The quote “{item.quote}” is not in this passage as it stands.
          </p>
        )}
        <figcaption className="mt-1 text-xs text-slate-600 dark:text-slate-400">
          <a
            className="text-blue-700 underline dark:text-blue-400"
            href={readerHref(doc.id, item.passage.index, item.id)}
            data-testid="review-reader-link"
          >
            {doc.title}, ¶{item.passage.index}
          </a>{" "}
          · {doc.date} · {doc.citation}
        </figcaption>
      </figure>

      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-xs">
        <dt className="text-slate-500">Said</dt>
        <dd>
          {item.dateLabel}
          {item.dateSource === "document" && (
            <span className="text-slate-500"> (the document&apos;s date; the text gives none)</span>
          )}
        </dd>
        <dt className="text-slate-500">Topics</dt>
        <dd>{item.topics.length > 0 ? item.topics.join(", ") : "none"}</dd>
        {item.note && (
          <>
            <dt className="text-slate-500">Note</dt>
            <dd>{item.note}</dd>
          </>
        )}
        <dt className="text-slate-500">Proposed</dt>
        <dd data-testid="review-proposer">
          by {item.proposedBy ?? "unknown"}
          {item.proposedBy && item.status === "proposed" && item.statusAt ? `, ${when(item.statusAt)}` : ""} · version{" "}
          {item.version}
        </dd>
        {!open && (
          <>
            <dt className="text-slate-500">Decided</dt>
            <dd>
              {item.status} by {item.statusBy ?? "unknown"}
              {item.statusAt ? `, ${when(item.statusAt)}` : ""}
            </dd>
          </>
        )}
      </dl>

      {notice && (
        <div
          role={notice.tone === "done" ? "status" : "alert"}
          data-testid="review-notice"
          className={`mt-3 rounded px-3 py-2 text-sm ${
            notice.tone === "done"
              ? "bg-green-50 text-green-900 dark:bg-green-950 dark:text-green-100"
              : "bg-amber-50 text-amber-950 dark:bg-amber-950 dark:text-amber-100"
          }`}
        >
          {notice.text}
          {notice.signIn && (
            <>
              {" "}
              <a className="underline" href="/sign-in?next=/review">
                Sign in again
              </a>
            </>
          )}
        </div>
      )}

      {current && step === "reject" && <RejectReason busy={busy} onConfirm={onReject} onCancel={() => onBegin("browse")} />}
      {current && step === "edit" && (
        <ReviewEditForm item={item} busy={busy} onSave={onSave} onCancel={() => onBegin("browse")} />
      )}

      {open && step === "browse" && (
        <div className="mt-3 flex flex-wrap items-center gap-2 text-sm">
          <Action label="Accept" shortcut="a" disabled={!right.allowed || busy} onClick={onAccept} tone="accept" />
          <Action label="Reject" shortcut="r" disabled={!right.allowed || busy} onClick={() => onBegin("reject")} tone="reject" />
          <Action label="Edit" shortcut="e" disabled={busy} onClick={() => onBegin("edit")} tone="plain" />
          {!right.allowed && (
            <span className="text-xs text-slate-600 dark:text-slate-400" data-testid="review-own">
              {right.why}
            </span>
          )}
          {busy && (
            <span role="status" className="text-xs text-slate-500">
              Saving…
            </span>
          )}
        </div>
      )}
    </article>
  );
});

const TONES = {
  accept: "bg-green-700 text-white hover:bg-green-800",
  reject: "bg-red-700 text-white hover:bg-red-800",
  plain: "border border-slate-300 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800",
};

function Action({
  label,
  shortcut,
  disabled,
  onClick,
  tone,
}: {
  label: string;
  shortcut: string;
  disabled: boolean;
  onClick: () => void;
  tone: keyof typeof TONES;
}) {
  return (
    <button
      type="button"
      disabled={disabled}
      aria-keyshortcuts={shortcut}
      onClick={(e) => {
        e.stopPropagation();
        onClick();
      }}
      className={`rounded px-3 py-1 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-500 disabled:cursor-not-allowed disabled:opacity-40 ${TONES[tone]}`}
    >
      {label} <kbd className="ml-1 rounded bg-black/10 px-1 text-xs dark:bg-white/10">{shortcut}</kbd>
    </button>
  );
}

/** The reason for a rejection, typed in place: Enter confirms, Escape cancels. */
function RejectReason({
  busy,
  onConfirm,
  onCancel,
}: {
  busy: boolean;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
}) {
  const [reason, setReason] = useState("");
  const [empty, setEmpty] = useState(false);
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "Escape") {
      e.preventDefault();
      onCancel();
    } else if (e.key === "Enter") {
      e.preventDefault();
      if (reason.trim().length === 0) setEmpty(true);
      else onConfirm(reason.trim());
    }
  };
  return (
    <div className="mt-3 text-sm" onClick={(e) => e.stopPropagation()}>
      <label className="block font-medium" htmlFor="reject-reason">
        Why reject it? <span className="font-normal text-slate-500">Enter confirms, Escape cancels</span>
      </label>
      <input
        id="reject-reason"
        data-testid="reject-reason"
        autoFocus
        disabled={busy}
        value={reason}
        maxLength={1000}
        aria-invalid={empty}
        aria-describedby={empty ? "reject-reason-empty" : undefined}
        onChange={(e) => {
          setReason(e.target.value);
          setEmpty(false);
        }}
        onKeyDown={onKeyDown}
        className="mt-1 w-full rounded border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-950"
      />
      {empty && (
        <p id="reject-reason-empty" role="alert" className="mt-1 text-xs text-red-700 dark:text-red-400">
          Say why, for the record: a rejection needs a reason.
        </p>
      )}
    </div>
  );
}
