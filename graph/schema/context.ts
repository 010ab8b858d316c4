import { createHash, timingSafeEqual } from "node:crypto";
import { getConfig } from "../config";
import { createLoaders, type Loaders } from "../queries/loaders";
import type { RequestStats } from "../request-stats";

export interface Context {
  loaders: Loaders;
  stats: RequestStats;
  /** "ok" when the request carries the configured curation token. */
  checkCurationToken: () => "ok" | "denied" | "disabled";
  /** Who is asking, for rate limits: the first forwarded address, or "direct". */
  client: string;
}

/** Compares digests, so the time taken says nothing about how much of the token was right. */
export function tokensMatch(given: string, expected: string): boolean {
  const digest = (s: string) => createHash("sha256").update(s).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

export function createContext(request: Request, stats: RequestStats): Context {
  return {
    client: request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() || request.headers.get("x-real-ip") || "direct",
    loaders: createLoaders(),
    stats,
    checkCurationToken: () => {
      const expected = getConfig().curationToken;
      if (!expected) return "disabled";
      const header = request.headers.get("authorization") ?? "";
      const given = /^Bearer (.+)$/.exec(header)?.[1] ?? "";
      return given && tokensMatch(given, expected) ? "ok" : "denied";
    },
  };
}
