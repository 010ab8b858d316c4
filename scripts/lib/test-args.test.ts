import { describe, expect, it } from "vitest";
import { onlyUnitTier } from "./test-args";

describe("onlyUnitTier", () => {
  it("is true for the unit tier alone, however it is written", () => {
    expect(onlyUnitTier(["--project", "unit"])).toBe(true);
    expect(onlyUnitTier(["--project=unit", "graph/map.test.ts"])).toBe(true);
    expect(onlyUnitTier(["--project", "unit", "--project", "unit"])).toBe(true);
  });

  it("is false when another tier, or every tier, is asked for", () => {
    expect(onlyUnitTier([])).toBe(false);
    expect(onlyUnitTier(["tests/integration/seed.test.ts"])).toBe(false);
    expect(onlyUnitTier(["--project", "unit", "--project", "integration"])).toBe(false);
    expect(onlyUnitTier(["--project", "integration", "--project=unit"])).toBe(false);
    expect(onlyUnitTier(["--project", "e2e"])).toBe(false);
  });
});
