import { describe, expect, it } from "vitest";
import { bestAlias, toLuceneQuery } from "./search";

describe("toLuceneQuery", () => {
  it("splits on Lucene syntax, keeps initials, and prefixes the last word", () => {
    expect(toLuceneQuery("Vukmanovic-Tempo")).toBe("vukmanovic OR (tempo OR tempo*)");
    expect(toLuceneQuery("I.B. Tito")).toBe("i.b. OR (tito OR tito*)");
    expect(toLuceneQuery("Kádár")).toBe("(kádár OR kadar*)");
  });

  it("neutralises operators and syntax", () => {
    expect(toLuceneQuery('tito~ OR * AND "x"')).toBe("tito OR x");
    expect(toLuceneQuery("((")).toBeNull();
    expect(toLuceneQuery("AND OR")).toBeNull();
    expect(toLuceneQuery("a\\b")).toBe("a OR b");
  });
});

describe("bestAlias", () => {
  it("picks the alias sharing most of the query", () => {
    expect(bestAlias("I.B. Tito", ["Tito", "Com. Tito", "I.B. Tito"])).toBe("I.B. Tito");
    expect(bestAlias("rankovic", ["Ranković", "Aleksandar Ranković"])).toBe("Ranković");
  });
});
