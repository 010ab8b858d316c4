import { createHash, timingSafeEqual } from "node:crypto";
import type { GraphQLParams } from "graphql-yoga";
import type { Database } from "../db";
import { createLoaders, type Loaders } from "../queries/loaders";
import type { RateLimiter } from "../rate-limit";
import type { RequestStats } from "../request-stats";

/**
 * The header that names the client, set by the front door (scripts/lib/front-door.ts) from the
 * socket, or from a trusted proxy's X-Forwarded-For; whatever a client sends in it is replaced.
 */
export const CLIENT_HEADER = "x-client-address";

export interface Context {
  request: Request;
  params: GraphQLParams;
  /** The database this server was built with; resolvers read and write through it. */
  database: Database;
  loaders: Loaders;
  stats: RequestStats;
  /** "ok" when the request carries the configured curation token. */
  checkCurationToken: () => "ok" | "denied" | "disabled";
  /** Who is asking, for rate limits. */
  client: string;
  /** Curation writes per client, checked before the token so guesses are limited too. */
  writes: RateLimiter;
}

/** Compares digests, so the time taken says nothing about how much of the token was right. */
export function tokensMatch(given: string, expected: string): boolean {
  const digest = (s: string) => createHash("sha256").update(s).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

export interface ContextOptions {
  database: Database;
  curationToken: string | undefined;
  writes: RateLimiter;
}

export function createContext(request: Request, stats: RequestStats, options: ContextOptions): Omit<Context, "request" | "params"> {
  return {
    client: request.headers.get(CLIENT_HEADER) || "unknown",
    database: options.database,
    loaders: createLoaders(options.database),
    stats,
    writes: options.writes,
    checkCurationToken: () => {
      const expected = options.curationToken;
      if (!expected) return "disabled";
      const header = request.headers.get("authorization") ?? "";
      const given = /^Bearer (.+)$/.exec(header)?.[1] ?? "";
      return given && tokensMatch(given, expected) ? "ok" : "denied";
    },
  };
}
