/**
 * When a statement was said, as precisely as its text tells and no more (docs/annotation-guidelines.md §6):
 * a date of day, month or year precision, a qualifier, and where the date comes from. Browser-safe.
 */
export const DATE_QUALIFIERS = ["exact", "about", "before", "after", "between"] as const;
export const DATE_SOURCES = ["text", "document"] as const;
export type DateQualifier = (typeof DATE_QUALIFIERS)[number];
export type DateSource = (typeof DATE_SOURCES)[number];
export type DatePrecision = "day" | "month" | "year";

export interface DateSaid {
  /** YYYY-MM-DD, YYYY-MM or YYYY. */
  date: string;
  qualifier: DateQualifier;
  /** The later bound of `between`, in the same forms. */
  until: string | null;
  source: DateSource;
}

const FORM = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];

const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const pad = (n: number) => String(n).padStart(2, "0");

/** The precision a date's form gives, or null when it is not a real date in one of the three forms. */
export function precisionOf(date: string): DatePrecision | null {
  const m = FORM.exec(date);
  if (!m) return null;
  const [, , month, day] = m;
  if (month === undefined) return "year";
  const mm = Number(month);
  if (mm < 1 || mm > 12) return null;
  if (day === undefined) return "month";
  const dd = Number(day);
  return dd >= 1 && dd <= lastDay(Number(m[1]), mm) ? "day" : null;
}

/** The first and the last day a date of its precision covers, as YYYY-MM-DD. */
export function daysOf(date: string): { first: string; last: string } {
  const precision = precisionOf(date);
  if (!precision) throw new Error(`"${date}" is not a date of the form YYYY-MM-DD, YYYY-MM or YYYY`);
  const [y, m] = date.split("-").map(Number) as [number, number?];
  if (precision === "day") return { first: date, last: date };
  if (precision === "month") return { first: `${date}-01`, last: `${date}-${pad(lastDay(y, m!))}` };
  return { first: `${y}-01-01`, last: `${y}-12-31` };
}

/**
 * The days a statement is placed on for filtering and the timeline: the date the text gives,
 * widened to its precision (and to the later bound of `between`). "About", "before" and "after"
 * are shown with the date, not guessed at.
 */
export function placeOf(said: Pick<DateSaid, "date" | "until">): { first: string; last: string } {
  const first = daysOf(said.date).first;
  const last = daysOf(said.until ?? said.date).last;
  return { first, last };
}

/** A date as a reader says it: "6 Oct. 1956", "Sept. 1956", "1956". */
export function formatDate(date: string): string {
  const precision = precisionOf(date);
  if (!precision) return date;
  const [y, m, d] = date.split("-").map(Number) as [number, number?, number?];
  if (precision === "year") return String(y);
  if (precision === "month") return `${MONTHS[m! - 1]} ${y}`;
  return `${d} ${MONTHS[m! - 1]} ${y}`;
}

/** The date said, with its qualifier: "about Sept. 1956", "before 6 Oct. 1956", "between June and Aug. 1956". */
export function formatDateSaid(said: Pick<DateSaid, "date" | "qualifier" | "until">): string {
  const date = formatDate(said.date);
  switch (said.qualifier) {
    case "exact":
      return date;
    case "between": {
      const until = formatDate(said.until ?? said.date);
      // "between June and Aug. 1956" rather than "between June 1956 and Aug. 1956".
      const sameYear = said.until !== null && said.date.slice(0, 4) === said.until.slice(0, 4) && precisionOf(said.date) !== "year";
      return `between ${sameYear ? date.replace(/ \d{4}$/, "") : date} and ${until}`;
    }
    default:
      return `${said.qualifier} ${date}`;
  }
}

/**
 * Pure: what is wrong with a date said, checked against the date of the document that records it
 * (an empty list when nothing is). Messages name the field, for the seed's and the API's errors.
 */
export function checkDateSaid(said: DateSaid, documentDate: string): string[] {
  const problems: string[] = [];
  if (!precisionOf(said.date)) return [`date "${said.date}" must be a real date written YYYY-MM-DD, YYYY-MM or YYYY`];
  if (said.qualifier === "between") {
    if (said.until === null) problems.push("date_qualifier between needs date_until, the later bound");
    else if (!precisionOf(said.until)) problems.push(`date_until "${said.until}" must be a real date written YYYY-MM-DD, YYYY-MM or YYYY`);
    else if (daysOf(said.until).last <= daysOf(said.date).first) problems.push(`date_until ${said.until} must come after date ${said.date}`);
  } else if (said.until !== null) {
    problems.push(`date_until is only for date_qualifier between (the qualifier is ${said.qualifier})`);
  }
  if (daysOf(said.date).first > documentDate) problems.push(`date ${said.date} is after the document's date ${documentDate}: words cannot be recorded before they are said`);
  if (said.source === "document" && said.date !== documentDate) {
    problems.push(`date_source document means the document's date stands in, but date ${said.date} is not the document's date ${documentDate}`);
  }
  if (said.source === "document" && !["exact", "before"].includes(said.qualifier)) {
    problems.push(`date_source document goes with date_qualifier exact (the author writing) or before (words recounted, date unknown), not ${said.qualifier}`);
  }
  return problems;
}
