import { describe, expect, it } from "vitest";
import { acceptsGzip } from "./graphql-listener";

describe("acceptsGzip", () => {
  it("reads gzip, or any coding, from Accept-Encoding unless its weight is zero", () => {
    expect(acceptsGzip("gzip, deflate, br")).toBe(true);
    expect(acceptsGzip("br;q=1.0, gzip;q=0.8")).toBe(true);
    expect(acceptsGzip("*")).toBe(true);
    expect(acceptsGzip("gzip;q=0")).toBe(false);
    expect(acceptsGzip("identity")).toBe(false);
    expect(acceptsGzip("deflate, br")).toBe(false);
    expect(acceptsGzip(null)).toBe(false);
  });
});
