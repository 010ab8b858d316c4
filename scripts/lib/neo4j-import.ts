import { spawnSync } from "node:child_process";
import path from "node:path";
import type { Config } from "../../graph/config";
import { ARRAY_DELIMITER_OPTION } from "../../graph/seed/bulk-csv";
import { ADMIN_TOOL, JVM_FLAGS, layoutFor } from "./neo4j-launcher";
import { makeFolders, writeConfig } from "./neo4j-files";
import { ensureRuntime, LauncherError, requireJava } from "./neo4j-runtime";
import { tail } from "./processes";

/**
 * Neo4j's own bulk importer (`neo4j-admin database import full`) run on a STOPPED project-managed
 * instance, with that instance's neo4j.conf (its data folder): the same jars and JVM flags as the
 * server (neo4j-launcher.ts). It replaces the database's store files (--overwrite-destination), so
 * its caller makes sure first that they hold nothing (scripts/lib/bulk-load.ts).
 */

export class ImportToolError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ImportToolError";
  }
}

/** Runs the importer with `files` (from writeBulkFiles); its report goes to `dir`. Throws with the report's lines on failure. */
export function runImportTool(config: Config, files: string[], dir: string, log: (line: string) => void = console.log): void {
  if (!config.neo4j.managed) throw new LauncherError("NEO4J_URI is set, so the project does not manage a Neo4j to import into.");
  requireJava();
  const layout = layoutFor(config);
  makeFolders(layout);
  ensureRuntime(layout.lib, log);
  writeConfig(config, layout);
  const report = path.join(dir, "import.report");
  const args = [
    `-Xmx${config.neo4j.heap}`,
    ...JVM_FLAGS,
    // The client compiler only: the importer runs for seconds, and on two cores the optimising
    // compiler's work was half its CPU time (10.9 s against 5.0 s at 20k statements, 3.7–4.1 s
    // against 2.0–2.8 s of import on the 2,000-statement sample; docs/performance.md, "Loading,
    // second round").
    "-XX:TieredStopAtLevel=1",
    "-cp",
    `${layout.lib}/*`,
    ADMIN_TOOL,
    "database",
    "import",
    "full",
    ...files,
    `--array-delimiter=${ARRAY_DELIMITER_OPTION}`,
    // The files come from a validated corpus: one bad entry means a bug, and nothing is skipped.
    "--bad-tolerance=0",
    "--skip-bad-relationships=false",
    "--skip-duplicate-nodes=false",
    `--report-file=${report}`,
    "--overwrite-destination=true",
    config.neo4j.database,
  ];
  const result = spawnSync("java", args, {
    env: { ...process.env, NEO4J_HOME: layout.home, NEO4J_CONF: layout.conf },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0 || !/IMPORT DONE/.test(result.stdout)) {
    const said = `${result.stdout}\n${result.stderr}`.trim().split("\n").filter((l) => !/^[.\-\s]*\d+%/.test(l) && l.trim() !== "").slice(-25).join("\n");
    throw new ImportToolError(
      `Neo4j's importer failed (exit ${result.status ?? result.signal}). The database held no node before; its store files are now ` +
        `unusable: delete ${path.join(layout.data, "databases", config.neo4j.database)} and ${path.join(layout.data, "transactions", config.neo4j.database)} before starting this instance again.\n` +
        `${said}\nIts report (${report}):\n${tail(report, 20)}`,
    );
  }
}
