import { describe, expect, it } from "vitest";
import type { AggregateRow } from "./aggregate-rows";
import { toMonthTotalRows, toPairTotalRows } from "./total-rows";

const row = (over: Partial<AggregateRow>): AggregateRow => ({
  speaker: "a",
  target: "b",
  date: "1956-10-06",
  dateLast: "1956-10-06",
  stance: "oppose",
  mode: "direct",
  proposed: false,
  tertiary: false,
  document: "doc-1",
  count: 1,
  intensitySum: -2,
  ...over,
});

const rows = [
  row({ count: 2, intensitySum: -3 }),
  row({ stance: "support", date: "1955-05-26", dateLast: "1955-06-02", count: 3, intensitySum: 6, document: "doc-2" }),
  row({ stance: "mixed", date: "1957-01-01", dateLast: "1957-01-31", mode: "reported" }),
  row({ proposed: true, stance: "neutral" }),
  row({ tertiary: true }),
  row({ speaker: "org", stance: "support", date: "1956-10-20", dateLast: "1956-10-20" }),
];

describe("toPairTotalRows", () => {
  it("adds up a pair's rows per proposed and tertiary as BUILD_TOTALS does: counts by stance, intensities, first and last day", () => {
    const totals = toPairTotalRows(rows);
    const byKey = Object.fromEntries(totals.map(({ speaker, target, proposed, tertiary, ...rest }) => [`${speaker}>${target} ${proposed ? "P" : "A"}${tertiary ? "T" : ""}`, rest]));
    expect(byKey).toEqual({
      "a>b A": { count: 6, support: 3, oppose: 2, mixed: 1, neutral: 0, intensitySum: 1, date: "1955-05-26", dateLast: "1957-01-31" },
      "a>b P": { count: 1, support: 0, oppose: 0, mixed: 0, neutral: 1, intensitySum: -2, date: "1956-10-06", dateLast: "1956-10-06" },
      "a>b AT": { count: 1, support: 0, oppose: 1, mixed: 0, neutral: 0, intensitySum: -2, date: "1956-10-06", dateLast: "1956-10-06" },
      "org>b A": { count: 1, support: 1, oppose: 0, mixed: 0, neutral: 0, intensitySum: -2, date: "1956-10-20", dateLast: "1956-10-20" },
    });
  });
});

describe("toMonthTotalRows", () => {
  it("counts per first and last month, stance, proposed, tertiary and both ends people, keyed as MONTH_KEY spells it", () => {
    const months = toMonthTotalRows(rows, (id) => id !== "org");
    expect(Object.fromEntries(months.map((m) => [m.key, m.count]))).toEqual({
      "1956-10|1956-10|oppose|false|false|true": 2,
      "1955-05|1955-06|support|false|false|true": 3,
      "1957-01|1957-01|mixed|false|false|true": 1,
      "1956-10|1956-10|neutral|true|false|true": 1,
      "1956-10|1956-10|oppose|false|true|true": 1,
      "1956-10|1956-10|support|false|false|false": 1,
    });
    expect(months.find((m) => m.key.startsWith("1955-05"))).toEqual({
      key: "1955-05|1955-06|support|false|false|true", month: "1955-05", lastMonth: "1955-06", stance: "support", proposed: false, tertiary: false, persons: true, count: 3,
    });
  });
});
