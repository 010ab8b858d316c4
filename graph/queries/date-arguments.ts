import { AppError } from "../errors";

/** True for a real calendar day written YYYY-MM-DD (2020-02-30 and 2020-13-45 are not). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // setUTCFullYear, unlike Date.UTC, takes years below 100 as they are.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The date argument as given, or BAD_USER_INPUT naming the argument and the expected form. */
export function checkDate(argument: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (isCalendarDate(value)) return value;
  throw new AppError("BAD_USER_INPUT", `\`${argument}\` must be a calendar date written YYYY-MM-DD, e.g. 1956-10-06 (got ${JSON.stringify(value.slice(0, 40))}).`);
}
