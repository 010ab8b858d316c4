import { describe, expect, it } from "vitest";
import { filterParams } from "./filters";
import { tierFor } from "./totals";

describe("which stored form answers a filter", () => {
  it("the pair totals when the filter names only actors and the switches", () => {
    expect(tierFor(filterParams({}))).toBe("totals");
    expect(tierFor(filterParams({ speakers: ["tito"], targets: ["hoxha"], includeOrganizations: true, includeTertiary: true, includeProposed: true }))).toBe("totals");
    // An empty list is no filter.
    expect(tierFor(filterParams({ stances: [], documents: [] }))).toBe("totals");
  });

  it("the rows for dates, stances, modes and documents; the statements for ids and topics", () => {
    for (const filter of [{ from: "1956-01-01" }, { to: "1956-12-31" }, { stances: ["oppose" as const] }, { modes: ["direct"] }, { documents: ["doc"] }]) {
      expect(tierFor(filterParams(filter)), JSON.stringify(filter)).toBe("rows");
    }
    expect(tierFor(filterParams({ topics: ["x"] }))).toBe("statements");
    expect(tierFor(filterParams({ ids: ["s-1"], from: "1956-01-01" }))).toBe("statements");
  });

  it("a finer form when asked, never a coarser one than the filter allows", () => {
    expect(tierFor(filterParams({}), "rows")).toBe("rows");
    expect(tierFor(filterParams({}), "statements")).toBe("statements");
    expect(tierFor(filterParams({ from: "1956-01-01" }), "totals")).toBe("rows");
    expect(tierFor(filterParams({ topics: ["x"] }), "rows")).toBe("statements");
  });
});
