/**
 * npm run serve — the built app behind its front door (scripts/lib/front-door.ts) on $PORT.
 * `--dev` serves Next.js in development mode; `--hostname` picks the interface (default: all).
 * npm start runs this after preparing Neo4j, the seed and the build.
 */
import http from "node:http";
import next from "next";
import { parseConfig } from "../graph/config";
import { frontDoor } from "./lib/front-door";
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
  const server = http.createServer(frontDoor((req, res) => handle(req, res), { trustedProxies: config.trustedProxies, dev }));
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
      void app.close().finally(() => process.exit(0));
    });
  }
  await new Promise<void>((resolve) => server.on("close", resolve));
});
