import { createHash } from "node:crypto";
import path from "node:path";
import { cleanText, type SourceFormat } from "./clean";
import { decodeText } from "./decode";
import { refuse } from "./errors";
import { htmlTitle } from "./html";
import { readFrontMatter, resolveMetadata, type ImportFields } from "./metadata";
import { findNewNames } from "./new-names";
import { propose } from "./propose";
import { findMentions, sidesOf, type Registry } from "./registry";
import type { ImportResult, Proposal } from "./types";

/**
 * A file to what an import writes and a dry run prints: decoded, cleaned, split into passages,
 * its metadata resolved, its mentions found and its statements proposed. Pure but for the clock:
 * no database, so the dry run and the Import page's last check show exactly what would be saved.
 */

export interface Prepared {
  result: ImportResult;
  /** SHA-256 of the passages as saved: the same text imported again is recognised by it. */
  contentHash: string;
  /** Proposals left out because their quote is not verbatim in their passage. */
  dropped: Proposal[];
}

export interface Source {
  /** The file's name as given, for messages and the format. */
  file: string;
  bytes: Uint8Array;
  /** txt, md or html; taken from the file name when not given. */
  format?: SourceFormat;
}

export function formatOf(file: string): SourceFormat {
  const ext = path.extname(file).toLowerCase();
  if (ext === ".txt" || ext === ".text") return "txt";
  if (ext === ".md" || ext === ".markdown") return "md";
  if (ext === ".html" || ext === ".htm") return "html";
  throw refuse(`${file}: only .txt, .md and .html files are imported (not "${ext || "no extension"}").`);
}

export function hashPassages(passages: readonly string[]): string {
  return createHash("sha256").update(passages.join("\n\n")).digest("hex");
}

/** A proposal stands only with its quote verbatim in its own passage (the seed refuses any other). */
export function isVerbatim(proposal: Proposal, passages: readonly string[]): boolean {
  const text = passages[proposal.passage - 1];
  return text !== undefined && proposal.quote.trim().length > 0 && text.includes(proposal.quote);
}

export function prepareImport(source: Source, given: ImportFields, registry: Registry): Prepared {
  const format = source.format ?? formatOf(source.file);
  const raw = decodeText(source.bytes, source.file);
  const { fields: fromFile, body } = format === "md" ? readFrontMatter(raw, source.file) : { fields: {}, body: raw };
  const passages = cleanText(body, format);
  if (passages.length === 0) throw refuse(`${source.file} has no passages: once web-page debris and markup are taken out, no text is left.`);
  const fallbackTitle = (format === "html" ? htmlTitle(raw) : null) ?? path.basename(source.file, path.extname(source.file));
  const document = resolveMetadata(given, fromFile, fallbackTitle, source.file, registry);
  const numbered = passages.map((text, i) => ({ n: i + 1, text }));
  const mentions = findMentions(registry, passages);
  const found = findNewNames(registry, passages, mentions);
  const proposals: Proposal[] = [];
  const dropped: Proposal[] = [];
  // New names are proposed about too: such a proposal waits for a curator to confirm the name (write.ts).
  const allMentions = [...mentions, ...found.mentions].sort((a, b) => a.passage - b.passage || a.start - b.start);
  for (const proposal of propose({ document, passages: numbered, mentions: allMentions, ...sidesOf(registry) })) {
    (isVerbatim(proposal, passages) ? proposals : dropped).push(proposal);
  }
  const result = { document, passages: numbered, mentions: [...mentions, ...found.mentions], proposals, newNames: found.names };
  return { result, contentHash: hashPassages(passages), dropped };
}
