import { parse } from "yaml";
import { splitFrontMatter } from "../front-matter";
import { precisionOf } from "../shared/date-said";
import { DOCUMENT_KINDS, SOURCE_KINDS } from "../seed/schema";
import { refuse } from "./errors";
import { resolveActor, type Registry } from "./registry";
import type { ImportedDocument } from "./types";

/** What the analyst says about the document: flags on the command line, fields on the Import page. */
export interface ImportFields {
  id?: string;
  title?: string;
  date?: string;
  kind?: string;
  citation?: string;
  sourceKind?: string;
  /** Actor ids or names. */
  authors?: string[];
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The Markdown file's front matter in the seed's field names, and the text after it. */
export function readFrontMatter(source: string, file: string): { fields: ImportFields; body: string } {
  const front = splitFrontMatter(source.replace(/^\uFEFF/, ""));
  if (!front) return { fields: {}, body: source };
  let data: unknown;
  try {
    data = parse(front.yaml);
  } catch (error) {
    throw refuse(`${file}: its front matter is not valid YAML (${(error as Error).message.split("\n")[0]}).`);
  }
  const record = (data && typeof data === "object" ? data : {}) as Record<string, unknown>;
  const text = (key: string) => (typeof record[key] === "string" || typeof record[key] === "number" ? String(record[key]) : undefined);
  const date = record.date instanceof Date ? record.date.toISOString().slice(0, 10) : text("date");
  const authors = Array.isArray(record.authors) ? record.authors.map(String) : undefined;
  const fields: ImportFields = { id: text("id"), title: text("title"), date, kind: text("kind"), citation: text("citation"), sourceKind: text("source_kind") ?? text("sourceKind"), authors };
  return { fields, body: front.body };
}

/** A slug of the title's first words, for an id a person can read: "Tito's speech at Pula" → "titos-speech-at-pula". */
export function slugOf(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug.split("-").slice(0, 6).join("-") || "untitled";
}

/** doc-<date>-<slug of the title>, as the seed's ids are made. */
export const documentIdOf = (date: string, title: string) => `doc-${date}-${slugOf(title)}`;

/**
 * The document's metadata: what the analyst gave, over what the file says of itself, over
 * defaults. Refuses a date that is not a date, a kind or source kind outside the lists, and a
 * malformed id, each by name.
 */
export function resolveMetadata(given: ImportFields, fromFile: ImportFields, fallbackTitle: string, file: string, registry: Registry): ImportedDocument {
  const pick = <K extends keyof ImportFields>(key: K) => given[key] ?? fromFile[key];
  const date = pick("date")?.trim();
  if (!date) throw refuse(`the document needs a date: give --date YYYY-MM-DD (or YYYY-MM, or YYYY), the date the document bears.`);
  if (!precisionOf(date)) throw refuse(`date "${date}" is not a date: write it YYYY-MM-DD, YYYY-MM or YYYY (a real calendar date).`);
  const title = pick("title")?.trim() || fallbackTitle;
  const kind = pick("kind")?.trim() ?? "article";
  if (!(DOCUMENT_KINDS as readonly string[]).includes(kind)) throw refuse(`kind "${kind}" is not one of ${DOCUMENT_KINDS.join(", ")}.`);
  const sourceKind = pick("sourceKind")?.trim() ?? "primary";
  if (!(SOURCE_KINDS as readonly string[]).includes(sourceKind)) {
    throw refuse(`source kind "${sourceKind}" is not one of primary, secondary, tertiary (docs/annotation-guidelines.md §7).`);
  }
  const id = pick("id")?.trim() || documentIdOf(date, title);
  if (!ID.test(id)) throw refuse(`id "${id}" must be a lowercase slug such as doc-1956-10-06-khrushchev-note.`);
  const citation = pick("citation")?.trim() || `Imported from ${file}`;
  const authors = (pick("authors") ?? []).filter((a) => a.trim() !== "").map((a) => resolveActor(registry, a));
  return { id, title, date, kind, citation, sourceKind: sourceKind as ImportedDocument["sourceKind"], authors };
}
