import { describe, expect, it } from "vitest";
import {
  actorIdOf,
  checkDraft,
  fieldOfError,
  newDraft,
  nextStatementId,
  quoteOf,
  toChanges,
  toInput,
  withStance,
  type Draft,
} from "./draft";

const passage = { id: "doc-1956-10-06-khrushchev-note-p3", index: 3, text: "Tito said that Khrushchev was right about Hungary." };
const filled = (patch: Partial<Draft> = {}): Draft => ({
  ...newDraft(passage, { start: 15, end: 35 }),
  speaker: { id: "tito", name: "Josip Broz Tito" },
  target: { id: "khrushchev", name: "Nikita Khrushchev" },
  ...patch,
});

describe("a new statement from the form", () => {
  it("quotes exactly the selected slice of the passage", () => {
    expect(quoteOf(filled())).toBe("Khrushchev was right");
    expect(toInput(filled(), "s-x-001")).toMatchObject({
      id: "s-x-001",
      passage: passage.id,
      quote: "Khrushchev was right",
      speaker: "tito",
      target: "khrushchev",
    });
  });

  it("leaves the date out when the document's date stands in, and sends it with its source when given", () => {
    const plain = toInput(filled(), "s-x-001");
    expect(plain.date).toBeUndefined();
    expect(plain.dateSource).toBeUndefined();
    expect(toInput(filled({ date: "1956-09", dateQualifier: "about" }), "s").date).toBe("1956-09");
    expect(toInput(filled({ date: "1956-09", dateQualifier: "between", dateUntil: "1956-10" }), "s")).toMatchObject({
      dateQualifier: "between",
      dateUntil: "1956-10",
      dateSource: "text",
    });
    expect(toInput(filled({ dateQualifier: "before" }), "s")).toMatchObject({ dateQualifier: "before" });
  });

  it("sends a reporter only with reported words, and topics without blanks or repeats", () => {
    const reporter = { id: "kardelj", name: "Edvard Kardelj" };
    expect(toInput(filled({ reportedBy: reporter }), "s").reportedBy).toBeNull();
    expect(toInput(filled({ mode: "reported", reportedBy: reporter }), "s").reportedBy).toBe("kardelj");
    expect(toInput(filled({ topics: " hungary, ,hungary , party" }), "s").topics).toEqual(["hungary", "party"]);
  });
});

describe("what the form says before anything is sent", () => {
  it("asks for both parties, different ones, and words enough", () => {
    expect(Object.keys(checkDraft(newDraft(passage, { start: 0, end: 2 }), "1956-10-06", "primary")).sort()).toEqual([
      "quote",
      "speaker",
      "target",
    ]);
    expect(checkDraft(filled({ target: { id: "tito", name: "Tito" } }), "1956-10-06", "primary").target).toMatch(/differ/);
    expect(checkDraft(filled(), "1956-10-06", "primary")).toEqual({});
  });

  it("checks the intensity against the stance, and moves it when the stance changes", () => {
    expect(checkDraft(filled({ stance: "oppose", intensity: 2 }), "1956-10-06", "primary").intensity).toMatch(/-1, -2/);
    expect(withStance(filled({ intensity: 2 }), "oppose").intensity).toBe(-1);
    expect(withStance(filled({ intensity: 1 }), "mixed").intensity).toBe(1);
    expect(withStance(filled({ intensity: 1 }), "neutral").intensity).toBe(0);
  });

  it("asks for the reporter of reported words, except in a tertiary source", () => {
    expect(checkDraft(filled({ mode: "reported" }), "1956-10-06", "primary").reportedBy).toBeDefined();
    expect(checkDraft(filled({ mode: "reported" }), "1956-10-06", "tertiary").reportedBy).toBeUndefined();
  });

  it("checks the date said against the document's date, by field", () => {
    expect(checkDraft(filled({ date: "1956-13" }), "1956-10-06", "primary").date).toMatch(/real date/);
    expect(checkDraft(filled({ date: "1957" }), "1956-10-06", "primary").date).toMatch(/after the document's date/);
    expect(checkDraft(filled({ date: "1956-09", dateQualifier: "between" }), "1956-10-06", "primary").dateUntil).toMatch(
      /later date/,
    );
    expect(checkDraft(filled({ dateQualifier: "about" }), "1956-10-06", "primary").date).toMatch(/Give the date/);
  });
});

describe("the changes an edit sends", () => {
  it("are only what changed", () => {
    const before = filled({ date: "1956-09", topics: "hungary" });
    expect(toChanges(before, before, "1956-10-06")).toEqual({});
    expect(toChanges(before, { ...before, stance: "oppose", intensity: -2, note: "a reading" }, "1956-10-06")).toEqual({
      stance: "oppose",
      intensity: -2,
      note: "a reading",
    });
    expect(toChanges(before, { ...before, quote: { start: 15, end: 25 } }, "1956-10-06")).toEqual({ quote: "Khrushchev" });
  });

  it("say where the date comes from when it changes, and give the document's date when it is cleared", () => {
    const before = filled({ date: "1956-09" });
    expect(toChanges(before, { ...before, date: "1956-08" }, "1956-10-06")).toEqual({
      date: "1956-08",
      dateSource: "text",
      dateQualifier: "exact",
    });
    expect(toChanges(before, { ...before, date: "" }, "1956-10-06")).toEqual({
      date: "1956-10-06",
      dateSource: "document",
      dateQualifier: "exact",
    });
    expect(toChanges(before, { ...before, dateQualifier: "between", dateUntil: "1956-10" }, "1956-10-06")).toEqual({
      dateQualifier: "between",
      dateUntil: "1956-10",
    });
  });
});

describe("a new statement's id", () => {
  it("follows the seed's numbering within the document, and moves on when one is taken", () => {
    const existing = ["s-1956-10-06-khrushchev-note-007", "s-1956-10-06-khrushchev-note-134", "s-other-999"];
    expect(nextStatementId("doc-1956-10-06-khrushchev-note", existing)).toBe("s-1956-10-06-khrushchev-note-135");
    expect(nextStatementId("doc-1956-10-06-khrushchev-note", existing, 2)).toBe("s-1956-10-06-khrushchev-note-137");
    expect(nextStatementId("doc-new", [])).toBe("s-new-001");
  });
});

describe("which field a refusal concerns", () => {
  it("reads the field the server names", () => {
    expect(fieldOfError("intensity 2 does not fit stance oppose (allowed: -1, -2).")).toBe("intensity");
    expect(fieldOfError("The quote is not found verbatim in the passage.")).toBe("quote");
    expect(fieldOfError('No person or organization has the id "x" (speaker).')).toBe("speaker");
    expect(fieldOfError('No person or organization has the id "x" (target).')).toBe("target");
    expect(fieldOfError("mode reported needs `reportedBy`: the person or body whose account this is.")).toBe("reportedBy");
    expect(fieldOfError("dateUntil 1956-09 must come after date 1956-10.")).toBe("dateUntil");
    expect(fieldOfError("date 1957 is after the document's date 1956-10-06.")).toBe("date");
    expect(fieldOfError("The graph database is unavailable.")).toBe("form");
  });
});

describe("a new actor's id", () => {
  it("is a person's surname, or an organisation's whole name, slugged without diacritics", () => {
    expect(actorIdOf("Anastas Mikoyan", "person")).toBe("mikoyan");
    expect(actorIdOf("  Veljko Mićunović ", "person")).toBe("micunovic");
    expect(actorIdOf("Hungarian Working People's Party", "organization")).toBe("hungarian-working-people-s-party");
    expect(actorIdOf("", "person")).toBe("");
  });
});
