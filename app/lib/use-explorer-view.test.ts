import { describe, expect, it } from "vitest";
import { describeFilters, filterPhrase, toApiFilter, toSelection } from "./use-explorer-view";

const none = { stances: [], modes: [], documents: [], countries: [], includeOrganizations: false, includeTertiary: false };

describe("the explorer's view", () => {
  it("tells a selected edge from a selected node by its arrow", () => {
    expect(toSelection(null)).toBeNull();
    expect(toSelection("tito")).toEqual({ kind: "node", id: "tito" });
    expect(toSelection("khrushchev->tito")).toEqual({ kind: "edge", id: "khrushchev->tito", source: "khrushchev", target: "tito" });
  });

  it("asks the API for whole months, and leaves countries to the browser", () => {
    const filter = toApiFilter({ ...none, stances: ["oppose"], countries: ["Albania"] }, { from: "1956-02", to: "1956-03" });
    expect(filter).toEqual({ from: "1956-02-01", to: "1956-03-31", stances: ["oppose"], modes: [], documents: [], includeOrganizations: false, includeTertiary: false });
    expect(toApiFilter(none, null)).toMatchObject({ from: null, to: null });
  });

  it("asks for proposed statements only when the curator's view includes them, and says so", () => {
    expect(toApiFilter(none, null)).not.toHaveProperty("includeProposed");
    expect(toApiFilter(none, null, true)).toMatchObject({ includeProposed: true });
    expect(describeFilters(none, null, true)).toEqual(["with proposed statements, not yet reviewed"]);
  });

  it("describes each filter in force, and nothing when none is", () => {
    expect(describeFilters(none, null)).toEqual([]);
    expect(describeFilters({ ...none, modes: ["direct"], documents: ["a", "b"], includeOrganizations: true, includeTertiary: true }, { from: "1956-01", to: "1956-12" })).toEqual([
      "1956-01 – 1956-12",
      "mode: direct",
      "2 documents",
      "with parties and states",
      "with tertiary sources",
    ]);
  });

  it("reads the filters as one phrase: what narrows after 'filtered by', what widens after it", () => {
    expect(filterPhrase([])).toBe("");
    expect(filterPhrase(["1956-01 – 1956-12", "stance: oppose"])).toBe("filtered by 1956-01 – 1956-12 · stance: oppose");
    expect(filterPhrase(["with proposed statements, not yet reviewed"])).toBe("with proposed statements, not yet reviewed");
    expect(filterPhrase(["mode: direct", "with parties and states", "with tertiary sources"], ", ")).toBe(
      "filtered by mode: direct, with parties and states, with tertiary sources",
    );
  });
});
