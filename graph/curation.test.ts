import { describe, expect, it } from "vitest";
import { afterChanges, checkCurator, checkNewStatement, checkStatement, type Final } from "./curation";
import { AppError } from "./errors";
import type { Stance } from "./shared/stance";
import type { StatementRecord } from "./types";

/** What a seed statement carries in review: accepted by the seed, at version 1. */
const SEED_STATUS = { status: "accepted", statusBy: "seed", statusAt: null, proposedBy: null, version: 1, retractedAt: null, retractedBy: null, retractReason: null } as const;

/** The error a check throws, or a failure when it throws none: every refusal must be a coded AppError. */
function refusal(check: () => void): AppError {
  try {
    check();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error("expected the check to refuse");
}

const PASSAGE = "Comrade Tito said that the Yugoslav comrades “will not bow” to pressure from any side.";
const DOCUMENT_DATE = "1956-10-06";

const valid: Final = {
  stance: "oppose",
  intensity: -1,
  mode: "direct",
  reportedBy: null,
  quote: "will not bow",
  said: { date: "1956-10-01", qualifier: "exact", until: null, source: "text" },
};

/** The valid statement with another date said. */
const saidOn = (date: string, patch: Partial<Final["said"]> = {}): Partial<Final> => ({ said: { ...valid.said, date, ...patch } });

/** Runs the shared checks on `valid` with some fields changed, in an ordinary letter whose reporter exists. */
const check =
  (changes: Partial<Final>, context: { sourceKind?: string; reporterFound?: boolean } = {}) =>
  () =>
    checkStatement({ ...valid, ...changes }, PASSAGE, DOCUMENT_DATE, context.sourceKind ?? "primary", context.reporterFound ?? true);

describe("checkStatement", () => {
  it("accepts a statement that keeps every rule", () => {
    expect(check({})).not.toThrow();
  });

  it("lets each stance take exactly its own intensities", () => {
    const fits: Record<Stance, number[]> = { support: [1, 2], oppose: [-1, -2], neutral: [0], mixed: [-1, 0, 1] };
    for (const stance of Object.keys(fits) as Stance[]) {
      for (const intensity of [-2, -1, 0, 1, 2, 3, 0.5]) {
        const label = `${stance} ${intensity}`;
        if (fits[stance].includes(intensity)) {
          expect(check({ stance, intensity }), label).not.toThrow();
        } else {
          const error = refusal(check({ stance, intensity }));
          expect(error.code, label).toBe("BAD_USER_INPUT");
          expect(error.message, label).toBe(
            `intensity ${intensity} does not fit stance ${stance} (allowed: ${fits[stance].join(", ")}).`,
          );
        }
      }
    }
  });

  it("takes the quote only as it stands in the passage, character for character", () => {
    expect(check({ quote: PASSAGE })).not.toThrow();
    expect(check({ quote: "“will not bow”" })).not.toThrow();
    for (const quote of [
      "Will not bow",
      "will  not bow",
      '"will not bow"',
      "will not bow.",
      "will not bow to pressure from all sides",
      "Comrade Tito said that the Yugoslav comrades will not bow",
    ]) {
      const error = refusal(check({ quote }));
      expect(error.code, quote).toBe("BAD_USER_INPUT");
      expect(error.message, quote).toMatch(/not found verbatim in the passage/);
    }
  });

  it("wants the exact words, not a fragment of two characters or blanks", () => {
    for (const quote of ["", "Ti", "   ", " a "]) {
      expect(refusal(check({ quote })).message, JSON.stringify(quote)).toMatch(/at least 3 characters/);
    }
    expect(check({ quote: "Tit" })).not.toThrow();
  });

  it("takes only real dates of day, month or year, on or before the document's own", () => {
    expect(check(saidOn(DOCUMENT_DATE))).not.toThrow();
    expect(check(saidOn("1956-02-29"))).not.toThrow();
    expect(check(saidOn("1956-09"))).not.toThrow();
    expect(check(saidOn("1956"))).not.toThrow();
    for (const date of ["1956-02-30", "1955-02-29", "1956-13-01", "1956-00-10", "1956-1-5", "06.10.1956", "", "1956-10-01T00:00:00Z"]) {
      expect(refusal(check(saidOn(date))).message, date).toBe(`date "${date}" must be a real date written YYYY-MM-DD, YYYY-MM or YYYY.`);
    }
    expect(refusal(check(saidOn("1956-10-07"))).message).toMatch(/^date 1956-10-07 is after the document's date 1956-10-06/);
  });

  it("names the API's fields when a qualifier and its bound disagree", () => {
    expect(refusal(check(saidOn("1956-09", { qualifier: "between" }))).message).toMatch(/^dateQualifier between needs dateUntil/);
    expect(check(saidOn("1956-06", { qualifier: "between", until: "1956-08" }))).not.toThrow();
    expect(refusal(check(saidOn("1956-09-01", { source: "document" }))).message).toMatch(/dateSource document/);
  });

  it("needs a reporter for reported words, except in a tertiary source", () => {
    expect(refusal(check({ mode: "reported", reportedBy: null })).message).toMatch(/mode reported needs `reportedBy`/);
    expect(check({ mode: "reported", reportedBy: null }, { sourceKind: "tertiary" })).not.toThrow();
    expect(check({ mode: "reported", reportedBy: "kardelj" })).not.toThrow();
  });

  it("keeps a reporter for reported words only, and only one who exists", () => {
    for (const mode of ["direct", "written"] as const) {
      expect(refusal(check({ mode, reportedBy: "kardelj" })).message, mode).toBe("`reportedBy` is only for mode reported.");
    }
    expect(refusal(check({ mode: "reported", reportedBy: "nobody" }, { reporterFound: false })).message).toBe(
      'No person or organization has the id "nobody" (reportedBy).',
    );
  });
});

describe("checkNewStatement", () => {
  const parties = { speaker: "tito", target: "khrushchev" };

  it("takes ids that are lowercase slugs", () => {
    for (const id of ["s-1956-10-06-note-200", "s1", "abc-1-x"])
      expect(() => checkNewStatement({ id, ...parties }), id).not.toThrow();
  });

  it("refuses any other id form, naming the id", () => {
    for (const id of ["", "S-1956", "s 1956", "s_1956", "-s", "s-", "s--1", "ś-1", "s/1", "s-1956\n"]) {
      const error = refusal(() => checkNewStatement({ id, ...parties }));
      expect(error.code, JSON.stringify(id)).toBe("BAD_USER_INPUT");
      expect(error.message, JSON.stringify(id)).toBe(`id "${id}" must be a lowercase slug such as s-1956-10-06-note-200.`);
    }
  });

  it("refuses a statement about its own speaker", () => {
    expect(refusal(() => checkNewStatement({ id: "s-1", speaker: "tito", target: "tito" })).message).toBe(
      "speaker and target must differ.",
    );
  });
});

describe("checkCurator", () => {
  it("wants a name of 1 to 100 characters", () => {
    expect(() => checkCurator("a")).not.toThrow();
    expect(() => checkCurator("x".repeat(100))).not.toThrow();
    for (const curator of ["", "   ", "\t\n", "x".repeat(101)]) {
      expect(refusal(() => checkCurator(curator)).message, JSON.stringify(curator)).toMatch(
        /`curator` must name who is curating/,
      );
    }
  });
});

describe("afterChanges", () => {
  const ref = (id: string) => ({ id, name: id, kind: "person" as const, country: null, unidentified: false });
  const current: StatementRecord = {
    id: "s-1",
    quote: "will not bow",
    stance: "oppose",
    intensity: -1,
    date: "1956-10-01",
    datePrecision: "day",
    dateQualifier: "exact",
    dateUntil: null,
    dateSource: "text",
    placedFrom: "1956-10-01",
    placedTo: "1956-10-01",
    sourceKind: "primary",
    mode: "reported",
    topics: ["hungary"],
    note: null,
    speaker: ref("tito"),
    target: ref("khrushchev"),
    reportedBy: ref("kardelj"),
    passage: { id: "doc-p1", index: 1, text: PASSAGE, documentId: "doc" },
    ...SEED_STATUS,
    documentId: "doc",
    curatedBy: null,
    curatedAt: null,
  };

  it("keeps what the changes leave out", () => {
    expect(afterChanges(current, {})).toEqual({
      stance: "oppose",
      intensity: -1,
      mode: "reported",
      reportedBy: "kardelj",
      quote: "will not bow",
      said: { date: "1956-10-01", qualifier: "exact", until: null, source: "text" },
    });
  });

  it("takes what the changes give", () => {
    expect(
      afterChanges(current, { stance: "mixed", intensity: 0, quote: "not bow", date: "1956-09-30", reportedBy: "hoxha" }),
    ).toEqual({
      stance: "mixed",
      intensity: 0,
      mode: "reported",
      reportedBy: "hoxha",
      quote: "not bow",
      said: { date: "1956-09-30", qualifier: "exact", until: null, source: "text" },
    });
  });

  it("dates a changed date from the text, and drops the later bound when the qualifier leaves between", () => {
    const between = { ...current, dateQualifier: "between" as const, dateUntil: "1956-10-05", dateSource: "document" as const };
    expect(afterChanges(between, { date: "1956-09" }).said).toEqual({ date: "1956-09", qualifier: "between", until: "1956-10-05", source: "text" });
    expect(afterChanges(between, { dateQualifier: "about" }).said.until).toBeNull();
  });

  it("drops the reporter when the mode leaves reported", () => {
    expect(afterChanges(current, { mode: "direct" }).reportedBy).toBeNull();
    expect(afterChanges(current, { mode: "reported" }).reportedBy).toBe("kardelj");
  });

  it("removes the reporter when the changes say null, and keeps one the changes name so the checks can refuse it", () => {
    expect(afterChanges(current, { reportedBy: null }).reportedBy).toBeNull();
    const named = afterChanges(current, { mode: "written", reportedBy: "kardelj" });
    expect(named.reportedBy).toBe("kardelj");
    expect(refusal(() => checkStatement(named, PASSAGE, DOCUMENT_DATE, "primary", true)).message).toBe(
      "`reportedBy` is only for mode reported.",
    );
  });
});
