/**
 * The annotation form's state and what it becomes: a new statement (StatementInput), the changes to
 * an existing one (StatementChanges), the problems to show before anything is sent, and which field
 * a server's refusal concerns. Pure and browser-safe.
 */
import { checkDateSaid, type DateQualifier } from "@/graph/shared/date-said";
import { fold } from "@/graph/shared/fold";
import type { AnnotatedStatementFragment, Mode, StatementChanges, StatementInput } from "@/graph/shared/generated/graphql";
import { allowedIntensities, type Stance } from "@/graph/shared/stance";
import type { Span } from "../segments";

export interface ActorRef {
  id: string;
  name: string;
}

export interface PassageRef {
  id: string;
  index: number;
  text: string;
}

export interface Draft {
  passage: PassageRef;
  /** The quote's place in the passage text; the quote is always exactly that slice. */
  quote: Span;
  speaker: ActorRef | null;
  target: ActorRef | null;
  stance: Stance;
  intensity: number;
  mode: Mode;
  reportedBy: ActorRef | null;
  /** YYYY-MM-DD, YYYY-MM or YYYY; empty when the document's date stands in. */
  date: string;
  dateQualifier: DateQualifier;
  dateUntil: string;
  /** Comma-separated. */
  topics: string;
  note: string;
}

export type Field =
  | "quote"
  | "speaker"
  | "target"
  | "stance"
  | "intensity"
  | "mode"
  | "reportedBy"
  | "date"
  | "dateQualifier"
  | "dateUntil"
  | "topics"
  | "note"
  | "reason"
  | "form";
export type Problems = Partial<Record<Field, string>>;

export const quoteOf = (draft: Pick<Draft, "passage" | "quote">): string =>
  draft.passage.text.slice(draft.quote.start, draft.quote.end);

export function newDraft(passage: PassageRef, quote: Span): Draft {
  return {
    passage,
    quote,
    speaker: null,
    target: null,
    stance: "support",
    intensity: 1,
    mode: "direct",
    reportedBy: null,
    date: "",
    dateQualifier: "exact",
    dateUntil: "",
    topics: "",
    note: "",
  };
}

/** The form for an existing statement, as it stands. */
export function draftOf(statement: AnnotatedStatementFragment, passageText: string): Draft {
  const at = passageText.indexOf(statement.quote);
  return {
    passage: { id: statement.passage.id, index: statement.passage.index, text: passageText },
    quote: at >= 0 ? { start: at, end: at + statement.quote.length } : { start: 0, end: 0 },
    speaker: statement.speaker,
    target: statement.target,
    stance: statement.stance,
    intensity: statement.intensity,
    mode: statement.mode,
    reportedBy: statement.reportedBy ?? null,
    date: statement.dateSource === "document" ? "" : statement.date,
    dateQualifier: statement.dateQualifier,
    dateUntil: statement.dateUntil ?? "",
    topics: statement.topics.join(", "),
    note: statement.note ?? "",
  };
}

/** A stance change keeps the intensity when the new stance allows it, else takes the mildest allowed. */
export function withStance(draft: Draft, stance: Stance): Draft {
  const allowed = allowedIntensities(stance);
  const intensity = allowed.includes(draft.intensity)
    ? draft.intensity
    : allowed.reduce((a, b) => (Math.abs(b) < Math.abs(a) ? b : a));
  return { ...draft, stance, intensity };
}

const topicsOf = (draft: Draft) => [
  ...new Set(
    draft.topics
      .split(",")
      .map((t) => t.trim())
      .filter(Boolean),
  ),
];

/** What is wrong with the form before it is sent; the server checks it all again. */
export function checkDraft(draft: Draft, documentDate: string, sourceKind: string): Problems {
  const problems: Problems = {};
  if (quoteOf(draft).length < 3) problems.quote = "Select the exact words, at least 3 characters.";
  if (!draft.speaker) problems.speaker = "Choose who said it.";
  if (!draft.target) problems.target = "Choose whom it is about.";
  if (draft.speaker && draft.target && draft.speaker.id === draft.target.id)
    problems.target = "The target must differ from the speaker.";
  if (!allowedIntensities(draft.stance).includes(draft.intensity))
    problems.intensity = `Stance ${draft.stance} allows ${allowedIntensities(draft.stance).join(", ")}.`;
  if (draft.mode === "reported" && !draft.reportedBy && sourceKind !== "tertiary")
    problems.reportedBy = "Reported words need whose account it is.";
  if (draft.date.trim()) {
    const said = {
      date: draft.date.trim(),
      qualifier: draft.dateQualifier,
      until: draft.dateQualifier === "between" ? draft.dateUntil.trim() || null : null,
      source: "text" as const,
    };
    for (const problem of checkDateSaid(said, documentDate)) {
      const field: Field = /date_until/.test(problem) ? "dateUntil" : /date_qualifier/.test(problem) ? "dateQualifier" : "date";
      problems[field] ??= `${problem.replace(/date_until/g, "the later date").replace(/date_qualifier/g, "qualifier")}.`;
    }
  } else if (draft.dateQualifier === "between" || draft.dateQualifier === "about" || draft.dateQualifier === "after") {
    problems.date = `Give the date that “${draft.dateQualifier}” qualifies, or leave the qualifier exact to let the document's date stand in.`;
  }
  return problems;
}

/** The date fields of a new statement: omitted entirely when the document's date stands in. */
function dateInput(draft: Draft): Pick<StatementInput, "date" | "dateQualifier" | "dateUntil" | "dateSource"> {
  if (!draft.date.trim()) return draft.dateQualifier === "before" ? { dateQualifier: "before" } : {};
  return {
    date: draft.date.trim(),
    dateQualifier: draft.dateQualifier,
    dateUntil: draft.dateQualifier === "between" ? draft.dateUntil.trim() : null,
    dateSource: "text",
  };
}

export function toInput(draft: Draft, id: string): StatementInput {
  return {
    id,
    speaker: draft.speaker?.id ?? "",
    target: draft.target?.id ?? "",
    stance: draft.stance,
    intensity: draft.intensity,
    mode: draft.mode,
    reportedBy: draft.mode === "reported" ? (draft.reportedBy?.id ?? null) : null,
    passage: draft.passage.id,
    quote: quoteOf(draft),
    topics: topicsOf(draft),
    note: draft.note.trim() || null,
    ...dateInput(draft),
  };
}

/** Only what the curator changed; an empty object when nothing was. */
export function toChanges(before: Draft, after: Draft, documentDate: string): StatementChanges {
  const changes: StatementChanges = {};
  if (after.stance !== before.stance) changes.stance = after.stance;
  if (after.intensity !== before.intensity) changes.intensity = after.intensity;
  if (after.mode !== before.mode) changes.mode = after.mode;
  if (after.mode === "reported" && after.reportedBy?.id !== before.reportedBy?.id)
    changes.reportedBy = after.reportedBy?.id ?? null;
  if (quoteOf(after) !== quoteOf(before)) changes.quote = quoteOf(after);
  if (after.date.trim() !== before.date) {
    changes.date = after.date.trim() || documentDate;
    changes.dateSource = after.date.trim() ? "text" : "document";
  }
  if (after.dateQualifier !== before.dateQualifier || changes.date !== undefined) changes.dateQualifier = after.dateQualifier;
  if (
    after.dateQualifier === "between" &&
    (after.dateUntil.trim() !== before.dateUntil || after.dateQualifier !== before.dateQualifier)
  )
    changes.dateUntil = after.dateUntil.trim();
  if (topicsOf(after).join("\n") !== topicsOf(before).join("\n")) changes.topics = topicsOf(after);
  if (after.note.trim() !== before.note.trim()) changes.note = after.note.trim();
  return changes;
}

/** The next free id in the seed's style (s-<document>-NNN), skipping `attempt` numbers already taken. */
export function nextStatementId(documentId: string, existing: readonly string[], attempt = 0): string {
  const stem = `s-${documentId.replace(/^doc-/, "")}-`;
  const numbers = existing
    .filter((id) => id.startsWith(stem))
    .map((id) => Number(id.slice(stem.length)))
    .filter(Number.isInteger);
  const next = Math.max(0, ...numbers) + 1 + attempt;
  return `${stem}${String(next).padStart(3, "0")}`;
}

/**
 * A new actor's id in the registries' style: a person by surname (mikoyan), an organisation by its
 * whole name slugged; the curator may change it before it is made.
 */
export function actorIdOf(name: string, kind: "person" | "organization"): string {
  const slug = fold(name.trim())
    .folded.toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  const id = kind === "person" ? (slug.split("-").at(-1) ?? "") : slug;
  return id.slice(0, 60);
}

/** The field a server's refusal is about, read from the message (the server names the field). */
export function fieldOfError(message: string): Field {
  if (/intensity/.test(message)) return "intensity";
  if (/reportedBy|mode reported/.test(message)) return "reportedBy";
  if (/dateUntil/.test(message)) return "dateUntil";
  if (/dateQualifier|dateSource/.test(message)) return "dateQualifier";
  if (/\bquote\b/i.test(message)) return "quote";
  if (/\(speaker\)|speaker and target/.test(message)) return "speaker";
  if (/\(target\)/.test(message)) return "target";
  if (/\bdate\b/.test(message)) return "date";
  if (/\btopics?\b/.test(message)) return "topics";
  if (/\bnote\b/.test(message)) return "note";
  if (/\breason\b/.test(message)) return "reason";
  return "form";
}
