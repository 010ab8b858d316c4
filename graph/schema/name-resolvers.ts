import { requireRole, type Viewer } from "../auth/viewer";
import { firstOf } from "./list-limits";
import { confirmName, dismissName, listNameCandidates, mergeName } from "../name-review";
import type { Context } from "./context";
import type { MutationResolvers, QueryResolvers } from "./generated/resolvers";

/** New names reviewed by curators (graph/name-review.ts); merged into graph/schema/resolvers.ts. */

/** Curators' reads: a session, or the admin token (which names no curator for a read). */
async function requireCuratorRead(ctx: Context): Promise<void> {
  if (ctx.credentials.token() === "ok") return;
  await requireRole(ctx.credentials, "curator");
}

export function nameResolvers(requireWriter: (ctx: Context, curator?: string | null) => Promise<Viewer>): {
  Query: Pick<QueryResolvers, "nameCandidates">;
  Mutation: Pick<MutationResolvers, "confirmName" | "mergeName" | "dismissName">;
} {
  return {
    Query: {
      nameCandidates: async (_, args, ctx) => {
        await requireCuratorRead(ctx);
        const first = args.first ?? 100;
        firstOf("Query.nameCandidates", first, []); // refuses a `first` past its maximum before the read
        return listNameCandidates(ctx.database, { document: args.document ?? null, status: args.status ?? null, first });
      },
    },
    Mutation: {
      confirmName: async (_, args, ctx) => confirmName(ctx.database, await requireWriter(ctx, args.curator), args.id, args.actor),
      mergeName: async (_, args, ctx) => mergeName(ctx.database, await requireWriter(ctx, args.curator), args.id, args.into),
      dismissName: async (_, args, ctx) => dismissName(ctx.database, await requireWriter(ctx, args.curator), args.id, args.reason),
    },
  };
}
