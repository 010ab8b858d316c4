/**
 * npm run neo4j -- start | stop | status | restart
 * Manages the project's own Neo4j (used when NEO4J_URI is not set).
 */
import { parseConfig } from "../graph/config";
import { LauncherError, start, status, stop } from "./lib/neo4j-launcher";
import { runMain } from "./lib/run-main";

const USAGE = "usage: npm run neo4j -- start | stop | status | restart";

runMain(async () => {
  const config = parseConfig(process.env);
  const command = process.argv[2] ?? "status";
  if (!config.neo4j.managed && command !== "status") {
    throw new LauncherError(`NEO4J_URI is set (${config.neo4j.uri}), so there is no project-managed Neo4j to ${command}.`);
  }
  switch (command) {
    case "start":
      if (!(await start(config))) console.log(`Neo4j is already running on ${config.neo4j.uri}.`);
      return;
    case "stop":
      console.log((await stop(config)) ? "Neo4j stopped." : "Neo4j was not running.");
      return;
    case "restart":
      await stop(config);
      await start(config);
      return;
    case "status": {
      const s = await status(config);
      if (!config.neo4j.managed) {
        console.log(`Using the configured Neo4j at ${config.neo4j.uri}.`);
        return;
      }
      console.log(
        s.running
          ? `Neo4j is running (pid ${s.pid}) on ${s.uri}, ${s.answering ? "answering" : "not answering yet"}; home ${s.home}.`
          : `Neo4j is not running; \`npm run neo4j -- start\` starts it on ${s.uri}.`,
      );
      process.exitCode = s.answering ? 0 : 3;
      return;
    }
    default:
      throw new LauncherError(`unknown command "${command}"; ${USAGE}`);
  }
});
