import { describe, expect, it } from "vitest";
import { serialisedOnce } from "./answer-cache";

describe("serialisedOnce", () => {
  const answer = { data: { network: { nodes: [{ id: "tito", name: "Josip Broz Tito" }] } }, extensions: { cypherRoundTrips: 3 } };

  it("gives the answer's JSON, as JSON.stringify writes it, and leaves its own method out of it", () => {
    const { result, json } = serialisedOnce(answer);
    expect(json).toBe(JSON.stringify(answer));
    expect(result.stringify(result)).toBe(json);
    expect(JSON.parse(result.stringify(result))).toEqual(answer);
  });

  it("serialises afresh a result rebuilt from it, so a later change is never hidden by the stored JSON", () => {
    const { result } = serialisedOnce(answer);
    const rebuilt = { ...result, extensions: { cypherRoundTrips: 4 } };
    expect(result.stringify(rebuilt)).toBe(JSON.stringify({ data: answer.data, extensions: { cypherRoundTrips: 4 } }));
  });
});
