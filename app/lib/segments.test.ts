import { describe, expect, it } from "vitest";
import { segmentPassage } from "./segments";

describe("segmentPassage", () => {
  const text = "Com. Tito told Rankovic that Kardelj agreed.";
  const mentions = [
    { start: 0, end: 9, id: "tito" },
    { start: 15, end: 23, id: "rankovic" },
    { start: 29, end: 36, id: "kardelj" },
  ];

  it("keeps the whole text, in order", () => {
    const segments = segmentPassage(text, mentions, null);
    expect(segments.map((s) => s.text).join("")).toBe(text);
    expect(segments.filter((s) => s.mention).map((s) => s.mention!.id)).toEqual(["tito", "rankovic", "kardelj"]);
  });

  it("marks a quote that cuts through a mention", () => {
    const quote = { start: text.indexOf("Rankovic that Kar"), end: text.indexOf("Rankovic that Kar") + "Rankovic that Kar".length };
    const segments = segmentPassage(text, mentions, quote);
    expect(segments.filter((s) => s.quoted).map((s) => s.text).join("")).toBe("Rankovic that Kar");
    expect(segments.filter((s) => s.mention?.id === "kardelj").map((s) => s.text)).toEqual(["Kar", "delj"]);
  });
});
