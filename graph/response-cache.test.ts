import { describe, expect, it } from "vitest";
import { ResponseCache } from "./response-cache";

const answer = (body: string) => ({ result: { data: { body } }, bytes: body.length });

/** A version source whose reads finish only when told to, counting how many were started. */
function manualVersions() {
  const pending: ((v: string) => void)[] = [];
  let version = "v1";
  return {
    reads: () => pending.length,
    read: () => new Promise<string | null>((resolve) => pending.push(resolve)),
    finish: (index: number) => pending[index]!(version),
    set: (v: string) => {
      version = v;
    },
  };
}

describe("response cache", () => {
  it("serves an answer only under the data version it was stored at", () => {
    const cache = new ResponseCache(1024 * 1024, () => Promise.resolve("v1"));
    cache.set("q", "v1", answer("one"));
    expect(cache.get("q", "v1")?.result).toEqual({ data: { body: "one" } });
    expect(cache.get("q", "v2")).toBeUndefined();
    // The stale entry is gone for good, even if asked under its old version again.
    expect(cache.get("q", "v1")).toBeUndefined();
  });

  it("evicts the least recently used answers beyond its size, and refuses one that would crowd the rest", () => {
    const cache = new ResponseCache(400, () => Promise.resolve("v"));
    cache.set("a", "v", answer("x".repeat(90)));
    cache.set("b", "v", answer("x".repeat(90)));
    cache.set("c", "v", answer("x".repeat(90)));
    expect(cache.get("a", "v")).toBeDefined(); // a is now the most recently used
    cache.set("d", "v", answer("x".repeat(90)));
    cache.set("e", "v", answer("x".repeat(90)));
    expect(cache.get("b", "v")).toBeUndefined();
    expect(cache.get("a", "v")).toBeDefined();
    expect(cache.get("e", "v")).toBeDefined();
    cache.set("huge", "v", answer("x".repeat(150)));
    expect(cache.get("huge", "v")).toBeUndefined();
  });

  it("reads the version after each request arrives, sharing reads among requests that wait together", async () => {
    const versions = manualVersions();
    const cache = new ResponseCache(1024, versions.read);
    const first = cache.version();
    expect(versions.reads()).toBe(1);
    // Arrive while the first read is in flight: they must not use it (it may predate a write
    // they follow), so they share the next one.
    const second = cache.version();
    const third = cache.version();
    expect(versions.reads()).toBe(1);
    versions.set("v2");
    versions.finish(0);
    expect(await first).toBe("v2");
    await Promise.resolve();
    await Promise.resolve();
    expect(versions.reads()).toBe(2);
    versions.set("v3");
    versions.finish(1);
    expect(await second).toBe("v3");
    expect(await third).toBe("v3");
  });

  it("is off at size zero", () => {
    expect(new ResponseCache(0, () => Promise.resolve(null)).enabled).toBe(false);
    expect(new ResponseCache(1, () => Promise.resolve(null)).enabled).toBe(true);
  });
});
