import { describe, expect, it } from "vitest";
import { safeNextPath } from "./next-path";

describe("safeNextPath", () => {
  it("keeps a path on this site, with its query", () => {
    expect(safeNextPath("/review")).toBe("/review");
    expect(safeNextPath("/documents/doc-1?statement=s-1")).toBe("/documents/doc-1?statement=s-1");
  });

  it("sends anything else home", () => {
    for (const raw of ["https://elsewhere.example", "//elsewhere.example", "/\\elsewhere.example", "javascript:alert(1)", "", null, undefined, ["/a", "/b"], "/a\nb"]) {
      expect(safeNextPath(raw)).toBe("/");
    }
  });
});
