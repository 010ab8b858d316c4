import { describe, expect, it } from "vitest";
import { splitFrontMatter } from "./front-matter";

describe("splitFrontMatter", () => {
  it("separates the YAML from the body and says where the body starts", () => {
    const parsed = splitFrontMatter("---\ntitle: A\ndate: 2026-01-01\n---\n\nFirst.\n\nSecond.\n");
    expect(parsed).toEqual({ yaml: "title: A\ndate: 2026-01-01", body: "\nFirst.\n\nSecond.\n", bodyLine: 5 });
  });

  it("reads Windows line endings as Unix ones", () => {
    expect(splitFrontMatter("---\r\ntitle: A\r\n---\r\nBody\r\n")).toEqual({ yaml: "title: A", body: "Body\n", bodyLine: 4 });
  });

  it("ends the YAML at the first closing fence, so a later --- stays in the body", () => {
    expect(splitFrontMatter("---\na: 1\n---\ntext\n---\nmore\n")?.body).toBe("text\n---\nmore\n");
  });

  it("gives an empty YAML for empty front matter, and an empty body when nothing follows", () => {
    expect(splitFrontMatter("---\n\n---\n")).toEqual({ yaml: "", body: "", bodyLine: 4 });
  });

  it("answers null for a file that does not open with front matter", () => {
    expect(splitFrontMatter("title: A\n---\nBody\n")).toBeNull();
    expect(splitFrontMatter(" ---\na: 1\n---\nBody\n")).toBeNull();
    expect(splitFrontMatter("---\na: 1\n---")).toBeNull();
  });
});
