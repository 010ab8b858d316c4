/**
 * A revision as the History tab tells it: what was done, and each field that changed with its value
 * before and after. `before` and `after` are the subject's own fields as JSON (graph revisions).
 * Pure and browser-safe.
 */
export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

const LABELS: Record<string, string> = {
  quote: "Quote",
  stance: "Stance",
  intensity: "Intensity",
  mode: "Mode",
  reportedBy: "Reported by",
  speaker: "Speaker",
  target: "Target",
  date: "Date",
  dateSaid: "Date said",
  dateQualifier: "Date qualifier",
  dateUntil: "Until",
  dateSource: "Date from",
  topics: "Topics",
  note: "Note",
  status: "Status",
  statusBy: "Status set by",
  retractReason: "Retraction reason",
  name: "Name",
  aliases: "Aliases",
  country: "Country",
  bio: "Bio",
};

/** Bookkeeping every revision changes: shown in the revision's own line, not as a change. */
const BOOKKEEPING = new Set([
  "version",
  "statusAt",
  "curatedAt",
  "curatedBy",
  "retractedAt",
  "retractedBy",
  "updatedAt",
  "origin",
  "dateLast",
]);

export const fieldLabel = (field: string): string => LABELS[field] ?? field;

function parse(json: string | null | undefined): Record<string, unknown> {
  if (!json) return {};
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** A field's value as a reader reads it: text as it is, lists joined, nothing as an em dash. */
export function showValue(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) return value.length === 0 ? "—" : value.map(showValue).join(", ");
  if (typeof value === "object") {
    const named = value as { name?: unknown; id?: unknown };
    if (typeof named.name === "string") return named.name;
    if (typeof named.id === "string") return named.id;
    return JSON.stringify(value);
  }
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** The fields a revision changed, in a stable order: the statement's own fields first, then the rest by name. */
export function changedFields(before: string | null | undefined, after: string | null | undefined): FieldChange[] {
  const was = parse(before);
  const is = parse(after);
  const order = Object.keys(LABELS);
  const rank = (f: string) => (order.includes(f) ? order.indexOf(f) : order.length);
  return [...new Set([...Object.keys(was), ...Object.keys(is)])]
    .filter((f) => !BOOKKEEPING.has(f) && JSON.stringify(was[f] ?? null) !== JSON.stringify(is[f] ?? null))
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    .map((field) => ({ field, before: showValue(was[field]), after: showValue(is[field]) }));
}

const ACTIONS: Record<string, string> = {
  create: "Created",
  update: "Edited",
  accept: "Accepted",
  reject: "Rejected",
  retract: "Retracted",
  revert: "Reverted",
};

export const actionLabel = (action: string): string => ACTIONS[action] ?? action;
