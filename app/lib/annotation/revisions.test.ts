import { describe, expect, it } from "vitest";
import { actionLabel, changedFields, showValue } from "./revisions";

describe("what a revision changed", () => {
  it("lists the fields whose values differ, the statement's own first, without bookkeeping", () => {
    const before = JSON.stringify({
      stance: "support",
      intensity: 1,
      topics: ["hungary"],
      version: 1,
      status: "proposed",
      note: null,
    });
    const after = JSON.stringify({
      stance: "oppose",
      intensity: -2,
      topics: ["hungary"],
      version: 2,
      status: "proposed",
      note: "ironic",
    });
    expect(changedFields(before, after)).toEqual([
      { field: "stance", before: "support", after: "oppose" },
      { field: "intensity", before: "1", after: "-2" },
      { field: "note", before: "—", after: "ironic" },
    ]);
  });

  it("reads a creation as every field from nothing, and survives a value that is not JSON", () => {
    expect(changedFields(null, JSON.stringify({ status: "proposed", topics: ["a", "b"] }))).toEqual([
      { field: "topics", before: "—", after: "a, b" },
      { field: "status", before: "—", after: "proposed" },
    ]);
    expect(changedFields("not json", "{}")).toEqual([]);
  });

  it("shows actors by name, and names actions as a reader says them", () => {
    expect(showValue({ id: "tito", name: "Josip Broz Tito" })).toBe("Josip Broz Tito");
    expect(showValue({ id: "tito" })).toBe("tito");
    expect(actionLabel("accept")).toBe("Accepted");
    expect(actionLabel("something-new")).toBe("something-new");
  });
});
