import { EnvelopArmorPlugin } from "@escape.tech/graphql-armor";
import { useCookies } from "@whatwg-node/server-plugin-cookies";
import { createSchema, createYoga, type Plugin } from "graphql-yoga";
import type { SessionKeys } from "../auth/session-cookie";
import type { Config } from "../config";
import type { Database } from "../db";
import { createRateLimiter } from "../rate-limit";
import { readDataVersion, ResponseCache } from "../response-cache";
import { readsEnded, withRequestStats, type RequestStats } from "../request-stats";
import { answerCache } from "./answer-cache";
import { createContext, type Context } from "./context";
import { limitCost, MAX_COST } from "./cost";
import { codeValidationErrors, MAX_BODY_BYTES, MAX_IMPORT_BODY_BYTES, maskErrorWithin } from "./error-codes";
import { EXAMPLE_OPERATIONS } from "./examples";
import { corsFor, httpPolicy } from "./http-policy";
import { jitExecution } from "./jit-execution";
import { importsOnly, IMPORT_ENDPOINT, isImportRequest, refuseUnlessCurator } from "./import-endpoint";
import { SIGN_IN_LIMIT } from "./account-resolvers";
import { resolvers, WRITE_LIMIT } from "./resolvers";
import { timeBudget } from "./time-budget";
import { typeDefs } from "./generated/type-defs";
import { renderGraphiQLPage } from "./graphiql";

export const schema = createSchema<Context>({ typeDefs: [...typeDefs], resolvers });

/** The limits a request must stay within; the error for each names it and says what to do. */
export const LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxCost: MAX_COST,
  maxTokens: 2000,
  maxDirectives: 20,
  maxBodyBytes: MAX_BODY_BYTES,
} as const;

/** What one GraphQL server is set up with, besides its database; built from the configuration, or by a test. */
export interface ServerOptions {
  curationToken: string | undefined;
  responseCacheBytes: number;
  timeBudgetMs: number;
  /** Computed reads per client and minute; 0 turns the limit off. */
  readsPerMinute: number;
  corsOrigins: readonly string[];
  /** Seals session cookies and says how long a session lasts. */
  sessions: SessionKeys;
  /** Queries compiled by graphql-jit (jit-execution.ts); false runs graphql's standard executor, to compare. */
  compiledQueries?: boolean;
  /**
   * Answers as the platform's own Response objects, which a Next.js route must return. Otherwise
   * they are @whatwg-node's, whose text the node adapter (scripts/lib/graphql-listener.ts) writes
   * to the socket at once instead of pumping it through a web stream (docs/decisions/0032).
   */
  platformResponses?: boolean;
}

/** `sessionSecret` is the configured one or the managed stack's (graph/auth/session-secret.ts). */
export function serverOptions(config: Config, sessionSecret: string): ServerOptions {
  return {
    sessions: { secret: sessionSecret, ttlHours: config.sessions.ttlHours },
    curationToken: config.curationToken,
    responseCacheBytes: config.responseCacheMB * 1024 * 1024,
    timeBudgetMs: config.requestTimeBudgetMs,
    readsPerMinute: config.readRateLimit,
    corsOrigins: config.corsOrigins,
  };
}

/**
 * Reports how many Cypher round trips the request cost, in the response's extensions, once every
 * read it started has ended (readsEnded). A cached answer keeps the figure of the computation
 * that produced it.
 */
const reportRoundTrips: Plugin<Context> = {
  onExecute({ args }) {
    return {
      async onExecuteDone({ result, setResult }) {
        if (Symbol.asyncIterator in result || args.contextValue.stats.cache === "hit") return;
        await readsEnded(args.contextValue.stats);
        setResult({ ...result, extensions: { ...result.extensions, cypherRoundTrips: args.contextValue.stats.roundTrips } });
      },
    };
  },
};

const armor = EnvelopArmorPlugin({
  maxDepth: { n: LIMITS.maxDepth, exposeLimits: true, flattenFragments: true },
  maxAliases: { n: LIMITS.maxAliases, exposeLimits: true },
  // Cost is counted by limitCost, which knows list sizes and variables.
  costLimit: { enabled: false },
  maxTokens: { n: LIMITS.maxTokens, exposeLimits: true },
  maxDirectives: { n: LIMITS.maxDirectives, exposeLimits: true },
  blockFieldSuggestion: { enabled: false },
});

export type GraphQLHandler = (request: Request) => Promise<Response>;

/**
 * A GraphQL server on a database, with its own cache and rate limits. Every request gets a time
 * budget that runs from its arrival, enforced in the executor and, through the transaction
 * timeout, in Neo4j.
 */
export function createGraphQLHandler(database: Database, options: ServerOptions): GraphQLHandler {
  const cache = new ResponseCache(options.responseCacheBytes, (since) => readDataVersion(database, since));
  const reads = options.readsPerMinute > 0 ? createRateLimiter(options.readsPerMinute, 60_000) : null;
  const writes = createRateLimiter(WRITE_LIMIT.perMinute, 60_000);
  const signIns = {
    perClient: createRateLimiter(SIGN_IN_LIMIT.perClient, SIGN_IN_LIMIT.windowMs),
    perUsername: createRateLimiter(SIGN_IN_LIMIT.perUsername, SIGN_IN_LIMIT.windowMs),
  };
  const contextOptions = { database, curationToken: options.curationToken, writes, sessionKeys: options.sessions, signIns };
  // jitExecution comes before the plugins that wrap the executor (the time budget), so they wrap it.
  const common = [useCookies(), httpPolicy, armor, codeValidationErrors, limitCost(LIMITS.maxCost), reportRoundTrips, ...(options.compiledQueries === false ? [] : [jitExecution()])];
  const yogaOn = (endpoint: string, bodyBytes: number, plugins: Plugin<Context>[], graphiql: boolean) =>
    createYoga<{ stats: RequestStats }, Context>({
      schema,
      graphqlEndpoint: endpoint,
      maskedErrors: { maskError: maskErrorWithin(bodyBytes) },
      // Refused requests are the client's to read about, not the server's log; maskError logs the
      // unexpected ones.
      logging: false,
      landingPage: false,
      // Counted while the body streams in, so an oversized or endless body is refused early.
      maxRequestBodySize: bodyBytes,
      multipart: false,
      cors: (request) => corsFor(request, options.corsOrigins),
      context: ({ request, params, stats }) => ({ request, params, ...createContext(request, stats, contextOptions) }),
      // useCookies sets and clears the session cookie that signIn and signOut put in request.cookieStore.
      plugins: [...common, ...plugins],
      // The playground's assets are served from here, not a CDN: it works on a closed network too;
      // the page links them by hashed name instead of inlining 9 MB in it (graphiql.ts).
      renderGraphiQL: renderGraphiQLPage,
      graphiql: graphiql && { title: "Stance Graph API", defaultQuery: EXAMPLE_OPERATIONS },
      ...(options.platformResponses ? { fetchAPI: { Response } } : {}),
    });
  const yoga = yogaOn("/api/graphql", LIMITS.maxBodyBytes, [answerCache(cache, reads), timeBudget], true);
  // A curator's import may be 2 MB (import-endpoint.ts); nothing else is answered there.
  const imports = yogaOn(IMPORT_ENDPOINT, MAX_IMPORT_BODY_BYTES, [importsOnly, timeBudget], false);
  return (request) => {
    const stats: RequestStats = { roundTrips: 0, budget: { ms: options.timeBudgetMs, deadline: Date.now() + options.timeBudgetMs } };
    if (!isImportRequest(request)) return withRequestStats(stats, () => Promise.resolve(yoga.fetch(request, { stats })));
    return withRequestStats(stats, async () => {
      const refused = await refuseUnlessCurator(request, createContext(request, stats, contextOptions).credentials);
      return refused ?? imports.fetch(request, { stats });
    });
  };
}
