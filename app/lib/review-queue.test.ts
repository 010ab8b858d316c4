import { describe, expect, it } from "vitest";
import {
  editChanges,
  keyAction,
  moveIndex,
  nextUndecided,
  parseTopics,
  quoteInContext,
  readReviewFilter,
  reviewRight,
  toEditForm,
  writeReviewFilter,
  type ReviewItem,
} from "./review-queue";

const item: ReviewItem = {
  id: "s-test-1",
  quote: "the Yugoslav comrades",
  stance: "oppose",
  intensity: -1,
  mode: "direct",
  topics: ["party-relations"],
  note: null,
  date: "1957-04",
  dateLabel: "Apr. 1957",
  dateQualifier: "exact",
  dateUntil: null,
  dateSource: "text",
  status: "proposed",
  statusBy: "ana",
  statusAt: "2026-11-27T10:00:00.000Z",
  proposedBy: "ana",
  curatedAt: null,
  version: 1,
  speaker: { id: "hoxha", name: "Enver Hoxha" },
  target: { id: "tito", name: "Josip Broz Tito" },
  reportedBy: null,
  passage: {
    id: "doc-p4",
    index: 4,
    text: "We said that the Yugoslav comrades were wrong.",
    document: { id: "doc", title: "Memorandum", date: "1957-04-15", citation: "Archive" },
  },
};

const press = (key: string, modifiers: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) =>
  keyAction({ key, ctrlKey: false, metaKey: false, altKey: false, ...modifiers });

describe("the review queue's keys", () => {
  it("moves with j/k and the arrows, decides with a, r and e, and leaves modified keys alone", () => {
    expect([press("j"), press("ArrowDown"), press("k"), press("ArrowUp")]).toEqual(["next", "next", "previous", "previous"]);
    expect([press("a"), press("r"), press("e"), press("u"), press("?"), press("Escape")]).toEqual([
      "accept",
      "reject",
      "edit",
      "undo",
      "help",
      "close",
    ]);
    expect(press("a", { ctrlKey: true })).toBeNull();
    expect(press("r", { metaKey: true })).toBeNull();
    expect(press("x")).toBeNull();
  });

  it("stays within the list", () => {
    expect(moveIndex(0, -1, 3)).toBe(0);
    expect(moveIndex(2, 1, 3)).toBe(2);
    expect(moveIndex(1, 1, 3)).toBe(2);
    expect(moveIndex(0, 1, 0)).toBe(0);
  });

  it("moves on after a decision to the next statement still waiting, wrapping once, else stays", () => {
    const statuses = (...s: ReviewItem["status"][]) => s.map((status) => ({ status }));
    expect(nextUndecided(statuses("accepted", "proposed", "proposed"), 0)).toBe(1);
    expect(nextUndecided(statuses("proposed", "rejected", "accepted"), 2)).toBe(0);
    expect(nextUndecided(statuses("accepted", "rejected"), 1)).toBe(1);
  });
});

describe("who may decide", () => {
  it("lets another curator or an admin decide, not the proposer, and nobody twice", () => {
    expect(reviewRight(item, { username: "boris", role: "curator" })).toEqual({ allowed: true });
    expect(reviewRight(item, { username: "ana", role: "curator" })).toEqual({
      allowed: false,
      why: "You proposed this statement: another curator must review it.",
    });
    expect(reviewRight(item, { username: "ana", role: "admin" })).toEqual({ allowed: true });
    expect(reviewRight({ ...item, status: "accepted", statusBy: "boris" }, { username: "cleo", role: "curator" })).toEqual({
      allowed: false,
      why: "Already accepted by boris.",
    });
  });
});

describe("the passage around a quote", () => {
  it("marks the quote where it stands", () => {
    expect(quoteInContext(item.passage.text, item.quote)).toEqual({
      before: "We said that ",
      quote: "the Yugoslav comrades",
      after: " were wrong.",
      found: true,
    });
  });

  it("clips a long passage at word boundaries on both sides, and says when the quote is not in it", () => {
    const words = (n: number, w: string) => Array.from({ length: n }, () => w).join(" ");
    const text = `${words(200, "before")} QUOTE ${words(200, "after")}`;
    const context = quoteInContext(text, "QUOTE", 100);
    expect(context.before.startsWith("…before")).toBe(true);
    expect(context.before.length).toBeLessThanOrEqual(101);
    expect(context.after.endsWith("after…")).toBe(true);
    expect(context.after.length).toBeLessThanOrEqual(101);
    expect(quoteInContext("some text", "absent").found).toBe(false);
  });
});

describe("the queue's filters in the URL", () => {
  it("round-trips, and drops what is malformed", () => {
    const filter = { document: "doc-1957-04-15-hoxha-khrushchev-memorandum", speaker: "hoxha", curator: "ana" };
    expect(readReviewFilter(writeReviewFilter(filter))).toEqual(filter);
    expect(readReviewFilter(new URLSearchParams("doc=DROP%20TABLE&speaker=x'1&curator="))).toEqual({
      document: null,
      speaker: null,
      curator: null,
    });
  });
});

describe("an inline edit", () => {
  it("sends only what changed", () => {
    const form = {
      ...toEditForm(item),
      stance: "mixed" as const,
      intensity: "0",
      topics: "party-relations, yugoslavia, yugoslavia",
      note: " read as a reservation ",
    };
    expect(editChanges(item, form)).toEqual({
      changes: { stance: "mixed", intensity: 0, topics: ["party-relations", "yugoslavia"], note: "read as a reservation" },
    });
    expect(editChanges(item, toEditForm(item))).toEqual({ changes: {} });
  });

  it("sends the date with its qualifier and its source, and the later bound only with between", () => {
    const form = { ...toEditForm(item), date: "1957-03", dateQualifier: "between" as const, dateUntil: "1957-04" };
    expect(editChanges(item, form).changes).toEqual({
      date: "1957-03",
      dateQualifier: "between",
      dateSource: "text",
      dateUntil: "1957-04",
    });
    expect(editChanges(item, { ...toEditForm(item), dateQualifier: "before" }).changes).toEqual({
      date: "1957-04",
      dateQualifier: "before",
      dateSource: "text",
    });
  });

  it("refuses an intensity out of range and a date said removed", () => {
    expect(editChanges(item, { ...toEditForm(item), intensity: "3" }).error).toMatch(/−2 to 2/);
    expect(editChanges(item, { ...toEditForm(item), intensity: "1.5" }).error).toMatch(/whole number/);
    expect(editChanges(item, { ...toEditForm(item), date: "" }).error).toMatch(/cannot be removed/);
  });

  it("reads topics as a comma-separated list", () => {
    expect(parseTopics(" a, b ,, a ")).toEqual(["a", "b"]);
  });
});
