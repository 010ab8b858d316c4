/**
 * The review queue's rules, pure so that they are tested without a browser: which keys do what,
 * who may decide on a proposal, the passage around a quote, the filters in the URL, and the
 * changes an inline edit makes.
 */
import type {
  DateQualifier,
  Mode,
  ReviewFilter,
  ReviewItemFragment,
  Stance,
  StatementChanges,
} from "@/graph/shared/generated/curators";

export type ReviewItem = ReviewItemFragment;
/** Who reviews, as the page's server read it from the session. */
export interface ReviewViewer {
  username: string;
  role: "viewer" | "curator" | "admin";
}

/** What a key does in the queue; null when the key is not one of the queue's. */
export type KeyAction = "next" | "previous" | "accept" | "reject" | "edit" | "undo" | "open" | "help" | "close";

const KEYS: Record<string, KeyAction> = {
  j: "next",
  ArrowDown: "next",
  k: "previous",
  ArrowUp: "previous",
  a: "accept",
  r: "reject",
  e: "edit",
  u: "undo",
  o: "open",
  "?": "help",
  Escape: "close",
};

/** The keys as the help lists them, in the order a reviewer learns them. */
export const KEY_HELP: readonly [string, string][] = [
  ["j / ↓", "next statement"],
  ["k / ↑", "previous statement"],
  ["a", "accept"],
  ["r", "reject (type the reason, Enter confirms, Escape cancels)"],
  ["e", "edit stance, intensity, mode, date, topics and note (Enter saves, Escape cancels)"],
  ["u", "undo the last decision (admins: it is reverted, and the revert is recorded)"],
  ["o", "open the passage in the reader"],
  ["?", "show or hide these keys"],
];

/** The action of a key press, unless it has a modifier (the browser's and the reader's own keys stay theirs). */
export function keyAction(event: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean }): KeyAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  return KEYS[event.key] ?? null;
}

/** The index after moving by `step`, kept within the list. */
export function moveIndex(index: number, step: 1 | -1, length: number): number {
  if (length === 0) return 0;
  return Math.min(length - 1, Math.max(0, index + step));
}

/**
 * After a decision, the next item still waiting, after this one (then before it); the same index
 * when none is left, so that the decided item stays in view.
 */
export function nextUndecided(items: readonly Pick<ReviewItem, "status">[], from: number): number {
  for (let i = from + 1; i < items.length; i++) if (items[i]!.status === "proposed") return i;
  for (let i = 0; i < from; i++) if (items[i]!.status === "proposed") return i;
  return from;
}

/** Whether this viewer may accept or reject this item, and if not, why, in words. */
export function reviewRight(
  item: Pick<ReviewItem, "status" | "proposedBy" | "statusBy">,
  viewer: ReviewViewer,
): { allowed: true } | { allowed: false; why: string } {
  if (item.status !== "proposed")
    return { allowed: false, why: `Already ${item.status}${item.statusBy ? ` by ${item.statusBy}` : ""}.` };
  if (item.proposedBy === viewer.username && viewer.role !== "admin") {
    return { allowed: false, why: "You proposed this statement: another curator must review it." };
  }
  return { allowed: true };
}

/** The passage around a quote: the quote where it stands, with at most `radius` characters either side. */
export function quoteInContext(
  text: string,
  quote: string,
  radius = 320,
): { before: string; quote: string; after: string; found: boolean } {
  const at = quote.length > 0 ? text.indexOf(quote) : -1;
  if (at < 0) return { before: clip(text, radius * 2, "end"), quote: "", after: "", found: false };
  return {
    before: clip(text.slice(0, at), radius, "start"),
    quote,
    after: clip(text.slice(at + quote.length), radius, "end"),
    found: true,
  };
}

/** Text cut to about `length` characters at a word boundary, on the side away from the quote. */
function clip(text: string, length: number, side: "start" | "end"): string {
  if (text.length <= length) return text;
  if (side === "end") {
    const cut = text.slice(0, length);
    return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), length - 40))}…`;
  }
  const cut = text.slice(text.length - length);
  const space = cut.indexOf(" ");
  return `…${cut.slice(space >= 0 && space < 40 ? space + 1 : 0)}`;
}

/** The queue's filters in the URL: doc, speaker and curator. Anything malformed is left out. */
export function readReviewFilter(params: URLSearchParams): ReviewFilter {
  const id = (value: string | null) => (value && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(value) ? value : null);
  const curator = params.get("curator");
  return {
    document: id(params.get("doc")),
    speaker: id(params.get("speaker")),
    curator: curator && curator.length <= 100 ? curator : null,
  };
}

export function writeReviewFilter(filter: ReviewFilter): URLSearchParams {
  const params = new URLSearchParams();
  if (filter.document) params.set("doc", filter.document);
  if (filter.speaker) params.set("speaker", filter.speaker);
  if (filter.curator) params.set("curator", filter.curator);
  return params;
}

/** What the inline edit shows and the reviewer types. */
export interface EditForm {
  stance: Stance;
  intensity: string;
  mode: Mode;
  date: string;
  dateQualifier: DateQualifier;
  dateUntil: string;
  topics: string;
  note: string;
  reason: string;
}

export function toEditForm(item: ReviewItem): EditForm {
  return {
    stance: item.stance,
    intensity: String(item.intensity),
    mode: item.mode,
    // A date the document stands in for was not said: it stays empty unless the reviewer gives one.
    date: item.dateSource === "text" ? item.date : "",
    dateQualifier: item.dateQualifier,
    dateUntil: item.dateUntil ?? "",
    topics: item.topics.join(", "),
    note: item.note ?? "",
    reason: "",
  };
}

/** The topics as typed: comma-separated, trimmed, each once. */
export function parseTopics(text: string): string[] {
  return [
    ...new Set(
      text
        .split(",")
        .map((t) => t.trim())
        .filter((t) => t.length > 0),
    ),
  ];
}

/**
 * Only what the reviewer changed, as updateStatement takes it; an intensity that is not a whole
 * number from −2 to 2 is refused here, the rest is checked by the server.
 */
export function editChanges(item: ReviewItem, form: EditForm): { changes: StatementChanges; error?: string } {
  const before = toEditForm(item);
  const changes: StatementChanges = {};
  if (form.stance !== before.stance) changes.stance = form.stance;
  if (form.intensity.trim() !== before.intensity) {
    const intensity = Number(form.intensity.trim());
    if (!Number.isInteger(intensity) || intensity < -2 || intensity > 2)
      return { changes, error: "Intensity must be a whole number from −2 to 2." };
    changes.intensity = intensity;
  }
  if (form.mode !== before.mode) changes.mode = form.mode;
  const date = form.date.trim();
  const dateChanged =
    date !== before.date || form.dateQualifier !== before.dateQualifier || form.dateUntil.trim() !== before.dateUntil;
  if (dateChanged && date) {
    changes.date = date;
    changes.dateQualifier = form.dateQualifier;
    changes.dateSource = "text";
    if (form.dateQualifier === "between") changes.dateUntil = form.dateUntil.trim();
  }
  if (dateChanged && !date && before.date)
    return { changes, error: "A date said cannot be removed here; give the date the text says." };
  const topics = parseTopics(form.topics);
  if (topics.join(",") !== item.topics.join(",")) changes.topics = topics;
  if (form.note.trim() !== before.note.trim()) changes.note = form.note.trim();
  return { changes };
}
