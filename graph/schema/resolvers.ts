import { createStatement, retractStatement, updateStatement, type StatementChanges, type StatementInput } from "../curation";
import { AppError } from "../errors";
import { createRateLimiter } from "../rate-limit";
import { getDatabaseHealth } from "../health";
import { getEgoNetwork } from "../queries/ego";
import { listActors, listDocuments } from "../queries/entities";
import type { StatementFilter } from "../queries/filters";
import { getLimitedNetwork } from "../queries/network";
import { findPaths, type ActorPath } from "../queries/paths";
import { search } from "../queries/search";
import { checkPageSize } from "../queries/paging";
import { listStatements } from "../queries/statements";
import { getTimeline } from "../queries/timeline";
import type { Actor, ActorKind, ActorRef, DocumentRecord, MentionRecord, Page, PassageRecord, Role, StatementRecord } from "../types";
import type { Context } from "./context";

const notFound = (what: string, id: string, hint: string) =>
  new AppError("NOT_FOUND", `No ${what} has the id "${id}". ${hint}`, 404);

async function loadActor(ctx: Context, id: string, kind?: ActorKind): Promise<Actor> {
  const actor = await ctx.loaders.actor.load(id);
  if (!actor || (kind && actor.kind !== kind)) {
    throw notFound(kind ?? "person or organization", id, "Use `search` or `actors` to find ids.");
  }
  return actor;
}

const connection = <T>(page: Page<T>) => ({
  nodes: page.items,
  totalCount: page.totalCount,
  pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
});

type ActorParent = ActorRef & Partial<Actor>;

/** A field an actor reference may lack (it came embedded in a statement): fetched in one batch. */
const actorField =
  <K extends keyof Actor>(field: K) =>
  async (parent: ActorParent, _: unknown, ctx: Context): Promise<Actor[K] | null> => {
    if (parent[field] !== undefined) return parent[field] as Actor[K];
    return (await ctx.loaders.actor.load(parent.id))?.[field] ?? null;
  };

const mentionsOf = async (parent: ActorParent, args: { first: number }, ctx: Context) => {
  if (!Number.isInteger(args.first) || args.first < 1 || args.first > 200) {
    throw new AppError("LIMIT_EXCEEDED", `Page size limit: mentions(first:) must be between 1 and 200 (got ${args.first}).`);
  }
  return (await ctx.loaders.mentionsOfActor.load(parent.id)).slice(0, args.first);
};

const actorFields = {
  aliases: actorField("aliases"),
  bio: actorField("bio"),
  country: actorField("country"),
  statementsMade: (p: ActorParent, _: unknown, ctx: Context) => ctx.loaders.statementsBy.load(p.id),
  statementsReceived: (p: ActorParent, _: unknown, ctx: Context) => ctx.loaders.statementsAbout.load(p.id),
  mentions: mentionsOf,
  documents: (p: ActorParent, _: unknown, ctx: Context) => ctx.loaders.documentsOfActor.load(p.id),
};

/** Curation writes per client and minute: generous for a person, tight for a script gone wrong. */
export const WRITE_LIMIT = { perMinute: 30 };
const writes = createRateLimiter(WRITE_LIMIT.perMinute, 60_000);

function requireWriter(ctx: Context): void {
  const verdict = ctx.checkCurationToken();
  if (verdict === "disabled") {
    throw new AppError("FORBIDDEN", "Curation writes are disabled on this server: it has no CURATION_TOKEN configured.", 403);
  }
  if (verdict === "denied") {
    throw new AppError("UNAUTHENTICATED", "Curation writes need the header `Authorization: Bearer <token>` with the server's curation token.", 401);
  }
  if (!writes.take(ctx.client)) {
    throw new AppError("RATE_LIMITED", `Write rate limit: at most ${WRITE_LIMIT.perMinute} curation writes a minute; try again in ${writes.retryAfter(ctx.client)} s.`, 429);
  }
}

export const resolvers = {
  Query: {
    search: (_: unknown, args: { query: string; first: number }) => {
      checkPageSize(args.first);
      return search(args.query, args.first);
    },
    person: (_: unknown, args: { id: string }, ctx: Context) => loadActor(ctx, args.id, "person"),
    organization: (_: unknown, args: { id: string }, ctx: Context) => loadActor(ctx, args.id, "organization"),
    actor: (_: unknown, args: { id: string }, ctx: Context) => loadActor(ctx, args.id),
    actors: async (_: unknown, args: { kind?: ActorKind | null; first: number; after?: string | null }) =>
      connection(await listActors(args.kind ?? null, args.first, args.after)),
    document: async (_: unknown, args: { id: string }, ctx: Context) => {
      const document = await ctx.loaders.document.load(args.id);
      if (!document) throw notFound("document", args.id, "The `documents` query lists them all.");
      return document;
    },
    documents: () => listDocuments(),
    statement: async (_: unknown, args: { id: string }, ctx: Context) => {
      const statement = await ctx.loaders.statement.load(args.id);
      if (!statement) throw notFound("statement", args.id, "Use `statements` with a filter to find ids.");
      return statement;
    },
    statements: async (_: unknown, args: { filter?: StatementFilter | null; first: number; after?: string | null }) =>
      connection(await listStatements(args.filter ?? {}, args.first, args.after)),
    network: (_: unknown, args: { filter?: StatementFilter | null; limit?: number | null }) => getLimitedNetwork(args.filter ?? {}, { limit: args.limit }),
    egoNetwork: (_: unknown, args: { id: string; depth: number; filter?: StatementFilter | null }) =>
      getEgoNetwork(args.id, args.depth, args.filter ?? {}),
    paths: (_: unknown, args: { from: string; to: string; maxLength: number; since?: string | null; until?: string | null }) =>
      findPaths(args.from, args.to, args.maxLength, { from: args.since ?? null, to: args.until ?? null }),
    timeline: (_: unknown, args: { filter?: StatementFilter | null }) => getTimeline(args.filter ?? {}),
    health: async () => {
      const health = await getDatabaseHealth();
      return { status: health.status, neo4jVersion: health.version ?? null, neo4jEdition: health.edition ?? null };
    },
  },

  Mutation: {
    createStatement: (_: unknown, args: { input: StatementInput; curator: string }, ctx: Context) => {
      requireWriter(ctx);
      return createStatement(args.input, args.curator);
    },
    updateStatement: (_: unknown, args: { id: string; changes: StatementChanges; curator: string }, ctx: Context) => {
      requireWriter(ctx);
      return updateStatement(args.id, args.changes, args.curator);
    },
    retractStatement: (_: unknown, args: { id: string; reason: string; curator: string }, ctx: Context) => {
      requireWriter(ctx);
      return retractStatement(args.id, args.reason, args.curator);
    },
  },

  Actor: {
    __resolveType: (actor: ActorRef) => (actor.kind === "person" ? "Person" : "Organization"),
  },

  Person: {
    ...actorFields,
    born: actorField("born"),
    died: actorField("died"),
    roles: (p: ActorParent, _: unknown, ctx: Context) => ctx.loaders.rolesOfPerson.load(p.id),
  },

  Organization: {
    ...actorFields,
    organizationKind: actorField("organizationKind"),
    members: (o: ActorParent, _: unknown, ctx: Context) => ctx.loaders.membersOfOrganization.load(o.id),
  },

  Role: {
    person: (r: Role, _: unknown, ctx: Context) => loadActor(ctx, r.personId),
    organization: (r: Role, _: unknown, ctx: Context) => loadActor(ctx, r.organizationId),
  },

  Document: {
    authors: async (d: DocumentRecord, _: unknown, ctx: Context) => (await ctx.loaders.documentParties.load(d.id)).authors,
    recipients: async (d: DocumentRecord, _: unknown, ctx: Context) => (await ctx.loaders.documentParties.load(d.id)).recipients,
    passages: (d: DocumentRecord, _: unknown, ctx: Context) => ctx.loaders.passagesOfDocument.load(d.id),
    statements: (d: DocumentRecord, _: unknown, ctx: Context) => ctx.loaders.statementsInDocument.load(d.id),
  },

  Passage: {
    document: async (p: PassageRecord, _: unknown, ctx: Context) => (await ctx.loaders.document.load(p.documentId))!,
    mentions: (p: PassageRecord, _: unknown, ctx: Context) => ctx.loaders.mentionsInPassage.load(p.id),
    statements: (p: PassageRecord, _: unknown, ctx: Context) => ctx.loaders.statementsInPassage.load(p.id),
  },

  Mention: {
    actor: (m: MentionRecord, _: unknown, ctx: Context) => loadActor(ctx, m.actorId),
    passage: async (m: MentionRecord, _: unknown, ctx: Context) => (await ctx.loaders.passage.load(m.passageId))!,
  },

  Statement: {
    document: async (s: StatementRecord, _: unknown, ctx: Context) => (await ctx.loaders.document.load(s.documentId))!,
  },

  Path: {
    length: (p: ActorPath) => p.steps.length,
  },
};
