import { describe, expect, it } from "vitest";
import { formatOf, isVerbatim, prepareImport } from "./prepare";
import { createRegistry } from "./registry";
import type { Proposal } from "./types";

const registry = createRegistry([
  { id: "tito", name: "Josip Broz Tito", aliases: ["Tito", "I.B. Tito"] },
  { id: "khrushchev", name: "Nikita Khrushchev", aliases: ["Khrushchev", "Hruščov"] },
]);
const bytes = (text: string) => new TextEncoder().encode(text);

describe("preparing an import", () => {
  it("numbers the passages, finds mentions with offsets into them, and hashes the text", () => {
    const { result, contentHash } = prepareImport({ file: "n.txt", bytes: bytes("I. B. Tito wrote.\n\nHRUŠČOV replied to Tito.") }, { date: "1956-10-06" }, registry);
    expect(result.passages).toEqual([
      { n: 1, text: "I. B. Tito wrote." },
      { n: 2, text: "HRUŠČOV replied to Tito." },
    ]);
    expect(result.mentions).toEqual([
      { passage: 1, start: 0, end: 10, text: "I. B. Tito", actor: { id: "tito", name: "Josip Broz Tito" } },
      { passage: 2, start: 0, end: 7, text: "HRUŠČOV", actor: { id: "khrushchev", name: "Nikita Khrushchev" } },
      { passage: 2, start: 19, end: 23, text: "Tito", actor: { id: "tito", name: "Josip Broz Tito" } },
    ]);
    expect(result.document.title).toBe("n");
    const again = prepareImport({ file: "other.txt", bytes: bytes("I. B. Tito wrote.\r\n\r\nHRUŠČOV replied to Tito.\n") }, { date: "1957" }, registry);
    expect(again.contentHash).toBe(contentHash);
  });

  it("refuses a text with no passages, and a file type it does not read", () => {
    expect(() => prepareImport({ file: "d.html", bytes: bytes("<html><nav>Home</nav><p> </p></html>") }, { date: "1956" }, registry)).toThrow(/d\.html has no passages/);
    expect(() => formatOf("scan.pdf")).toThrow(/only \.txt, \.md and \.html/);
  });

  it("keeps a proposal only when its quote is verbatim in its own passage", () => {
    const passages = ["Tito said the Soviet leaders were wrong.", "Khrushchev replied."];
    const proposal = { passage: 1, quote: "the Soviet leaders were wrong" } as Proposal;
    expect(isVerbatim(proposal, passages)).toBe(true);
    expect(isVerbatim({ ...proposal, quote: "the Soviet leaders  were wrong" }, passages)).toBe(false);
    expect(isVerbatim({ ...proposal, passage: 2 }, passages)).toBe(false);
    expect(isVerbatim({ ...proposal, passage: 3 }, passages)).toBe(false);
  });

  it("gives the proposer the registries' parties, states and countries, so a description names its party", () => {
    const sides = createRegistry([
      { id: "tito", name: "Josip Broz Tito", aliases: ["Tito"], country: "Yugoslavia" },
      { id: "khrushchev", name: "Nikita Khrushchev", aliases: ["Khrushchev"], country: "Soviet Union" },
      { id: "lcy", name: "League of Communists of Yugoslavia", aliases: ["LCY"], kind: "party", country: "Yugoslavia" },
    ]);
    const text = "Khrushchev said that the Yugoslav comrades had slandered the Soviet Union shamefully.";
    const { result } = prepareImport({ file: "r.txt", bytes: bytes(text) }, { date: "1956-10-06" }, sides);
    const pairs = result.proposals.map((p) => `${p.speaker.id} → ${p.target.id}`);
    expect(pairs).toContain("khrushchev → lcy");
    const without = prepareImport({ file: "r.txt", bytes: bytes(text) }, { date: "1956-10-06" }, createRegistry([...sides.actors.values()].map(({ kind: _kind, country: _country, ...rest }) => rest)));
    expect(without.result.proposals.map((p) => `${p.speaker.id} → ${p.target.id}`)).not.toContain("khrushchev → lcy");
  });
});
