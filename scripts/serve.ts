/**
 * npm run serve — the built app behind its front door (scripts/lib/front-door.ts) on $PORT.
 * `--dev` serves Next.js in development mode; `--hostname` picks the interface (default: all).
 * npm start runs this after preparing Neo4j, the seed and the build.
 * In production the GraphQL endpoint is answered here, before Next.js, by the same handler its
 * route calls (scripts/lib/graphql-listener.ts, docs/decisions/0027); in development, and with
 * `--graphql-through-next` (the bench's comparison), Next.js's route answers it.
 */
import http from "node:http";
import next from "next";
import { resolveSessionSecret } from "../graph/auth/session-secret";
import { parseConfig } from "../graph/config";
import { createDatabase } from "../graph/db";
import { createGraphQLHandler, serverOptions } from "../graph/schema/yoga";
import { frontDoor } from "./lib/front-door";
import { graphqlListener, isGraphQLRequest } from "./lib/graphql-listener";
import { ROOT } from "./lib/paths";
import { runMain } from "./lib/run-main";

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

runMain(async () => {
  const config = parseConfig(process.env);
  const dev = process.argv.includes("--dev");
  const hostname = option("--hostname");
  const app = next({ dev, dir: ROOT, hostname: hostname ?? "localhost", port: config.port });
  const handle = app.getRequestHandler();
  await app.prepare();
  // A database of its own for the endpoint answered here: Next's bundle holds its own copies of
  // graph/'s modules, and a database made by one copy counts round trips, keeps time budgets and
  // notes a write's changes in that copy's request context, which this copy's handler never sees.
  const direct = !dev && !process.argv.includes("--graphql-through-next");
  const database = direct ? createDatabase(config.neo4j) : null;
  const graphql = database && graphqlListener(createGraphQLHandler(database, serverOptions(config, resolveSessionSecret(config, ROOT))));
  const server = http.createServer(
    frontDoor((req, res) => (graphql && isGraphQLRequest(req) ? graphql(req, res) : handle(req, res)), { trustedProxies: config.trustedProxies, dev }),
  );
  // A client that trickles its request in is cut off rather than held open.
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.port, hostname, resolve);
  });
  console.log(`Serving on http://${hostname ?? "localhost"}:${config.port}`);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      server.close();
      void Promise.all([app.close(), database?.close()]).finally(() => process.exit(0));
    });
  }
  await new Promise<void>((resolve) => server.on("close", resolve));
});
