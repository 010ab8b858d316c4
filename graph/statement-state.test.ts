import { describe, expect, it } from "vitest";
import type { Viewer } from "./auth/viewer";
import { AppError } from "./errors";
import { changedFields, checkReview, checkVersion, restoreFields, type StatementState } from "./statement-state";

function refusal(check: () => void): AppError {
  try {
    check();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error("expected a refusal");
}

const curator = (username: string): Viewer => ({ username, role: "curator", via: "session" });
const proposal = { id: "s-1", status: "proposed" as const, statusBy: "alice", statusAt: "2026-01-01T00:00:00Z", proposedBy: "alice" };

describe("checkReview", () => {
  it("lets another curator review, and an admin review their own", () => {
    expect(() => checkReview(curator("bob"), proposal, "accept", null)).not.toThrow();
    expect(() => checkReview({ username: "alice", role: "admin", via: "session" }, proposal, "accept", null)).not.toThrow();
  });

  it("refuses a curator their own proposal, a rejection without a reason, and a statement already reviewed", () => {
    const own = refusal(() => checkReview(curator("alice"), proposal, "accept", null));
    expect([own.code, own.httpStatus]).toEqual(["FORBIDDEN", 403]);
    expect(own.message).toMatch(/your own proposal/);
    expect(refusal(() => checkReview(curator("bob"), proposal, "reject", " ")).code).toBe("BAD_USER_INPUT");
    const done = refusal(() => checkReview(curator("bob"), { ...proposal, status: "accepted", statusBy: "carol" }, "reject", "no"));
    expect([done.code, done.httpStatus]).toEqual(["CONFLICT", 409]);
    expect(done.message).toMatch(/it is accepted \(by carol at 2026-01-01T00:00:00Z\)/);
  });
});

describe("checkVersion", () => {
  it("passes the current version or none, and refuses another, saying who saved in between", () => {
    expect(() => checkVersion("s-1", undefined, 3, null)).not.toThrow();
    expect(() => checkVersion("s-1", 3, 3, null)).not.toThrow();
    const stale = refusal(() => checkVersion("s-1", 2, 3, { by: "bob", at: "2026-01-02T10:00:00Z" }));
    expect(stale.code).toBe("CONFLICT");
    expect(stale.message).toBe(
      'Statement "s-1" changed while you had it open: you edited version 2, but bob saved it at 2026-01-02T10:00:00Z (now version 3). Nothing was changed; reload it and apply your change again.',
    );
  });
});

describe("changedFields and restoreFields", () => {
  const state = { stance: "oppose", intensity: -1, note: null, topics: ["a"], status: "accepted" } as unknown as StatementState;

  it("finds the fields a revision changed, lists included, absent and null alike", () => {
    expect(changedFields({ stance: "oppose", note: null, topics: ["a"] }, { stance: "mixed", topics: ["a"] })).toEqual(["stance"]);
    expect(changedFields({ topics: ["a"] }, { topics: ["a", "b"] })).toEqual(["topics"]);
    expect(changedFields(null, { stance: "oppose" })).toEqual(["stance"]);
  });

  it("puts back only those fields", () => {
    expect(restoreFields(state, { stance: "support", intensity: 1, status: "proposed" }, ["status"])).toEqual({ ...state, status: "proposed" });
  });
});
