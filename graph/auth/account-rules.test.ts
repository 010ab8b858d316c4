import { describe, expect, it } from "vitest";
import { checkPassword, checkRole, checkUsername } from "./account-rules";

describe("account rules", () => {
  it("takes lowercase slugs of 2–40 characters as usernames", () => {
    for (const ok of ["ab", "ana-petrovic", "curator2", "a".repeat(40)]) expect(checkUsername(ok)).toBe(ok);
    expect(checkUsername("  ana  ")).toBe("ana");
    for (const bad of ["a", "Ana", "ana petrovic", "-ana", "ana-", "a".repeat(41), "ana_p", "ana@x", ""]) {
      expect(() => checkUsername(bad), bad).toThrow(/is not allowed: use 2–40 lowercase letters, digits and dashes/);
    }
  });

  it("wants passwords of 12 characters or more, and says how many it got", () => {
    expect(checkPassword("twelve chars")).toBe("twelve chars");
    expect(() => checkPassword("eleven char")).toThrow("The password is too short: it has 11 characters and needs at least 12.");
    expect(() => checkPassword("x".repeat(1025))).toThrow(/too long: at most 1024/);
  });

  it("knows three roles", () => {
    expect(checkRole("Curator")).toBe("curator");
    expect(() => checkRole("owner")).toThrow('There is no role "owner": choose one of viewer, curator, admin.');
  });
});
