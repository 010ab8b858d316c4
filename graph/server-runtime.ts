import { SESSION_COOKIE, type SessionKeys } from "./auth/session-cookie";
import { resolveSessionSecret } from "./auth/session-secret";
import { parseConfig, type Config } from "./config";
import { createDatabase, type Database } from "./db";
import { sessionOfRequest } from "./schema/context";
import type { AccountRole } from "./schema/generated/resolvers";
import { createGraphQLHandler, serverOptions, type GraphQLHandler } from "./schema/yoga";

/**
 * The Next.js server's composition root, and the only module of the server that reads process.env:
 * the configuration is built from it once, the database from the configuration's Neo4j part, and
 * the GraphQL handler on both. Routes and pages take what they need from here and pass it on;
 * nothing below them builds a configuration or a driver of its own. Scripts and tests are their
 * own composition roots.
 */
interface Shared {
  config: Config;
  database: Database;
  sessionSecret: string;
}

/**
 * One configuration and one driver per process, parked on globalThis: Next's development server
 * evaluates modules afresh after every edit, and Next bundles pages apart from route handlers, each
 * with its own copy of this module, so a module-level driver would leak a connection pool per edit
 * and open one pool per bundle. Built on first use, not on import: `next build` loads the routes
 * without serving them.
 */
const parked = globalThis as unknown as { __stanceGraph?: Shared };

function shared(): Shared {
  if (!parked.__stanceGraph) {
    const config = parseConfig(process.env);
    // The Next server runs from the project's folder, where a managed stack keeps its secret.
    parked.__stanceGraph = { config, database: createDatabase(config.neo4j), sessionSecret: resolveSessionSecret(config, process.cwd()) };
  }
  return parked.__stanceGraph;
}

export function serverConfig(): Config {
  return shared().config;
}

export function serverDatabase(): Database {
  return shared().database;
}

/** What seals and opens session cookies, for server pages that read who is signed in. */
export function serverSessionKeys(): SessionKeys {
  const { config, sessionSecret } = shared();
  return { secret: sessionSecret, ttlHours: config.sessions.ttlHours };
}

/** Not parked: an edited schema or resolver takes effect at once in development. */
let handler: GraphQLHandler | undefined;

/** The GraphQL route's entry: one server (cache, rate limits) per copy of this module. */
export function handleGraphQL(request: Request): Promise<Response> {
  handler ??= createGraphQLHandler(serverDatabase(), { ...serverOptions(serverConfig(), shared().sessionSecret), platformResponses: true });
  return handler(request);
}

/**
 * The account a page request is signed in as, for the pages' account corner; null for a reader,
 * and null when the database cannot say (the page still renders for reading).
 */
export async function signedInAccount(cookieHeader: string | null): Promise<{ username: string; role: AccountRole } | null> {
  if (!cookieHeader?.includes(`${SESSION_COOKIE}=`)) return null;
  try {
    const live = await sessionOfRequest(serverDatabase(), serverSessionKeys(), cookieHeader);
    return live && { username: live.username, role: live.role };
  } catch {
    return null;
  }
}
