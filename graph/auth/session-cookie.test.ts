import { describe, expect, it } from "vitest";
import { readCookie, sealSessionId, unsealSessionId } from "./session-cookie";

const keys = { secret: "a-session-secret-of-forty-characters-000", ttlHours: 12 };

describe("the session cookie", () => {
  it("opens what it sealed, and nothing else", async () => {
    const sealed = await sealSessionId("session-id-1", keys);
    expect(sealed).not.toContain("session-id-1");
    expect(await unsealSessionId(sealed, keys)).toBe("session-id-1");
    expect(await unsealSessionId(sealed, { ...keys, secret: "another-secret-another-secret-another-secret" })).toBeNull();
    const flipped = sealed.slice(0, 20) + (sealed[20] === "A" ? "B" : "A") + sealed.slice(21);
    expect(await unsealSessionId(flipped, keys)).toBeNull();
    for (const junk of ["", "session-id-1", "Fe26.2*1*x*y*z", "x".repeat(5000), null, undefined]) {
      expect(await unsealSessionId(junk, keys)).toBeNull();
    }
  });

  it("reads one cookie out of a Cookie header", () => {
    expect(readCookie("theme=dark; stance_session=Fe26.2*abc; other=1", "stance_session")).toBe("Fe26.2*abc");
    expect(readCookie("not_stance_session=1", "stance_session")).toBeNull();
    expect(readCookie("stance_session=%E0%A4%A", "stance_session")).toBeNull();
    expect(readCookie(null, "stance_session")).toBeNull();
  });
});
