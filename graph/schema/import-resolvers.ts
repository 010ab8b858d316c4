import type { Viewer } from "../auth/viewer";
import { importDocument } from "../ingest/import-document";
import type { Context } from "./context";
import type { MutationResolvers } from "./generated/resolvers";

/** The Import page's one mutation; merged into graph/schema/resolvers.ts. */
export function importResolvers(requireWriter: (ctx: Context, curator?: string | null) => Promise<Viewer>): {
  Mutation: Pick<MutationResolvers, "importDocument">;
} {
  return {
    Mutation: {
      importDocument: async (_, args, ctx) => {
        const viewer = await requireWriter(ctx, args.curator);
        return importDocument(ctx.database, args.input, args.dryRun !== false, viewer.username);
      },
    },
  };
}
