import { sealData, unsealData } from "iron-session";

/**
 * The session cookie: a session id sealed with iron-session (AES-256-CBC and HMAC-SHA-256 under
 * SESSION_SECRET), so that neither a forged nor an edited cookie is ever looked up, and an id read
 * from a database copy is no use without the secret. Whether the session is live is Neo4j's
 * answer (./sessions.ts), not the cookie's.
 */
export const SESSION_COOKIE = "stance_session";

export interface SessionKeys {
  /** At least 32 characters (graph/config.ts, ./session-secret.ts). */
  secret: string;
  ttlHours: number;
}

const ttlSeconds = (keys: SessionKeys) => Math.max(60, Math.round(keys.ttlHours * 3600));

export function sealSessionId(id: string, keys: SessionKeys): Promise<string> {
  return sealData({ sid: id }, { password: keys.secret, ttl: ttlSeconds(keys) });
}

/** The session id in a cookie, or null for one that is forged, altered, sealed with another secret or too old. */
export async function unsealSessionId(sealed: string | undefined | null, keys: SessionKeys): Promise<string | null> {
  if (!sealed || sealed.length > 2048) return null;
  try {
    const data = await unsealData<{ sid?: unknown }>(sealed, { password: keys.secret, ttl: ttlSeconds(keys) });
    return typeof data.sid === "string" && data.sid.length > 0 ? data.sid : null;
  } catch {
    return null;
  }
}

/** The attributes the cookie is set with: out of reach of scripts, not sent on cross-site requests. */
export function cookieAttributes(secure: boolean) {
  return { path: "/", httpOnly: true, sameSite: "lax" as const, secure };
}

/** Over https (directly, or as a trusted front door reports it) the cookie is marked Secure. */
export function isHttps(request: Request): boolean {
  return new URL(request.url).protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
}

/** The value of one cookie in a Cookie header. */
export function readCookie(header: string | null, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      try {
        return decodeURIComponent(part.slice(eq + 1).trim());
      } catch {
        return null;
      }
    }
  }
  return null;
}
