"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import type { ReviewFilter } from "@/graph/shared/generated/curators";
import { readerHref } from "../../lib/queries";
import { KEY_HELP, keyAction, readReviewFilter, writeReviewFilter, type ReviewViewer } from "../../lib/review-queue";
import { LoadError } from "../load-error";
import { ReviewCard } from "./review-card";
import { ReviewFilters } from "./review-filters";
import { useReviewQueue } from "./use-review-queue";

/** The queue of proposed statements, oldest first, worked through by keyboard or by hand. */
export function ReviewQueue({ viewer }: { viewer: ReviewViewer }) {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const filter = useMemo(() => readReviewFilter(new URLSearchParams(params.toString())), [params]);
  const setFilter = useCallback(
    (next: ReviewFilter) => {
      const query = writeReviewFilter(next).toString();
      router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false });
    },
    [pathname, router],
  );
  const q = useReviewQueue(filter, viewer);
  const [help, setHelp] = useState(false);
  const cards = useRef(new Map<string, HTMLElement>());

  // The current statement takes the focus (screen readers follow it) and comes into view.
  const currentId = q.current?.id;
  useEffect(() => {
    if (!currentId || q.step !== "browse") return;
    const card = cards.current.get(currentId);
    if (card && !card.contains(document.activeElement)) card.focus({ preventScroll: true });
    card?.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }, [currentId, q.step]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (
        target &&
        (target.closest("input, textarea, select, [contenteditable]") || (target.tagName === "BUTTON" && e.key === "Enter"))
      )
        return;
      const action = keyAction(e);
      if (!action) return;
      if (action === "help") setHelp((h) => !h);
      else if (action === "close") setHelp(false);
      else if (q.step !== "browse" || !q.current) return;
      else if (action === "next") q.move(1);
      else if (action === "previous") q.move(-1);
      else if (action === "accept") void q.decide("accept");
      else if (action === "reject") q.begin("reject");
      else if (action === "edit") q.begin("edit");
      else if (action === "undo") void q.undo();
      else if (action === "open")
        window.open(readerHref(q.current.passage.document.id, q.current.passage.index, q.current.id), "_blank", "noopener");
      e.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [q]);

  const filtered = Boolean(filter.document || filter.speaker || filter.curator);
  return (
    <main className="mx-auto w-full max-w-4xl flex-1 px-3 py-4 sm:px-6" data-testid="review-queue">
      <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
        <h1 className="text-xl font-semibold">Review</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400" role="status" data-testid="review-counts">
          {q.left === null
            ? "Counting…"
            : `${q.left} proposal${q.left === 1 ? "" : "s"} left${filtered ? " under these filters" : ""}`}
          {q.decided > 0 && ` · ${q.decided} decided here`}
        </p>
        <p className="ml-auto text-xs text-slate-500">
          <button
            type="button"
            className="underline"
            onClick={() => setHelp((h) => !h)}
            aria-expanded={help}
            aria-controls="review-keys"
          >
            Keys <kbd>?</kbd>
          </button>
        </p>
      </div>
      {help && <KeyHelp onClose={() => setHelp(false)} />}
      <div className="mt-3">
        <ReviewFilters filter={filter} onChange={setFilter} />
      </div>
      <div className="mt-4" aria-busy={q.queue.state === "loading"}>
        {q.queue.state === "error" && <LoadError message={q.queue.message} retry={q.queue.retry} />}
        {q.queue.state === "loading" && q.items.length === 0 && (
          <p role="status" className="text-sm text-slate-500">
            Loading the review queue…
          </p>
        )}
        {q.queue.state === "ready" && q.items.length === 0 && (
          <p
            className="rounded border border-dashed border-slate-300 p-6 text-center text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400"
            data-testid="review-empty"
          >
            {filtered
              ? "No proposed statements match these filters."
              : "Nothing to review: every proposed statement has been decided."}
          </p>
        )}
        <ol className="space-y-4" aria-label="Proposed statements">
          {q.items.map((item, i) => (
            <li key={item.id}>
              <ReviewCard
                ref={(el) => {
                  if (el) cards.current.set(item.id, el);
                  else cards.current.delete(item.id);
                }}
                item={item}
                position={i + 1}
                current={i === q.index}
                viewer={viewer}
                step={i === q.index ? q.step : "browse"}
                busy={q.busy === item.id}
                notice={q.notice?.id === item.id ? q.notice : null}
                onSelect={() => q.setIndex(i)}
                onAccept={() => {
                  q.setIndex(i);
                  void q.decide("accept", undefined, item);
                }}
                onBegin={(step) => {
                  q.setIndex(i);
                  if (step === "browse") q.setStep("browse");
                  else q.begin(step);
                }}
                onReject={(reason) => void q.decide("reject", reason)}
                onSave={(form) => void q.saveEdit(form)}
              />
            </li>
          ))}
        </ol>
        {q.items.length > 0 && (q.decided > 0 || q.hasMore) && (
          <p className="mt-4 text-sm text-slate-600 dark:text-slate-400">
            {q.hasMore ? `The first ${q.items.length} are shown. ` : ""}
            <button
              type="button"
              className="text-blue-700 underline dark:text-blue-400"
              onClick={q.queue.retry}
              data-testid="review-refresh"
            >
              Read the queue again
            </button>{" "}
            {q.decided > 0 ? "to clear the decided ones away." : "for the next."}
          </p>
        )}
      </div>
    </main>
  );
}

function KeyHelp({ onClose }: { onClose: () => void }) {
  return (
    <section
      id="review-keys"
      aria-label="Keyboard shortcuts"
      data-testid="review-keys"
      className="mt-3 rounded border border-slate-300 bg-white p-3 text-sm shadow dark:border-slate-700 dark:bg-slate-900"
    >
      <div className="flex items-center justify-between">
        <h2 className="font-medium">Keys</h2>
        <button
          type="button"
          onClick={onClose}
          aria-label="Close the keys"
          className="rounded px-2 text-lg leading-none hover:bg-slate-100 dark:hover:bg-slate-800"
        >
          ×
        </button>
      </div>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        {KEY_HELP.map(([keys, what]) => (
          <div key={keys} className="contents">
            <dt>
              <kbd className="rounded border border-slate-300 px-1 font-mono text-xs dark:border-slate-600">{keys}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-2 text-xs text-slate-500">
        A decision is recorded at once and moves on to the next statement; the decided one stays in the list, with its new status,
        until the queue is read again.
      </p>
    </section>
  );
}
