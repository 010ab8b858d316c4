import { refuse } from "./errors";

/**
 * Bytes to text, for what an analyst brings: UTF-8 with or without its byte-order mark, or UTF-16
 * with one. Anything else is refused rather than guessed at, since a wrong guess would put wrong
 * letters into quotes that must stay verbatim (a Latin-1 "š" read as UTF-8 is lost for good).
 */

const PRINTABLE_CONTROLS = new Set(["\t", "\n", "\r", "\f"]);

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Control characters that no text file holds; more than a few mean the file is not text. */
function controlShare(text: string): number {
  let controls = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if ((code < 0x20 && !PRINTABLE_CONTROLS.has(ch)) || code === 0x7f || code === 0xfffd) controls++;
  }
  return text.length === 0 ? 0 : controls / text.length;
}

/** The file's text; refuses an empty file, a binary file, or one not in UTF-8 or UTF-16 with a BOM. */
export function decodeText(bytes: Uint8Array, file: string): string {
  if (bytes.length === 0) throw refuse(`${file} is empty.`);
  let text: string;
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const encoding = bytes[0] === 0xff ? "utf-16le" : "utf-16be";
    try {
      text = new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      throw refuse(`${file} starts as UTF-16 but is not valid UTF-16.`);
    }
  } else {
    if (bytes.includes(0)) throw refuse(`${file} is a binary file, not text (it holds NUL bytes); save it as .txt, .md or .html in UTF-8.`);
    if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) throw refuse(`${file} is a PDF; export its text as .txt or .html first.`);
    try {
      text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      throw refuse(`${file} is not in UTF-8 (an unknown encoding, such as Windows-1250 or Latin-1); save it as UTF-8 and import it again.`);
    }
  }
  if (controlShare(text) > 0.01) throw refuse(`${file} is a binary file, not text (it holds control characters).`);
  if (text.trim().length === 0) throw refuse(`${file} is empty (it holds only spaces and line breaks).`);
  return text;
}
