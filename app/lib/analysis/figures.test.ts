import { describe, expect, it } from "vitest";
import { centralityOf } from "./centrality";
import { countByStance, netByMonth, precisionOf } from "./figures";

describe("a dossier's figures", () => {
  it("counts statements by stance and nets intensities per month, empty months kept and year-only dates apart", () => {
    const made = [
      { stance: "support" as const, intensity: 2, date: "1955-05-27" },
      { stance: "oppose" as const, intensity: -1, date: "1955-05" },
      { stance: "oppose" as const, intensity: -2, date: "1955" },
    ];
    const received = [{ stance: "oppose" as const, intensity: -2, date: "1955-07-02" }];
    expect(countByStance(made)).toEqual({ support: 1, oppose: 2, mixed: 0, neutral: 0 });
    const { months, yearOnly } = netByMonth(made, received);
    expect(yearOnly).toBe(1);
    expect(months.map((m) => [m.month, m.given, m.received])).toEqual([
      ["1955-05", 1, 0],
      ["1955-06", 0, 0],
      ["1955-07", 0, -2],
    ]);
    expect([precisionOf("1955-05-27"), precisionOf("1955-05"), precisionOf("1955")]).toEqual(["day", "month", "year"]);
  });

  it("degree counts distinct neighbours; betweenness finds the broker of a directed chain", () => {
    const figures = centralityOf({
      nodes: [{ id: "a" }, { id: "b" }, { id: "c" }],
      edges: [
        { source: "a", target: "b" },
        { source: "b", target: "a" },
        { source: "b", target: "c" },
      ],
    });
    expect(figures.get("b")).toMatchObject({ degree: 2, inDegree: 1, outDegree: 2, betweennessRank: 1 });
    expect(figures.get("b")!.betweenness).toBeGreaterThan(0);
    expect(figures.get("a")).toMatchObject({ degree: 1, betweenness: 0, betweennessRank: 2 });
  });
});
