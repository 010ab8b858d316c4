/**
 * Markdown front matter: the YAML between two `---` lines that open a file, and the text after.
 * Seed documents and essays both start this way; each parses the YAML with its own schema.
 */
export interface FrontMatter {
  /** The YAML between the fences; it starts on line 2 of the file. */
  yaml: string;
  /** Everything after the closing fence. */
  body: string;
  /** The 1-based line of the file on which the body starts. */
  bodyLine: number;
}

const FENCED = /^---\n([\s\S]*?)\n---\n/;

/** Splits a Markdown source into front matter and body; null when it does not open with front matter. */
export function splitFrontMatter(source: string): FrontMatter | null {
  const text = source.replace(/\r\n/g, "\n");
  const match = FENCED.exec(text);
  if (!match) return null;
  const fence = match[0];
  return { yaml: match[1]!, body: text.slice(fence.length), bodyLine: fence.split("\n").length };
}
