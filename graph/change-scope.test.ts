import { describe, expect, it } from "vitest";
import { touches, unionOf, type Change } from "./change-scope";

const change: Change = { seq: 1, actors: ["tito", "khrushchev"], from: "1956-01-01", to: "1956-12-31" };

describe("change scopes", () => {
  it("a change touches an answer when both its actors and its days overlap the answer's", () => {
    expect(touches(change, { actors: null, from: null, to: null })).toBe(true);
    expect(touches(change, { actors: ["tito"], from: "1956-06-01", to: "1957-01-01" })).toBe(true);
    expect(touches(change, { actors: ["hoxha"], from: null, to: null })).toBe(false);
    expect(touches(change, { actors: null, from: "1957-01-01", to: null })).toBe(false);
    expect(touches(change, { actors: null, from: null, to: "1955-12-31" })).toBe(false);
    expect(touches(change, { actors: null, from: "1956-12-31", to: "1956-12-31" })).toBe(true);
  });

  it("a union covers every scope it joins", () => {
    expect(unionOf([{ actors: ["a"], from: "1956-01-01", to: "1956-02-01" }, { actors: ["b"], from: "1955-01-01", to: null }])).toEqual({ actors: ["a", "b"], from: "1955-01-01", to: null });
    expect(unionOf([{ actors: ["a"], from: null, to: "1956-02-01" }, { actors: null, from: "1955-01-01", to: "1957-01-01" }])).toEqual({ actors: null, from: null, to: "1957-01-01" });
  });
});
