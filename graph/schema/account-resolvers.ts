import { listAccounts, revokeSessionsOf, verifyCredentials } from "../auth/accounts";
import { cookieAttributes, isHttps, SESSION_COOKIE, sealSessionId } from "../auth/session-cookie";
import { createSession, revokeSession, type LiveSession } from "../auth/sessions";
import { requireRole } from "../auth/viewer";
import { AppError } from "../errors";
import type { Context } from "./context";
import type { Resolvers } from "./generated/resolvers";

/**
 * Failed sign-ins allowed per window: per client, and per username so that guesses spread over
 * many addresses are limited too. A username's limit is kept above a person's typos and below
 * what guessing needs; it can lock its owner out for the window at worst, never for longer.
 */
export const SIGN_IN_LIMIT = { perClient: 20, perUsername: 10, windowMs: 15 * 60_000 };

/** One answer for an unknown username and a wrong password, so neither says which it was. */
export const SIGN_IN_REFUSED = "Wrong username or password.";

const toSessionInfo = (s: Pick<LiveSession, "username" | "role" | "accountCreatedAt" | "expiresAt">) => ({
  account: { username: s.username, role: s.role, createdAt: s.accountCreatedAt },
  expiresAt: s.expiresAt,
});

function refuseWhenLimited(ctx: Context, username: string): void {
  const { perClient, perUsername } = ctx.signIns;
  const spent = perClient.exhausted(ctx.client) ? perClient.retryAfter(ctx.client) : perUsername.exhausted(username) ? perUsername.retryAfter(username) : null;
  if (spent === null) return;
  throw new AppError(
    "RATE_LIMITED",
    `Too many failed sign-ins: at most ${perClient.limit} from one client and ${perUsername.limit} for one username every ${SIGN_IN_LIMIT.windowMs / 60_000} minutes; try again in ${spent} s.`,
    429,
    { "retry-after": String(spent) },
  );
}

/** Who may read or manage accounts: an admin's session, or the admin token (a script). */
const requireAdmin = (ctx: Context) => requireRole(ctx.credentials, "admin", "admin-token");

export const accountResolvers: Pick<Resolvers, "Query" | "Mutation"> = {
  Query: {
    me: async (_, __, ctx) => {
      const live = await ctx.session();
      return live && toSessionInfo(live);
    },
    accounts: async (_, __, ctx) => {
      await requireAdmin(ctx);
      return listAccounts(ctx.database);
    },
  },
  Mutation: {
    signIn: async (_, args, ctx) => {
      const username = args.username.trim().toLowerCase().slice(0, 100);
      refuseWhenLimited(ctx, username);
      const account = await verifyCredentials(ctx.database, username, args.password);
      if (!account) {
        ctx.signIns.perClient.take(ctx.client);
        ctx.signIns.perUsername.take(username);
        throw new AppError("UNAUTHENTICATED", SIGN_IN_REFUSED, 401);
      }
      const session = await createSession(ctx.database, account.username, ctx.sessionKeys.ttlHours);
      // The account was removed between the check and the session: the same refusal.
      if (!session) throw new AppError("UNAUTHENTICATED", SIGN_IN_REFUSED, 401);
      await ctx.request.cookieStore?.set({
        name: SESSION_COOKIE,
        value: await sealSessionId(session.id, ctx.sessionKeys),
        expires: new Date(session.expiresAt).getTime(),
        domain: null,
        ...cookieAttributes(isHttps(ctx.request)),
      });
      return toSessionInfo({ username: account.username, role: account.role, accountCreatedAt: account.createdAt, expiresAt: session.expiresAt });
    },
    signOut: async (_, __, ctx) => {
      const live = await ctx.session();
      const ended = live ? await revokeSession(ctx.database, live.id) : false;
      if (ctx.request.headers.get("cookie")?.includes(`${SESSION_COOKIE}=`)) {
        await ctx.request.cookieStore?.delete({ name: SESSION_COOKIE, ...cookieAttributes(isHttps(ctx.request)) });
      }
      return ended;
    },
    revokeSessions: async (_, args, ctx) => {
      await requireAdmin(ctx);
      return revokeSessionsOf(ctx.database, args.username);
    },
  },
};
