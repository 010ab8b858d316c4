import { describe, expect, it } from "vitest";
import { createRateLimiter } from "./rate-limit";

describe("createRateLimiter", () => {
  it("allows up to the limit per window and per key, then resets", () => {
    let t = 0;
    const limiter = createRateLimiter(2, 1000, () => t);
    expect([limiter.take("a"), limiter.take("a"), limiter.take("a")]).toEqual([true, true, false]);
    expect(limiter.take("b")).toBe(true);
    expect(limiter.retryAfter("a")).toBe(1);
    t = 1000;
    expect(limiter.take("a")).toBe(true);
  });

  it("says whether a key is spent without spending anything", () => {
    let t = 0;
    const limiter = createRateLimiter(2, 1000, () => t);
    expect(limiter.exhausted("a")).toBe(false);
    expect(limiter.exhausted("a")).toBe(false);
    limiter.take("a");
    limiter.take("a");
    expect(limiter.exhausted("a")).toBe(true);
    expect(limiter.exhausted("b")).toBe(false);
    t = 1000;
    expect(limiter.exhausted("a")).toBe(false);
  });
});
