import { AppError } from "../errors";
import type { AccountRole } from "../schema/generated/resolvers";

/**
 * Who is asking, as far as writes and curators' reads are concerned: an account signed in with a
 * session, or a script holding the admin token (which names its curator on each call).
 */
export interface Viewer {
  username: string;
  role: AccountRole;
  via: "session" | "token";
}

const RANK: Record<AccountRole, number> = { viewer: 0, curator: 1, admin: 2 };

/** Whether `role` may do what `needed` may. */
export function allows(role: AccountRole, needed: AccountRole): boolean {
  return RANK[role] >= RANK[needed];
}

/** What the request carries: the admin token's verdict, and the session's account if any. */
export interface Credentials {
  /** "absent" when no Authorization header was sent; "disabled" when the server has no token. */
  token: () => "ok" | "denied" | "disabled" | "absent";
  /** The signed-in account, read once per request; null when there is no live session. */
  session: () => Promise<Viewer | null>;
}

export function checkCuratorName(curator: string | null | undefined): string {
  const name = (curator ?? "").trim();
  if (name.length === 0 || name.length > 100) {
    throw new AppError("BAD_USER_INPUT", "`curator` must name who is curating (1–100 characters) when writing with the admin token.");
  }
  return name;
}

/**
 * The viewer a write or a curators' read is made by, when their role allows it: the admin token
 * first (scripts), then the session. Refused with UNAUTHENTICATED when neither is there, and
 * FORBIDDEN when the role falls short.
 */
export async function requireRole(credentials: Credentials, needed: AccountRole, curator?: string | null): Promise<Viewer> {
  const token = credentials.token();
  if (token === "ok") return { username: checkCuratorName(curator), role: "admin", via: "token" };
  if (token === "denied") {
    throw new AppError("UNAUTHENTICATED", "The header `Authorization: Bearer <token>` does not carry the server's curation token.", 401);
  }
  if (token === "disabled") {
    throw new AppError("FORBIDDEN", "Writes with a token are disabled on this server: it has no CURATION_TOKEN configured. Sign in instead.", 403);
  }
  const viewer = await credentials.session();
  if (!viewer) throw new AppError("UNAUTHENTICATED", `This needs a ${needed}'s session: sign in at /sign-in (signIn in GraphQL), or, from a script, send \`Authorization: Bearer <token>\` with the admin token.`, 401);
  if (!allows(viewer.role, needed)) {
    throw new AppError("FORBIDDEN", `This needs the ${needed} role; ${viewer.username} is a ${viewer.role}.`, 403);
  }
  return viewer;
}

/** The viewer if signed in (or holding the token), without refusing anyone: for reads that widen for curators. */
export async function optionalViewer(credentials: Credentials): Promise<Viewer | null> {
  if (credentials.token() === "ok") return { username: "token", role: "admin", via: "token" };
  return credentials.session();
}
