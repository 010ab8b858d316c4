import { describe, expect, it } from "vitest";
import { markRuns, placeQuotes, trimSpan } from "./marks";

const text = "Tito said that Khrushchev was right about Hungary.";
const a = { id: "a", quote: "Khrushchev was right" };
const b = { id: "b", quote: "right about Hungary" };

describe("marking statements in a passage", () => {
  it("places each quote where it first stands, and leaves a quote the text no longer holds unmarked", () => {
    const placed = placeQuotes(text, [a, { id: "gone", quote: "Nagy" }, { id: "empty", quote: "" }]);
    expect(placed).toEqual([{ statement: a, start: 15, end: 35 }]);
  });

  it("cuts the text so overlapping quotes and mentions are each marked, and the runs spell the text", () => {
    const mentions = [
      { start: 0, end: 4, actor: "tito" },
      { start: 15, end: 25, actor: "khrushchev" },
    ];
    const runs = markRuns(text, mentions, placeQuotes(text, [a, b]));
    expect(runs.map((r) => r.text).join("")).toBe(text);
    const at = (word: string) => runs.find((r) => r.text.includes(word))!;
    expect(at("Tito").mention?.actor).toBe("tito");
    expect(at("Tito").statements).toEqual([]);
    expect(at("Khrushchev").mention?.actor).toBe("khrushchev");
    expect(at("Khrushchev").statements.map((s) => s.id)).toEqual(["a"]);
    // Where both quotes cover the words, the shorter quote comes first: a click opens it.
    expect(at("right").statements.map((s) => s.id)).toEqual(["b", "a"]);
    expect(at("Hungary").statements.map((s) => s.id)).toEqual(["b"]);
  });
});

describe("the quote being annotated", () => {
  it("is cut out of the runs it crosses, marks and mentions included", () => {
    const runs = markRuns(text, [{ start: 15, end: 25 }], placeQuotes(text, [a]), { start: 10, end: 20 });
    expect(runs.map((r) => r.text).join("")).toBe(text);
    expect(runs.filter((r) => r.highlighted).map((r) => r.text)).toEqual(["that ", "Khrus"]);
    expect(runs.find((r) => r.text === "Khrus")?.statements.map((s) => s.id)).toEqual(["a"]);
  });
});

describe("the span a selection names", () => {
  it("is trimmed of surrounding whitespace only, in either direction of selecting", () => {
    expect(trimSpan(text, 14, 36)).toEqual({ start: 15, end: 35 });
    expect(trimSpan(text, 36, 14)).toEqual({ start: 15, end: 35 });
    expect(text.slice(15, 35)).toBe("Khrushchev was right");
  });

  it("is nothing when only whitespace is selected, and stays within the text", () => {
    expect(trimSpan(text, 4, 5)).toBeNull();
    expect(trimSpan(text, -3, 4)).toEqual({ start: 0, end: 4 });
    expect(trimSpan(text, 40, 999)).toEqual({ start: 40, end: text.length });
  });
});
