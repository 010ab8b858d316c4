import { describe, expect, it } from "vitest";
import { checkDateSaid, daysOf, formatDateSaid, placeOf, precisionOf, type DateSaid } from "./date-said";

const said = (patch: Partial<DateSaid>): DateSaid => ({ date: "1956-09-26", qualifier: "exact", until: null, source: "text", ...patch });

describe("dates said with their precision", () => {
  it("reads the precision from the form, and refuses what is not a real date", () => {
    expect(precisionOf("1956-09-26")).toBe("day");
    expect(precisionOf("1956-09")).toBe("month");
    expect(precisionOf("1956")).toBe("year");
    for (const bad of ["1956-13", "1956-02-30", "56-09", "1956/09", "1956-9", ""]) expect(precisionOf(bad), bad).toBeNull();
    expect(precisionOf("1956-02-29")).toBe("day");
  });

  it("covers the days of its precision, so a month is not the 1st of the month", () => {
    expect(daysOf("1956-09")).toEqual({ first: "1956-09-01", last: "1956-09-30" });
    expect(daysOf("1956-02")).toEqual({ first: "1956-02-01", last: "1956-02-29" });
    expect(daysOf("1957")).toEqual({ first: "1957-01-01", last: "1957-12-31" });
    expect(placeOf({ date: "1956-06", until: "1956-08" })).toEqual({ first: "1956-06-01", last: "1956-08-31" });
    expect(placeOf({ date: "1956-11-03", until: null })).toEqual({ first: "1956-11-03", last: "1956-11-03" });
  });

  it("says a date as a reader would, with its qualifier", () => {
    expect(formatDateSaid(said({}))).toBe("26 Sept. 1956");
    expect(formatDateSaid(said({ date: "1956-09", qualifier: "about" }))).toBe("about Sept. 1956");
    expect(formatDateSaid(said({ date: "1956-11-03", qualifier: "before" }))).toBe("before 3 Nov. 1956");
    expect(formatDateSaid(said({ date: "1956-06", qualifier: "between", until: "1956-08" }))).toBe("between June and Aug. 1956");
    expect(formatDateSaid(said({ date: "1955", qualifier: "between", until: "1956" }))).toBe("between 1955 and 1956");
  });
});

describe("what the seed refuses in a date said", () => {
  it("accepts the date of the document, and an earlier date from the text", () => {
    expect(checkDateSaid(said({ date: "1956-10-06", source: "document" }), "1956-10-06")).toEqual([]);
    expect(checkDateSaid(said({ date: "1956-10-06", qualifier: "before", source: "document" }), "1956-10-06")).toEqual([]);
    expect(checkDateSaid(said({}), "1956-10-06")).toEqual([]);
    // A month that contains the document's date is not after it.
    expect(checkDateSaid(said({ date: "1956-10" }), "1956-10-06")).toEqual([]);
  });

  it("refuses a date after the document, a document date that is not the document's, and a loose until", () => {
    expect(checkDateSaid(said({ date: "1956-10-07" }), "1956-10-06")[0]).toMatch(/after the document's date/);
    expect(checkDateSaid(said({ date: "1956-09-01", source: "document" }), "1956-10-06")[0]).toMatch(/not the document's date/);
    expect(checkDateSaid(said({ date: "1956-10-06", source: "document", qualifier: "about" }), "1956-10-06")[0]).toMatch(/exact .* or before/);
    expect(checkDateSaid(said({ qualifier: "between" }), "1956-10-06")[0]).toMatch(/needs date_until/);
    expect(checkDateSaid(said({ qualifier: "between", until: "1956-09-01" }), "1956-10-06")[0]).toMatch(/must come after/);
    expect(checkDateSaid(said({ until: "1956-09-30" }), "1956-10-06")[0]).toMatch(/only for date_qualifier between/);
    expect(checkDateSaid(said({ date: "1956-9-26" }), "1956-10-06")[0]).toMatch(/real date/);
  });
});
