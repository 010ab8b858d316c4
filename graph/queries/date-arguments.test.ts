import { describe, expect, it } from "vitest";
import { checkDate, isCalendarDate } from "./date-arguments";

describe("date arguments", () => {
  it("accepts real calendar days only", () => {
    expect(["1956-10-06", "1956-02-29", "2000-02-29", "0001-01-01"].every(isCalendarDate)).toBe(true);
    expect(["2020-13-45", "9999-99-99", "1957-02-29", "1900-02-29", "1956-10-6", "1956-10", "", "1956-10-06T00:00"].some(isCalendarDate)).toBe(false);
  });

  it("names the argument and the expected form when refusing", () => {
    expect(checkDate("filter.from", null)).toBeNull();
    expect(checkDate("filter.from", "1956-10-06")).toBe("1956-10-06");
    expect(() => checkDate("filter.from", "2020-13-45")).toThrow(/`filter\.from` must be a calendar date written YYYY-MM-DD.*"2020-13-45"/);
  });
});
