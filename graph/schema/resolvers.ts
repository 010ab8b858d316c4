import type { GraphQLResolveInfo } from "graphql";
import { requireRole, type Viewer } from "../auth/viewer";
import { createStatement, retractStatement, updateStatement } from "../curation";
import { AppError } from "../errors";
import { getDatabaseHealth } from "../health";
import { getEgoNetwork } from "../queries/ego";
import { listActors, listDocuments } from "../queries/entities";
import { getLimitedNetwork } from "../queries/network";
import { findPaths, type ActorPath, type PathStep } from "../queries/paths";
import { search } from "../queries/search";
import { checkPageSize } from "../queries/paging";
import { listStatements } from "../queries/statements";
import { formatDateSaid } from "../shared/date-said";
import type { Actor, ActorKind, ActorParent, DocumentRecord, Page, PassageRecord, StatementRecord } from "../types";
import { accountResolvers } from "./account-resolvers";
import type { Context } from "./context";
import { importResolvers } from "./import-resolvers";
import { asksOnlyEntryFields } from "./statement-selection";
import { nameResolvers } from "./name-resolvers";
import type { Resolvers } from "./generated/resolvers";
import { firstOf, type ListCoordinate } from "./list-limits";
import { checkFilterAccess, reviewResolvers, visibleStatement } from "./review-resolvers";

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


/** A field an actor reference may lack (it came embedded in a statement): fetched in one batch. */
const actorField =
  <K extends keyof Actor>(field: K) =>
  async (parent: ActorParent, _: unknown, ctx: Context): Promise<Actor[K] | null> => {
    if (parent[field] !== undefined) return parent[field] as Actor[K];
    return (await ctx.loaders.actor.load(parent.id))?.[field] ?? null;
  };

type First = { first: number };

/** A nested list loaded in one batch for every parent, cut to the `first` the query asked for. */
const nested =
  <P, T>(list: ListCoordinate, load: (parent: P, ctx: Context) => Promise<readonly T[]>) =>
  async (parent: P, args: First, ctx: Context): Promise<T[]> =>
    firstOf(list, args.first, await load(parent, ctx));

/**
 * An actor's statements, read as entries when the query asks no more of them than an entry
 * carries (asksOnlyEntryFields), in full otherwise. An entry stands for its statement only under
 * that check: no resolver of Statement beyond the entry's fields is reached for it.
 */
const statementList =
  (list: ListCoordinate, full: "statementsBy" | "statementsAbout", entries: "statementEntriesBy" | "statementEntriesAbout") =>
  async (parent: ActorParent, args: First, ctx: Context, info: GraphQLResolveInfo): Promise<StatementRecord[]> =>
    asksOnlyEntryFields(info)
      ? firstOf(list, args.first, await ctx.loaders[entries].load(parent.id)) as StatementRecord[]
      : firstOf(list, args.first, await ctx.loaders[full].load(parent.id));

const actorFields = {
  aliases: async (parent: ActorParent, args: unknown, ctx: Context) => (await actorField("aliases")(parent, args, ctx)) ?? [],
  bio: actorField("bio"),
  country: actorField("country"),
  unidentified: async (parent: ActorParent, args: unknown, ctx: Context) => (await actorField("unidentified")(parent, args, ctx)) ?? false,
  statementsMade: statementList("Actor.statementsMade", "statementsBy", "statementEntriesBy"),
  statementsReceived: statementList("Actor.statementsReceived", "statementsAbout", "statementEntriesAbout"),
  mentions: nested("Actor.mentions", (p: ActorParent, ctx) => ctx.loaders.mentionsOfActor.load(p.id)),
  documents: nested("Actor.documents", (p: ActorParent, ctx) => ctx.loaders.documentsOfActor.load(p.id)),
};

/** Curation writes per client and minute: generous for a person, tight for a script gone wrong. */
export const WRITE_LIMIT = { perMinute: 30 };

/** The rate limit comes first, so that wrong-token guesses are limited like any other write. */
async function requireWriter(ctx: Context, curator?: string | null): Promise<Viewer> {
  if (!ctx.writes.take(ctx.client)) {
    const wait = ctx.writes.retryAfter(ctx.client);
    throw new AppError("RATE_LIMITED", `Write rate limit: at most ${ctx.writes.limit} curation writes a minute; try again in ${wait} s.`, 429, { "retry-after": String(wait) });
  }
  return requireRole(ctx.credentials, "curator", curator);
}

const review = reviewResolvers(requireWriter);
const imports = importResolvers(requireWriter);
const names = nameResolvers(requireWriter);

export const resolvers: Resolvers = {
  Query: {
    ...accountResolvers.Query,
    ...review.Query,
    ...names.Query,
    search: (_, args, ctx) => {
      checkPageSize(args.first);
      return search(ctx.database, args.query, args.first);
    },
    person: (_, args, ctx) => loadActor(ctx, args.id, "person"),
    organization: (_, args, ctx) => loadActor(ctx, args.id, "organization"),
    actor: (_, args, ctx) => loadActor(ctx, args.id),
    actors: async (_, args, ctx) =>
      connection(await listActors(ctx.database, args.kind ?? null, args.first, args.after)),
    document: async (_, args, ctx) => {
      const document = await ctx.loaders.document.load(args.id);
      if (!document) throw notFound("document", args.id, "The `documents` query lists them all.");
      return document;
    },
    documents: async (_, args, ctx) => firstOf("Query.documents", args.first, await listDocuments(ctx.database)),
    statement: async (_, args, ctx) => {
      const statement = await visibleStatement(ctx, await ctx.loaders.statement.load(args.id));
      if (!statement) throw notFound("statement", args.id, "Use `statements` with a filter to find ids.");
      return statement;
    },
    statements: async (_, args, ctx) => {
      await checkFilterAccess(ctx, args.filter);
      return connection(await listStatements(ctx.database, args.filter ?? {}, args.first, args.after));
    },
    network: async (_, args, ctx) => {
      await checkFilterAccess(ctx, args.filter);
      return getLimitedNetwork(ctx.database, args.filter ?? {}, { limit: args.limit });
    },
    egoNetwork: async (_, args, ctx) => {
      await checkFilterAccess(ctx, args.filter);
      return getEgoNetwork(ctx.database, args.id, args.depth, args.filter ?? {});
    },
    paths: (_, args, ctx) =>
      findPaths(ctx.database, args.from, args.to, args.maxLength, { from: args.since ?? null, to: args.until ?? null }),
    timeline: async (_, args, ctx) => {
      await checkFilterAccess(ctx, args.filter);
      return (await ctx.loaders.timelineParts.load(JSON.stringify(args.filter ?? {}))).months;
    },
    timelineSpans: async (_, args, ctx) => {
      await checkFilterAccess(ctx, args.filter);
      return (await ctx.loaders.timelineParts.load(JSON.stringify(args.filter ?? {}))).spans;
    },
    health: async (_, __, ctx) => {
      const health = await getDatabaseHealth(ctx.database);
      return { status: health.status, neo4jVersion: health.version ?? null, neo4jEdition: health.edition ?? null };
    },
  },

  Mutation: {
    ...accountResolvers.Mutation,
    ...review.Mutation,
    ...imports.Mutation,
    ...names.Mutation,
    createStatement: async (_, args, ctx) => {
      const viewer = await requireWriter(ctx, args.curator);
      return createStatement(ctx.database, args.input, viewer);
    },
    updateStatement: async (_, args, ctx) => {
      const viewer = await requireWriter(ctx, args.curator);
      return updateStatement(ctx.database, args.id, args.changes, viewer.username, { version: args.version, reason: args.reason });
    },
    retractStatement: async (_, args, ctx) => {
      const viewer = await requireWriter(ctx, args.curator);
      return retractStatement(ctx.database, args.id, args.reason, viewer.username, args.version);
    },
  },

  Actor: {
    __resolveType: (actor) => (actor.kind === "person" ? "Person" : "Organization"),
  },

  Person: {
    ...actorFields,
    born: actorField("born"),
    died: actorField("died"),
    roles: (p, _, ctx) => ctx.loaders.rolesOfPerson.load(p.id),
  },

  Organization: {
    ...actorFields,
    organizationKind: actorField("organizationKind"),
    members: nested("Organization.members", (o: ActorParent, ctx) => ctx.loaders.membersOfOrganization.load(o.id)),
  },

  Role: {
    person: (r, _, ctx) => loadActor(ctx, r.personId),
    organization: (r, _, ctx) => loadActor(ctx, r.organizationId),
  },

  Document: {
    authors: async (d, _, ctx) => (await ctx.loaders.documentParties.load(d.id)).authors,
    recipients: async (d, _, ctx) => (await ctx.loaders.documentParties.load(d.id)).recipients,
    passages: nested("Document.passages", (d: DocumentRecord, ctx) => ctx.loaders.passagesOfDocument.load(d.id)),
    statements: nested("Document.statements", (d: DocumentRecord, ctx) => ctx.loaders.statementsInDocument.load(d.id)),
  },

  Passage: {
    document: async (p, _, ctx) => (await ctx.loaders.document.load(p.documentId))!,
    mentions: nested("Passage.mentions", (p: PassageRecord, ctx) => ctx.loaders.mentionsInPassage.load(p.id)),
    statements: nested("Passage.statements", (p: PassageRecord, ctx) => ctx.loaders.statementsInPassage.load(p.id)),
  },

  Mention: {
    actor: (m, _, ctx) => loadActor(ctx, m.actorId),
    passage: async (m, _, ctx) => (await ctx.loaders.passage.load(m.passageId))!,
  },

  Statement: {
    document: async (s, _, ctx) => (await ctx.loaders.document.load(s.documentId))!,
    dateLabel: (s) => formatDateSaid({ date: s.date, qualifier: s.dateQualifier, until: s.dateUntil }),
  },

  Path: {
    length: (p: ActorPath) => p.steps.length,
  },

  PathStep: {
    statements: (s: PathStep, args: First) => firstOf("PathStep.statements", args.first, s.statements),
  },
};
