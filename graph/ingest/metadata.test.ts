import { describe, expect, it } from "vitest";
import { documentIdOf, readFrontMatter, resolveMetadata } from "./metadata";
import { createRegistry } from "./registry";

const registry = createRegistry([
  { id: "tito", name: "Josip Broz Tito", aliases: ["Tito", "Com. Tito", "I.B. Tito"] },
  { id: "kardelj", name: "Edvard Kardelj", aliases: ["Kardelj"] },
]);

describe("an import's metadata", () => {
  it("derives the id from the date and the title's first words", () => {
    expect(documentIdOf("1956-11-11", "Tito's speech at Pula, to the party's activists in Istria")).toBe("doc-1956-11-11-titos-speech-at-pula-to-the");
  });

  it("takes flags over the file's front matter, and resolves authors by id, alias or as new", () => {
    const { fields, body } = readFrontMatter("---\ntitle: From the file\ndate: 1956-11-11\nkind: speech\nsource_kind: secondary\n---\nText.\n", "a.md");
    expect(body).toBe("Text.\n");
    const meta = resolveMetadata({ title: "From the flag", authors: ["kardelj", "Com. Tito", "Veljko Mićunović"] }, fields, "a", "a.md", registry);
    expect(meta).toEqual({
      id: "doc-1956-11-11-from-the-flag",
      title: "From the flag",
      date: "1956-11-11",
      kind: "speech",
      citation: "Imported from a.md",
      sourceKind: "secondary",
      authors: [
        { id: "kardelj", name: "Edvard Kardelj" },
        { id: "tito", name: "Josip Broz Tito" },
        { id: null, name: "Veljko Mićunović" },
      ],
    });
  });

  it("refuses a date that is not a date, and a missing one", () => {
    expect(() => resolveMetadata({ date: "1956-02-30" }, {}, "t", "a.txt", registry)).toThrow('date "1956-02-30" is not a date');
    expect(() => resolveMetadata({ date: "last Tuesday" }, {}, "t", "a.txt", registry)).toThrow(/is not a date/);
    expect(() => resolveMetadata({}, {}, "t", "a.txt", registry)).toThrow(/needs a date/);
    expect(resolveMetadata({ date: "1956-10" }, {}, "t", "a.txt", registry).date).toBe("1956-10");
  });

  it("refuses a kind, source kind or id outside what the graph holds", () => {
    expect(() => resolveMetadata({ date: "1956", kind: "tweet" }, {}, "t", "a.txt", registry)).toThrow(/kind "tweet" is not one of letter/);
    expect(() => resolveMetadata({ date: "1956", sourceKind: "quaternary" }, {}, "t", "a.txt", registry)).toThrow(/source kind "quaternary"/);
    expect(() => resolveMetadata({ date: "1956", id: "Doc 1" }, {}, "t", "a.txt", registry)).toThrow(/id "Doc 1" must be a lowercase slug/);
  });
});
