"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { ReviewDecision, ReviewFilter } from "@/graph/shared/generated/curators";
import { describeError } from "../../lib/data/load";
import { mutateGraphQL, useGraphQL } from "../../lib/data/use-graphql";
import { REVIEW_DECIDE, REVIEW_EDIT, REVIEW_HISTORY, REVIEW_LATEST, REVIEW_QUEUE, REVIEW_REVERT } from "../../lib/curator-operations";
import {
  editChanges,
  moveIndex,
  nextUndecided,
  reviewRight,
  type EditForm,
  type ReviewItem,
  type ReviewViewer,
} from "../../lib/review-queue";

/** What is said about one statement after something was done with it (or refused). */
export interface Notice {
  id: string;
  tone: "done" | "refused" | "conflict";
  text: string;
  /** The session has ended: the notice offers to sign in again. */
  signIn?: boolean;
}

/** What the reviewer is doing with the current statement. */
export type Step = "browse" | "reject" | "edit";

export const PAGE = 50;

/**
 * The queue as the reviewer works through it. The statements read from the server are kept as a
 * list of their own: a decided statement stays in place with its new status until the queue is
 * read again (Refresh, a filter), so the reviewer sees what was just done and can undo it.
 */
export function useReviewQueue(filter: ReviewFilter, viewer: ReviewViewer) {
  const queue = useGraphQL(REVIEW_QUEUE, { filter, first: PAGE }, { keepPrevious: true });
  const [items, setItems] = useState<ReviewItem[]>([]);
  const [index, setIndex] = useState(0);
  const [step, setStep] = useState<Step>("browse");
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [lastDecision, setLastDecision] = useState<string | null>(null);
  const seen = useRef<unknown>(null);

  const answer = queue.state === "ready" ? queue.value.reviewQueue : null;
  useEffect(() => {
    if (!answer || seen.current === answer) return;
    seen.current = answer;
    setItems(answer.nodes);
    setIndex(0);
    setStep("browse");
    setLastDecision(null);
  }, [answer]);

  const current = items[index] ?? null;
  const replace = useCallback(
    (next: ReviewItem) => setItems((list) => list.map((item) => (item.id === next.id ? next : item))),
    [],
  );

  /** A refused write said on its statement; a CONFLICT reloads the statement as it is now. */
  const refused = useCallback(
    async (item: ReviewItem, error: unknown) => {
      const { message, code } = describeError(error);
      if (code === "CONFLICT") {
        const latest = await mutateGraphQL(REVIEW_LATEST, { id: item.id }).catch(() => null);
        if (latest) replace(latest.statement);
        const now = latest
          ? ` It is now at version ${latest.statement.version}${latest.statement.status === "proposed" ? "" : `, ${latest.statement.status} by ${latest.statement.statusBy ?? "someone"}`}.`
          : "";
        setNotice({
          id: item.id,
          tone: "conflict",
          text: `Someone else saved this statement after you opened it, so nothing was changed.${now} The latest version is shown: read it and decide again.`,
        });
        return;
      }
      setNotice({ id: item.id, tone: "refused", text: message, signIn: code === "UNAUTHENTICATED" });
    },
    [replace],
  );

  const move = useCallback(
    (step: 1 | -1) => {
      setIndex((i) => moveIndex(i, step, items.length));
      setStep("browse");
    },
    [items.length],
  );

  /** Opens the reason box, or says why this reviewer may not decide. */
  const begin = useCallback(
    (next: Step) => {
      if (!current || busy) return;
      if (next === "reject") {
        const right = reviewRight(current, viewer);
        if (!right.allowed) return setNotice({ id: current.id, tone: "refused", text: right.why });
      }
      setStep(next);
    },
    [busy, current, viewer],
  );

  const decide = useCallback(
    // A card's own Accept names its item: the index it sets is not yet `current` in this render.
    async (decision: ReviewDecision, reason?: string, item: typeof current = current) => {
      const at = item ? items.findIndex((i) => i.id === item.id) : -1;
      if (!item || busy) return;
      const right = reviewRight(item, viewer);
      if (!right.allowed) return setNotice({ id: item.id, tone: "refused", text: right.why });
      setBusy(item.id);
      try {
        const { reviewStatement } = await mutateGraphQL(REVIEW_DECIDE, {
          id: item.id,
          decision,
          reason: reason ?? null,
          version: item.version,
        });
        const next = items.map((i) => (i.id === reviewStatement.id ? reviewStatement : i));
        setItems(next);
        setStep("browse");
        setLastDecision(item.id);
        setNotice({
          id: item.id,
          tone: "done",
          text: decision === "accept" ? "Accepted: it now shows in the explorer." : `Rejected: ${reason}`,
        });
        setIndex(nextUndecided(next, at >= 0 ? at : index));
      } catch (error) {
        await refused(item, error);
      } finally {
        setBusy(null);
      }
    },
    [busy, current, index, items, refused, viewer],
  );

  const saveEdit = useCallback(
    async (form: EditForm) => {
      if (!current || busy) return;
      const { changes, error } = editChanges(current, form);
      if (error) return setNotice({ id: current.id, tone: "refused", text: error });
      if (Object.keys(changes).length === 0) {
        setStep("browse");
        return setNotice({ id: current.id, tone: "done", text: "Nothing was changed." });
      }
      setBusy(current.id);
      try {
        const { updateStatement } = await mutateGraphQL(REVIEW_EDIT, {
          id: current.id,
          changes,
          version: current.version,
          reason: form.reason.trim() || null,
        });
        replace(updateStatement);
        setStep("browse");
        setNotice({
          id: current.id,
          tone: "done",
          text: `Saved as version ${updateStatement.version}. It still awaits a decision.`,
        });
      } catch (error) {
        await refused(current, error);
      } finally {
        setBusy(null);
      }
    },
    [busy, current, refused, replace],
  );

  /**
   * Undoes the last decision. Reverting is an admin's right on the server, so only an admin's
   * undo reverts (and the revert is itself recorded); a curator is told who can.
   */
  const undo = useCallback(async () => {
    const id = lastDecision;
    const item = items.find((i) => i.id === id);
    if (!id || !item)
      return current && setNotice({ id: current.id, tone: "refused", text: "There is no decision of yours to undo here." });
    if (viewer.role !== "admin") {
      setIndex(items.indexOf(item));
      return setNotice({
        id,
        tone: "refused",
        text: `Only an admin can undo a decision. Yours is recorded in the statement's history; ask an admin to revert it there.`,
      });
    }
    setBusy(id);
    try {
      const { history } = await mutateGraphQL(REVIEW_HISTORY, { id });
      const decision = [...history].reverse().find((r) => r.action === "accept" || r.action === "reject");
      if (!decision) throw new Error("The decision is not in the statement's history.");
      await mutateGraphQL(REVIEW_REVERT, { id: decision.id, reason: "Undone in the review queue right after the decision." });
      const { statement } = await mutateGraphQL(REVIEW_LATEST, { id });
      replace(statement);
      setIndex(items.indexOf(item));
      setLastDecision(null);
      setNotice({ id, tone: "done", text: `The ${decision.action} was reverted: the statement is ${statement.status} again.` });
    } catch (error) {
      await refused(item, error);
    } finally {
      setBusy(null);
    }
  }, [current, items, lastDecision, refused, replace, viewer.role]);

  const decided = items.filter((item) => item.status !== "proposed").length;
  return {
    queue,
    items,
    index,
    setIndex: (i: number) => {
      if (i !== index) setStep("browse");
      setIndex(i);
    },
    current,
    step,
    setStep,
    busy,
    notice,
    setNotice,
    move,
    begin,
    decide,
    saveEdit,
    undo,
    /** Proposals still waiting under this filter, the ones decided here taken away. */
    left: answer ? Math.max(0, answer.totalCount - decided) : null,
    decided,
    hasMore: answer?.pageInfo.hasNextPage ?? false,
  };
}
