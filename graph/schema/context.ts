import { createHash, timingSafeEqual } from "node:crypto";
import { getConfig } from "../config";
import { createLoaders, type Loaders } from "../queries/loaders";
import type { RequestStats } from "../request-stats";

export interface Context {
  loaders: Loaders;
  stats: RequestStats;
  /** "ok" when the request carries the configured curation token. */
  checkCurationToken: () => "ok" | "denied" | "disabled";
}

/** Compares digests, so the time taken says nothing about how much of the token was right. */
export function tokensMatch(given: string, expected: string): boolean {
  const digest = (s: string) => createHash("sha256").update(s).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

export function createContext(request: Request, stats: RequestStats): Context {
  return {
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
