import { describe, expect, it } from "vitest";
import { monthEnd, monthStart } from "./dates";

describe("month bounds", () => {
  it("gives the first and the real last day of a month", () => {
    expect(monthStart("1956-11")).toBe("1956-11-01");
    expect(monthEnd("1956-11")).toBe("1956-11-30");
    expect(monthEnd("1956-02")).toBe("1956-02-29");
    expect(monthEnd("1957-02")).toBe("1957-02-28");
    expect(monthEnd("1954-12")).toBe("1954-12-31");
  });
});
