import type { ExportStatement } from "../exports";
import { precisionOf } from "./figures";

/** The fields of a statement the table shows: every column of the evidence, as the exports read them. */
export type StatementLike = Omit<ExportStatement, "dateSource" | "sourceKind" | "status">;

export interface TableRow {
  id: string;
  speaker: string;
  target: string;
  stance: string;
  intensity: number;
  mode: string;
  reportedBy: string;
  date: string;
  precision: string;
  dateLabel: string;
  quote: string;
  document: string;
  documentId: string;
  passage: number;
  citation: string;
}

export type ColumnKey = Exclude<keyof TableRow, "id" | "documentId">;

export const COLUMNS: readonly { key: ColumnKey; label: string }[] = [
  { key: "speaker", label: "Speaker" },
  { key: "target", label: "Target" },
  { key: "stance", label: "Stance" },
  { key: "intensity", label: "Intensity" },
  { key: "mode", label: "Mode" },
  { key: "reportedBy", label: "Reported by" },
  { key: "date", label: "Date" },
  { key: "precision", label: "Precision" },
  { key: "dateLabel", label: "Date as said" },
  { key: "quote", label: "Quote" },
  { key: "document", label: "Document" },
  { key: "passage", label: "¶" },
  { key: "citation", label: "Citation" },
];

export function toRow(s: StatementLike): TableRow {
  return {
    id: s.id,
    speaker: s.speaker.name,
    target: s.target.name,
    stance: s.stance,
    intensity: s.intensity,
    mode: s.mode,
    reportedBy: s.reportedBy?.name ?? "",
    date: s.date,
    precision: precisionOf(s.date),
    dateLabel: s.dateLabel,
    quote: s.quote,
    document: s.passage.document.title,
    documentId: s.passage.document.id,
    passage: s.passage.index,
    citation: s.passage.document.citation,
  };
}

/** Rows in column order, numbers as numbers; equal values keep date order, then id order, so a sort is stable. */
export function sortRows(rows: readonly TableRow[], key: ColumnKey, direction: "asc" | "desc"): TableRow[] {
  const sign = direction === "asc" ? 1 : -1;
  return [...rows].sort((x, y) => {
    const a = x[key];
    const b = y[key];
    const order = typeof a === "number" && typeof b === "number" ? a - b : String(a).localeCompare(String(b));
    return order !== 0 ? sign * order : x.date.localeCompare(y.date) || x.id.localeCompare(y.id);
  });
}

/** Rows with every word of `text` somewhere in their columns, case and accents ignored. */
export function filterRows(rows: readonly TableRow[], text: string): TableRow[] {
  const words = fold(text).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...rows];
  return rows.filter((r) => {
    const haystack = fold(COLUMNS.map((c) => String(r[c.key])).join(" "));
    return words.every((w) => haystack.includes(w));
  });
}

const fold = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/**
 * CSV (RFC 4180) of the rows, one column per evidence field: numbers are written as numbers, so a
 * spreadsheet or pandas reads intensity as −2…2; a text cell that a spreadsheet would run as a
 * formula (=, +, -, @) is prefixed with an apostrophe.
 */
export function toTableCsv(rows: readonly TableRow[]): string {
  const header = ["id", ...COLUMNS.map((c) => c.key), "documentId"];
  const cell = (value: string | number) => {
    if (typeof value === "number") return String(value);
    const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const lines = rows.map((r) => [r.id, ...COLUMNS.map((c) => r[c.key]), r.documentId].map(cell).join(","));
  return [header.join(","), ...lines].join("\r\n") + "\r\n";
}

/** A file name that says what the view is: "statements-filtered-by-1956-09-1956-12-stance-oppose". */
export function fileNameFor(kind: string, filterText: string, extension: string): string {
  const slug = fold(filterText)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 80);
  return `stance-graph-${kind}${slug ? `-${slug}` : ""}.${extension}`;
}
