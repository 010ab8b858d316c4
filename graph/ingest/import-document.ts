import type { Database } from "../db";
import { refuse } from "./errors";
import type { ImportFields } from "./metadata";
import { prepareImport, type Source } from "./prepare";
import { readRegistryFromDatabase } from "./registry";
import type { ImportResult } from "./types";
import { writeImport, type ImportOutcome } from "./write";

/**
 * The Import page's way in (importDocument in GraphQL): the same pipeline as `npm run ingest`
 * (prepare.ts, write.ts), fed from a pasted text or an uploaded file's bytes, with the registry
 * read from the database so that actors made by curators are found too.
 */

/** The most text an import takes: 2 MB, some five times the longest document a person would paste. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

/** What the page sends: the text or the file's bytes in base64, its name, and the document's fields. */
export interface ImportRequest {
  text?: string | null;
  base64?: string | null;
  fileName?: string | null;
  id?: string | null;
  title?: string | null;
  date?: string | null;
  kind?: string | null;
  citation?: string | null;
  sourceKind?: string | null;
  authors?: readonly string[] | null;
}

export interface ImportAnswer extends ImportResult {
  /** What a real import wrote; null for a dry run. */
  outcome: ImportOutcome | null;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** The request's bytes and file name, refused when there is no text, both kinds, or too much. */
export function sourceOf(request: ImportRequest): Source {
  const file = request.fileName?.trim() || "pasted text.txt";
  const hasText = typeof request.text === "string";
  const hasBytes = typeof request.base64 === "string";
  if (hasText && hasBytes) throw refuse("give the text or the file's bytes (base64), not both.");
  let bytes: Uint8Array;
  if (hasBytes) {
    const clean = request.base64!.replace(/\s+/g, "");
    if (!BASE64.test(clean) || clean.length % 4 === 1) throw refuse(`${file}: its bytes are not valid base64.`);
    if ((clean.length * 3) / 4 > MAX_IMPORT_BYTES * 1.01) throw refuse(`${file} is larger than ${mb(MAX_IMPORT_BYTES)}; split it into parts.`);
    bytes = Buffer.from(clean, "base64");
  } else if (hasText) {
    bytes = new TextEncoder().encode(request.text!);
  } else {
    throw refuse("there is no text: paste the document or choose a file.");
  }
  if (bytes.length > MAX_IMPORT_BYTES) throw refuse(`${file} is ${mb(bytes.length)}, more than the ${mb(MAX_IMPORT_BYTES)} an import takes; split it into parts.`);
  return { file, bytes };
}

function fieldsOf(request: ImportRequest): ImportFields {
  const given = (value: string | null | undefined) => (value && value.trim() !== "" ? value : undefined);
  return {
    id: given(request.id),
    title: given(request.title),
    date: given(request.date),
    kind: given(request.kind),
    citation: given(request.citation),
    sourceKind: given(request.sourceKind),
    authors: request.authors && request.authors.length > 0 ? [...request.authors] : undefined,
  };
}

/** Prepares the import and, unless it is a dry run, writes it in one transaction, proposed by `curator`. */
export async function importDocument(database: Database, request: ImportRequest, dryRun: boolean, curator?: string): Promise<ImportAnswer> {
  const source = sourceOf(request);
  const registry = await readRegistryFromDatabase(database);
  const prepared = prepareImport(source, fieldsOf(request), registry);
  if (dryRun) return { ...prepared.result, outcome: null };
  const outcome = await writeImport(database, prepared, new Set(registry.actors.keys()), curator);
  return { ...prepared.result, outcome };
}
