import { parseConfig, type Config } from "./config";
import { createDatabase, type Database } from "./db";
import { createGraphQLHandler, serverOptions, type GraphQLHandler } from "./schema/yoga";

/**
 * The Next.js server's composition root, and the only module of the server that reads process.env:
 * it builds the configuration once, the database from its Neo4j part, and the GraphQL handler on
 * both. Routes and pages take what they need from here and pass it on; nothing below them builds a
 * configuration or a driver of its own. Scripts and tests are their own composition roots.
 */
export interface ServerRuntime {
  config: Config;
  database: Database;
  handleGraphQL: GraphQLHandler;
}

/**
 * One driver per process. Next's development server evaluates modules afresh after every edit, so
 * the database is parked on globalThis to outlive those reloads instead of leaking a connection
 * pool per edit. The handler is not parked: an edited schema or resolver takes effect at once.
 */
const parked = globalThis as unknown as { __stanceGraphDatabase?: Database };

let runtime: ServerRuntime | undefined;

/** Built on the first request, not on import: `next build` loads the routes without serving them. */
export function serverRuntime(): ServerRuntime {
  if (!runtime) {
    const config = parseConfig(process.env);
    const database = (parked.__stanceGraphDatabase ??= createDatabase(config.neo4j));
    runtime = { config, database, handleGraphQL: createGraphQLHandler(database, serverOptions(config)) };
  }
  return runtime;
}
