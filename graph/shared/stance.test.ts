import { describe, expect, it } from "vitest";
import { netStance } from "./stance";

const counts = (support: number, oppose: number, mixed = 0, neutral = 0) => ({ support, oppose, mixed, neutral });

describe("netStance", () => {
  it("is neutral without statements or with neutral ones only", () => {
    expect(netStance(counts(0, 0), 0)).toBe("neutral");
    expect(netStance(counts(0, 0, 0, 3), 0)).toBe("neutral");
  });
  it("follows a clear majority", () => {
    expect(netStance(counts(3, 0), 1.3)).toBe("support");
    expect(netStance(counts(0, 2, 0, 1), -1.3)).toBe("oppose");
  });
  it("calls cancelling support and opposition mixed", () => {
    expect(netStance(counts(2, 2), 0)).toBe("mixed");
    expect(netStance(counts(1, 0, 1), 0.5)).toBe("support");
    expect(netStance(counts(0, 0, 2), 0)).toBe("mixed");
  });
});
