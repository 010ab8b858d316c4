import { createHash, timingSafeEqual } from "node:crypto";
import type { GraphQLParams } from "graphql-yoga";
import type { Credentials } from "../auth/viewer";
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
  /** The admin token and the session the request carries (graph/auth/viewer.ts decides what they allow). */
  credentials: Credentials;
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
    credentials: {
      token: () => {
        const header = request.headers.get("authorization");
        if (header === null) return "absent";
        const expected = options.curationToken;
        if (!expected) return "disabled";
        const given = /^Bearer (.+)$/.exec(header)?.[1] ?? "";
        return given && tokensMatch(given, expected) ? "ok" : "denied";
      },
      // Sessions are read from the request's cookie by graph/auth (signIn sets it).
      session: () => Promise.resolve(null),
    },
  };
}
