import { htmlToText } from "./html";

/**
 * The text as the seed documents were prepared (docs/seed-format.md): the source's words verbatim,
 * with web-page debris removed, footnote markup and Markdown emphasis dropped, and paragraphs the
 * page layout broke mid-sentence joined. Editorial insertions in brackets ("the UDB [the Yugoslav
 * State Security Administration]", "[...]") are the text's and stay.
 */

export type SourceFormat = "txt" | "md" | "html";

/** Whole lines that are the page around the text, never the text. */
const DEBRIS: readonly RegExp[] = [
  /^skip to (main )?content$/i,
  /^(home|menu|search|share|print|download|tweet|email|log ?in|sign ?in|sign up|subscribe|back to top|next|previous|close)( this( page| article)?)?$/i,
  /^(©|\(c\)|copyright\b).*/i,
  /^all rights reserved\.?$/i,
  /\b(this site uses cookies|accept (all )?cookies|cookie (policy|settings))\b/i,
  /^(privacy policy|terms of (use|service)|contact us|related (documents|articles|content))$/i,
  /^(page\s*)?\d{1,4}(\s*(of|\/)\s*\d{1,4})?$/i,
  /^[-–—_=*·•|\s]+$/,
];

/** Footnote references, never the words: [[1]](#), ^[ii], [^3], and a Markdown footnote's own line. */
function dropFootnoteMarks(text: string): string {
  return text
    .replace(/\[\[[\w*]{1,6}\]\]\([^)\s]*\)/g, "")
    .replace(/\^\[[\w*]{1,6}\]/g, "")
    .replace(/\[\^[\w*]{1,6}\](?!:)/g, "");
}

/** Markdown's markup, keeping what it marks: emphasis, headings' hashes, links' text, quotes' >. */
function dropMarkdown(text: string): string {
  return text
    .replace(/^\[\^[\w*]{1,6}\]:.*$/gm, "")
    .replace(/^#{1,6}\s+/gm, "")
    .replace(/^>\s?/gm, "")
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/\[([^\]]+)\]\((?:https?:|\/|#|mailto:)[^)]*\)/g, "$1")
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, "$2")
    .replace(/(?<![\w*])\*(?=\S)([^*\n]*?\S)\*(?![\w*])/g, "$1")
    .replace(/(?<![\w_])_(?=\S)([^_\n]*?\S)_(?![\w_])/g, "$1");
}

const isDebris = (line: string) => DEBRIS.some((pattern) => pattern.test(line.trim()));

/** A paragraph whose last line stops mid-sentence and whose next opens in lower case continues it. */
const endsMidSentence = (text: string) => !/[.!?:;"”’)\]…]$/.test(text);
const opensLowerCase = (text: string) => /^[\p{Ll}]/u.test(text);

/** Lines of one paragraph joined; a word the layout hyphenated at a line's end is made whole. */
function joinLines(lines: readonly string[]): string {
  let out = "";
  for (const line of lines) {
    if (out === "") out = line;
    else if (/\p{Ll}-$/u.test(out) && opensLowerCase(line)) out = out.slice(0, -1) + line;
    else out = `${out} ${line}`;
  }
  return out;
}

/** Paragraphs: split on blank lines or, in a text that has none, on line breaks. */
function paragraphs(text: string): string[][] {
  const hasBlankLines = /\n[ \t]*\n/.test(text.trim());
  const blocks = hasBlankLines ? text.split(/\n[ \t]*\n/) : text.split("\n");
  return blocks.map((block) => block.split("\n").map((l) => l.trim()).filter((l) => l !== "" && !isDebris(l)));
}

/** The cleaned text's passages, in order; empty when nothing in it is text. */
export function cleanText(source: string, format: SourceFormat): string[] {
  let text = source.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").replace(/\u00a0/g, " ");
  if (format === "html") text = htmlToText(text);
  if (format === "md") text = dropMarkdown(text);
  text = dropFootnoteMarks(text);
  const passages: string[] = [];
  for (const lines of paragraphs(text)) {
    if (lines.length === 0) continue;
    const paragraph = joinLines(lines).replace(/[ \t]+/g, " ").trim();
    if (!/[\p{L}]/u.test(paragraph)) continue;
    const previous = passages.at(-1);
    if (previous !== undefined && endsMidSentence(previous) && opensLowerCase(paragraph)) passages[passages.length - 1] = `${previous} ${paragraph}`;
    else passages.push(paragraph);
  }
  return passages;
}
