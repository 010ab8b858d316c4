import { describe, expect, it } from "vitest";
import { axisMonths, monthsBetween, nextWindow, parseTypedRange, ticksOf } from "./timeline-axis";

describe("the timeline's axis", () => {
  it("spans the corpus, widened only by what lies outside it", () => {
    expect(axisMonths({ from: "1954-08", to: "1957-04" }, ["1956-10"])).toEqual(monthsBetween("1954-08", "1957-04"));
    expect(axisMonths({ from: "1955-01", to: "1955-03" }, ["1954-12"])).toEqual(["1954-12", "1955-01", "1955-02", "1955-03"]);
  });

  it("marks each year at its first month on the axis, quarters and months between", () => {
    const ticks = ticksOf(monthsBetween("1954-11", "1955-04"));
    expect(ticks.map((t) => [t.month, t.kind, t.label])).toEqual([
      ["1954-11", "year", "1954"],
      ["1954-12", "month", null],
      ["1955-01", "year", "1955"],
      ["1955-02", "month", null],
      ["1955-03", "month", null],
      ["1955-04", "quarter", null],
    ]);
  });
});

describe("dates typed for the range", () => {
  it("reads a year as its whole twelve months and a month as itself", () => {
    expect(parseTypedRange("1956", "1956")).toEqual({ range: { from: "1956-01", to: "1956-12" } });
    expect(parseTypedRange("1956-9", "1956-12")).toEqual({ range: { from: "1956-09", to: "1956-12" } });
    expect(parseTypedRange("1956-09", "")).toEqual({ range: { from: "1956-09", to: "1956-09" } });
  });

  it("says what is wrong with a date it cannot read", () => {
    expect(parseTypedRange("Sept 56", "1956")).toEqual({ error: "From: write a year (1956) or a year and month (1956-09)." });
    expect(parseTypedRange("1956-13", "1957")).toEqual({ error: "From: the month must be 01 to 12 (got 13)." });
    expect(parseTypedRange("1957-02", "1956-11")).toEqual({ error: "To (1956-11) comes before From (1957-02)." });
  });
});

describe("playback", () => {
  const months = monthsBetween("1956-01", "1956-04");
  it("moves the window a month at a time, keeping its width, and stops at the end", () => {
    expect(nextWindow(months, null)).toEqual({ from: "1956-01", to: "1956-01" });
    expect(nextWindow(months, { from: "1956-01", to: "1956-02" })).toEqual({ from: "1956-02", to: "1956-03" });
    expect(nextWindow(months, { from: "1956-03", to: "1956-04" })).toBeNull();
  });
});
