/**
 * Sentences and clauses of a passage with their offsets, and the dates a text gives (codebook §6),
 * for the proposer. Pure.
 */

export interface Span {
  start: number;
  end: number;
  text: string;
}

/** Abbreviations whose period does not end a sentence: "Com. Tito", "I. B. Tito", "Mr. Nagy". */
const ABBREVIATION = /(?:\b(?:Com|Coms|Mr|Mrs|Dr|Gen|Col|St|No|vs|etc|cf|Prof|Sr|Jr|P\.M|A\.M)|\b\p{Lu})\.$/u;

/** Cuts a text into spans at `cut`, trimmed, with offsets into the text; empty spans dropped. */
function spansOf(text: string, offset: number, ends: number[]): Span[] {
  const spans: Span[] = [];
  let from = 0;
  for (const to of [...ends, text.length]) {
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body.length > 0) spans.push({ start: offset + from + lead, end: offset + from + lead + body.length, text: body });
    from = to;
  }
  return spans;
}

/** Sentences: ends at . ! ? (and a closing quote or bracket after), not after an abbreviation or initial. */
export function sentencesOf(text: string): Span[] {
  const ends: number[] = [];
  const end = /[.!?…]+["”’)\]]*(?=\s+|$)/gu;
  for (let match = end.exec(text); match; match = end.exec(text)) {
    const upto = text.slice(0, match.index + 1);
    if (match[0].startsWith(".") && ABBREVIATION.test(upto)) continue;
    ends.push(match.index + match[0].length);
  }
  return spansOf(text, 0, ends);
}

/** Clauses of a sentence: at semicolons and at ", but" / ", while" style joins. */
export function clausesOf(sentence: Span): Span[] {
  const ends: number[] = [];
  const cut = /;|,\s+(?=(?:but|while|whereas|and\s+(?:he|she|they|we|I))\b)/g;
  for (let match = cut.exec(sentence.text); match; match = cut.exec(sentence.text)) ends.push(match.index + 1);
  return spansOf(sentence.text, sentence.start, ends);
}

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const MONTH = `(${MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1)).join("|")})`;
const pad = (n: number) => String(n).padStart(2, "0");
const monthOf = (name: string) => MONTHS.indexOf(name.toLowerCase()) + 1;

/**
 * The date a span gives for what was said, as precisely as it gives it: "on 26 September 1956",
 * "September 26, 1956", "in September 1956", "on 11 August" (the document's year), "in 1955".
 * Null when the span gives none, or gives one after the document's date (§6: never later).
 */
export function dateIn(span: string, documentDate: string): string | null {
  const year = documentDate.slice(0, 4);
  const found =
    (() => {
      const m = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}(?:,?\\s+(\\d{4}))?\\b`).exec(span);
      return m ? `${m[3] ?? year}-${pad(monthOf(m[2]!))}-${pad(Number(m[1]))}` : null;
    })() ??
    (() => {
      const m = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b`).exec(span);
      return m ? `${m[3] ?? year}-${pad(monthOf(m[1]!))}-${pad(Number(m[2]))}` : null;
    })() ??
    (() => {
      const m = new RegExp(`\\bin\\s+(?:early\\s+|late\\s+|mid-)?${MONTH}(?:\\s+(\\d{4}))?\\b`).exec(span);
      return m ? `${m[2] ?? year}-${pad(monthOf(m[1]!))}` : null;
    })() ??
    (() => {
      const m = /\bin\s+(1[89]\d\d|20\d\d)\b/.exec(span);
      return m ? m[1]! : null;
    })();
  if (found === null) return null;
  const day = Number(found.slice(8, 10) || "1");
  if (day < 1 || day > 31) return null;
  return documentDate.length > 0 && found > documentDate.slice(0, found.length) ? null : found;
}
