/**
 * The bench's lean serving of the GraphQL API (bench-only; the app is served by scripts/serve.ts):
 * the same handler the Next.js route calls (graph/schema/yoga.ts createGraphQLHandler), behind the
 * same front door (security headers, the client's address), on a bare node:http server with no
 * Next.js router and no response compression. Run as `tsx scripts/lib/lean-server.ts` with the
 * app's environment (PORT is the port); leanServer() below starts it as a child process.
 * Comparing it with `next start` on the same database tells what the Next.js route itself costs.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createServerAdapter } from "@whatwg-node/server";
import { resolveSessionSecret } from "../../graph/auth/session-secret";
import { parseConfig, type Environment } from "../../graph/config";
import { createDatabase } from "../../graph/db";
import { createGraphQLHandler, serverOptions } from "../../graph/schema/yoga";
import { frontDoor } from "./front-door";
import { ROOT } from "./paths";
import { childEnv } from "./processes";
import { runMain } from "./run-main";

const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");

/**
 * Starts the lean server as a child process on `port`; the caller owns it. `root` serves another
 * checkout of the project (the bench's --ego-only compares the code before a change with it).
 */
export function leanServer(port: number, env: Environment, logFile: string, root = ROOT): ChildProcess {
  fs.mkdirSync(path.dirname(logFile), { recursive: true });
  const output = fs.openSync(logFile, "w");
  const entry = root === ROOT ? fileURLToPath(import.meta.url) : path.join(root, "scripts", "lib", "lean-server.ts");
  return spawn(root === ROOT ? TSX : path.join(root, "node_modules", ".bin", "tsx"), [entry], {
    cwd: root,
    stdio: ["ignore", output, output],
    env: childEnv({ ...env, PORT: String(port), NODE_ENV: "production" }),
  });
}

async function serveLean(): Promise<void> {
  const config = parseConfig(process.env);
  const database = createDatabase(config.neo4j);
  const handle = createGraphQLHandler(database, serverOptions(config, resolveSessionSecret(config, ROOT)));
  const adapter = createServerAdapter((request: Request) => handle(request));
  const server = http.createServer(frontDoor(adapter, { trustedProxies: config.trustedProxies, dev: false }));
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.port, "127.0.0.1", resolve);
  });
  console.log(`Lean GraphQL server on http://127.0.0.1:${config.port}/api/graphql`);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      server.close();
      void database.close().finally(() => process.exit(0));
    });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) runMain(serveLean);
