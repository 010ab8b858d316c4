import { describe, expect, it } from "vitest";
import { bestAlias, editDistance, toLuceneQuery, typosAllowed } from "./search";

describe("toLuceneQuery", () => {
  it("splits on Lucene syntax, keeps initials, boosts exact words, allows typos, and prefixes the last word", () => {
    expect(toLuceneQuery("Vukmanovic-Tempo")).toBe("(vukmanovic^4 OR vukmanovic~2) OR (tempo^4 OR tempo~1 OR tempo*)");
    expect(toLuceneQuery("I.B. Tito")).toBe("i.b. OR (tito^4 OR tito~1 OR tito*)");
    expect(toLuceneQuery("Kádár")).toBe("(kádár^4 OR kadar~1 OR kadar*)");
    expect(toLuceneQuery("I. B. Tito")).toBe("i^4 OR b^4 OR (tito^4 OR tito~1 OR tito*)");
  });

  it("allows no typo in short words, one in middling ones, two in long ones", () => {
    expect(typosAllowed("nad")).toBe(0);
    expect(typosAllowed("tito")).toBe(1);
    expect(typosAllowed("hrushchev")).toBe(2);
  });

  it("neutralises operators and syntax", () => {
    expect(toLuceneQuery('tito~ OR * AND "x"')).toBe("(tito^4 OR tito~1) OR x^4");
    expect(toLuceneQuery("((")).toBeNull();
    expect(toLuceneQuery("AND OR")).toBeNull();
    expect(toLuceneQuery("a\\b")).toBe("a^4 OR b^4");
  });
});

describe("bestAlias", () => {
  it("picks the alias sharing most of the query", () => {
    expect(bestAlias("I.B. Tito", ["Tito", "Com. Tito", "I.B. Tito"])).toBe("I.B. Tito");
    expect(bestAlias("rankovic", ["Ranković", "Aleksandar Ranković"])).toBe("Ranković");
  });

  it("finds the alias a misspelt query meant, and none when nothing is near", () => {
    expect(bestAlias("Hrushchev", ["Nikita Khrushchev", "Khrushchev", "N. Khrushchev"])).toBe("Khrushchev");
    expect(bestAlias("Rankovich", ["Aleksandar Ranković", "Ranković"])).toBe("Ranković");
    expect(bestAlias("Zhukov", ["Khrushchev"])).toBeNull();
  });

  it("measures edits, and stops counting past the limit", () => {
    expect(editDistance("hrushchev", "khrushchev")).toBe(1);
    expect(editDistance("hodja", "hoxha")).toBe(2);
    expect(editDistance("tito", "khrushchev", 2)).toBe(3);
  });
});
