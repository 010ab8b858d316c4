import { describe, expect, it } from "vitest";
import { fileNameFor, filterRows, sortRows, toRow, toTableCsv, type StatementLike } from "./statement-rows";

const statement = (id: string, speaker: string, intensity: number, date: string, quote: string): StatementLike => ({
  id,
  date,
  dateLabel: date,
  speaker: { id: speaker.toLowerCase(), name: speaker },
  target: { id: "tito", name: "Josip Broz Tito" },
  stance: intensity > 0 ? "support" : "oppose",
  intensity,
  mode: "direct",
  reportedBy: null,
  quote,
  passage: { index: 3, document: { id: "doc-1", title: "A note", citation: "Archive, f. 1" } },
});

const rows = [statement("s1", "Hoxha", -2, "1956-11-03", "=revisionist, he said"), statement("s2", "Kardelj", 2, "1955", 'a "true" friend'), statement("s3", "Rankovič", -1, "1956-10", "no")].map(toRow);

describe("the statement table", () => {
  it("sorts numbers as numbers and text as text, in either direction", () => {
    expect(sortRows(rows, "intensity", "asc").map((r) => r.intensity)).toEqual([-2, -1, 2]);
    expect(sortRows(rows, "speaker", "desc").map((r) => r.speaker)).toEqual(["Rankovič", "Kardelj", "Hoxha"]);
    expect(rows.map((r) => r.precision)).toEqual(["day", "year", "month"]);
  });

  it("filters by every word, ignoring case and accents", () => {
    expect(filterRows(rows, "rankovic").map((r) => r.id)).toEqual(["s3"]);
    expect(filterRows(rows, "TITO oppose").map((r) => r.id)).toEqual(["s1", "s3"]);
    expect(filterRows(rows, "  ")).toHaveLength(3);
  });

  it("writes intensities as numbers, quotes what needs quoting, and defuses formulas", () => {
    const lines = toTableCsv(rows).trimEnd().split("\r\n");
    expect(lines[0]).toBe("id,speaker,target,stance,intensity,mode,reportedBy,date,precision,dateLabel,quote,document,passage,citation,documentId");
    expect(lines[1]).toBe(`s1,Hoxha,Josip Broz Tito,oppose,-2,direct,,1956-11-03,day,1956-11-03,"'=revisionist, he said",A note,3,"Archive, f. 1",doc-1`);
    expect(lines[2]).toContain(`,2,direct,`);
    expect(lines[2]).toContain(`"a ""true"" friend"`);
  });

  it("names a file after the view", () => {
    expect(fileNameFor("statements", "filtered by 1956-09 – 1956-12 · stance: oppose", "csv")).toBe("stance-graph-statements-filtered-by-1956-09-1956-12-stance-oppose.csv");
    expect(fileNameFor("analysis", "", "json")).toBe("stance-graph-analysis.json");
  });
});
