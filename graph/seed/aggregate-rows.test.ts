import { describe, expect, it } from "vitest";
import { toAggregateRows } from "./aggregate-rows";
import type { StatementRow } from "./write-relationships";

const row = (id: string, over: Partial<StatementRow["props"]> & { speaker?: string; dateFirst?: string; passage?: string } = {}): StatementRow => {
  const { speaker = "a", dateFirst = "1956-10-06", passage = "doc-1-p1", ...props } = over;
  return {
    id,
    speaker,
    target: "b",
    passage,
    reportedBy: null,
    dateFirst,
    dateLast: dateFirst,
    props: { quote: "q", stance: "oppose", intensity: -2, mode: "direct", status: "accepted", sourceKind: "primary", ...props },
  };
};

const documentOf = (passage: string) => passage.replace(/-p\d+$/, "");

describe("toAggregateRows", () => {
  it("groups statements as BUILD_ALL does: one row per key, counting them and adding their intensities", () => {
    const rows = toAggregateRows(
      [
        row("s1"),
        row("s2", { intensity: -1, passage: "doc-1-p2" }),
        row("s3", { status: "proposed" }),
        row("s4", { sourceKind: "tertiary" }),
        row("s5", { passage: "doc-2-p1" }),
        row("s6", { status: "rejected" }),
        row("s7", { status: "retracted" }),
        row("s8", { speaker: "c", dateFirst: "1957-01-01" }),
      ],
      documentOf,
    );
    const key = (r: (typeof rows)[number]) => `${r.speaker}>${r.target} ${r.date} ${r.document} ${r.proposed ? "P" : "A"}${r.tertiary ? "T" : ""}`;
    expect(Object.fromEntries(rows.map((r) => [key(r), [r.count, r.intensitySum]]))).toEqual({
      "a>b 1956-10-06 doc-1 A": [2, -3],
      "a>b 1956-10-06 doc-1 P": [1, -2],
      "a>b 1956-10-06 doc-1 AT": [1, -2],
      "a>b 1956-10-06 doc-2 A": [1, -2],
      "c>b 1957-01-01 doc-1 A": [1, -2],
    });
  });

  it("leaves out a statement whose passage has no document", () => {
    expect(toAggregateRows([row("s1", { passage: "nowhere" })], () => undefined)).toEqual([]);
  });
});
