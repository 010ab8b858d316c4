import { createHash, timingSafeEqual } from "node:crypto";
import type { GraphQLParams } from "graphql-yoga";
import { readCookie, SESSION_COOKIE, unsealSessionId, type SessionKeys } from "../auth/session-cookie";
import { readSession, type LiveSession } from "../auth/sessions";
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
  /** What seals and opens the session cookie. */
  sessionKeys: SessionKeys;
  /** Failed sign-ins, per client and per username. */
  signIns: SignInLimits;
  /** The live session the request's cookie names, read once per request; null when there is none. */
  session: () => Promise<LiveSession | null>;
}

export interface SignInLimits {
  perClient: RateLimiter;
  perUsername: RateLimiter;
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
  sessionKeys: SessionKeys;
  signIns: SignInLimits;
}

/** The live session a request's cookie names, or null; a cookie that does not open is no session. */
export async function sessionOfRequest(database: Database, keys: SessionKeys, cookieHeader: string | null): Promise<LiveSession | null> {
  const id = await unsealSessionId(readCookie(cookieHeader, SESSION_COOKIE), keys);
  return id ? readSession(database, id) : null;
}

export function createContext(request: Request, stats: RequestStats, options: ContextOptions): Omit<Context, "request" | "params"> {
  let session: Promise<LiveSession | null> | undefined;
  const readOnce = () => (session ??= sessionOfRequest(options.database, options.sessionKeys, request.headers.get("cookie")));
  return {
    client: request.headers.get(CLIENT_HEADER) || "unknown",
    database: options.database,
    loaders: createLoaders(options.database),
    stats,
    writes: options.writes,
    sessionKeys: options.sessionKeys,
    signIns: options.signIns,
    session: readOnce,
    credentials: {
      token: () => {
        const header = request.headers.get("authorization");
        if (header === null) return "absent";
        const expected = options.curationToken;
        if (!expected) return "disabled";
        const given = /^Bearer (.+)$/.exec(header)?.[1] ?? "";
        return given && tokensMatch(given, expected) ? "ok" : "denied";
      },
      session: async () => {
        const live = await readOnce();
        return live && { username: live.username, role: live.role, via: "session" };
      },
    },
  };
}
