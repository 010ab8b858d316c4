import { createActor } from "../actor-curation";
import { optionalViewer, requireRole, type Viewer } from "../auth/viewer";
import { AppError } from "../errors";
import type { StatementFilter } from "../queries/filters";
import { getReviewQueue, revertRevision, reviewStatement } from "../review";
import { getHistory } from "../revisions";
import type { StatementRecord } from "../types";
import type { Context } from "./context";
import type { MutationResolvers, QueryResolvers } from "./generated/resolvers";

/**
 * The curators' side of the API: the review queue, history, review, new actors and reverts, and
 * the rule that proposed statements are shown to curators only. Merged into graph/schema/resolvers.ts.
 */

/** `includeProposed` widens a view for curators and admins; anyone else is refused, not quietly narrowed. */
export async function checkFilterAccess(ctx: Context, filter: StatementFilter | null | undefined): Promise<void> {
  if (!filter?.includeProposed) return;
  const viewer = await optionalViewer(ctx.credentials);
  if (!viewer || viewer.role === "viewer") {
    throw new AppError("FORBIDDEN", "`includeProposed` is for curators and admins: sign in to see proposed statements.", 403);
  }
}

/** A statement that is not accepted is shown by id only to curators and admins; to others it does not exist. */
export async function visibleStatement(ctx: Context, statement: StatementRecord | null): Promise<StatementRecord | null> {
  if (!statement || statement.status === "accepted") return statement;
  const viewer = await optionalViewer(ctx.credentials);
  return viewer && viewer.role !== "viewer" ? statement : null;
}

const connection = <T>(page: { items: T[]; totalCount: number; hasNextPage: boolean; endCursor: string | null }) => ({
  nodes: page.items,
  totalCount: page.totalCount,
  pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
});

/** Curators' reads: a session, or the admin token (which names no curator for a read). */
async function requireReader(ctx: Context): Promise<Viewer> {
  if (ctx.credentials.token() === "ok") return { username: "token", role: "admin", via: "token" };
  return requireRole(ctx.credentials, "curator");
}

export function reviewResolvers(requireWriter: (ctx: Context, curator?: string | null) => Promise<Viewer>): {
  Query: Pick<QueryResolvers, "reviewQueue" | "history">;
  Mutation: Pick<MutationResolvers, "reviewStatement" | "createActor" | "revertRevision">;
} {
  return {
    Query: {
      reviewQueue: async (_, args, ctx) => {
        await requireReader(ctx);
        return connection(await getReviewQueue(ctx.database, args.filter ?? {}, args.first, args.after));
      },
      history: async (_, args, ctx) => {
        await requireReader(ctx);
        return getHistory(ctx.database, args.id);
      },
    },
    Mutation: {
      reviewStatement: async (_, args, ctx) => {
        const viewer = await requireWriter(ctx, args.curator);
        return reviewStatement(ctx.database, viewer, args.id, args.decision, { reason: args.reason, version: args.version });
      },
      createActor: async (_, args, ctx) => {
        const viewer = await requireWriter(ctx, args.curator);
        return createActor(ctx.database, viewer, args.input, args.reason);
      },
      revertRevision: async (_, args, ctx) => {
        const viewer = await requireWriter(ctx, args.curator);
        if (viewer.role !== "admin") throw new AppError("FORBIDDEN", `Reverting needs the admin role; ${viewer.username} is a ${viewer.role}.`, 403);
        return revertRevision(ctx.database, viewer, args.id, args.reason);
      },
    },
  };
}
