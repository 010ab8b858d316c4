import { describe, expect, it } from "vitest";
import { plural } from "./plural";

describe("plural", () => {
  it("says one in the singular, everything else in the plural, with thousands separated", () => {
    expect(plural(1, "proposed statement", "proposed statements")).toBe("1 proposed statement");
    expect(plural(0, "passage", "passages")).toBe("0 passages");
    expect(plural(1200, "mention", "mentions")).toBe("1,200 mentions");
  });
});
