import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import neo4j from "neo4j-driver";
import type { Config } from "../../graph/config";
import { forgetPid, installPlugins, layoutFor, makeFolders, readPid, writeConfig, writePid, type Layout } from "./neo4j-files";
import { ensureRuntime, LauncherError, neo4jVersion, requireJava } from "./neo4j-runtime";
import { ROOT } from "./paths";
import { isAlive, portInUse, tail } from "./processes";

export { layoutFor, type Layout } from "./neo4j-files";
export { LauncherError, neo4jVersion } from "./neo4j-runtime";

/**
 * Runs the project's own Neo4j 5.26 Community: the engine of the neo4j:5.26-community image,
 * resolved from Maven Central (neo4j-runtime.ts), configured in its own folder (neo4j-files.ts)
 * and started here through its server entry point, as a process of its own that outlives ours.
 * Why this way and not an embedded JVM program: docs/decisions/0001-project-managed-neo4j.md.
 */

const ENTRY_POINT = "org.neo4j.server.CommunityEntryPoint";
export const ADMIN_TOOL = "org.neo4j.cli.AdminTool";

/** What Neo4j's own launcher passes to Java 17+; without them Netty and the page cache fail. */
export const JVM_FLAGS = [
  "-XX:+UseG1GC",
  "-XX:-OmitStackTraceInFastThrow",
  "-XX:+DisableExplicitGC",
  "-Djdk.nio.maxCachedBufferSize=1024",
  "-Dio.netty.tryReflectionSetAccessible=true",
  "-Dlog4j2.disable.jmx=true",
  "--add-opens=java.base/java.nio=ALL-UNNAMED",
  "--add-opens=java.base/java.io=ALL-UNNAMED",
  "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
  "--add-opens=java.base/java.lang=ALL-UNNAMED",
  "--add-opens=java.base/java.util=ALL-UNNAMED",
  "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
  "--add-exports=java.base/sun.nio.ch=ALL-UNNAMED",
  "--add-exports=jdk.unsupported/sun.misc=ALL-UNNAMED",
];

/** True once Bolt accepts our credentials and answers a query. */
export async function answers(config: Config): Promise<boolean> {
  const driver = neo4j.driver(config.neo4j.uri, neo4j.auth.basic(config.neo4j.username, config.neo4j.password), {
    connectionTimeout: 2_000,
  });
  try {
    await driver.executeQuery("RETURN 1", {}, { database: config.neo4j.database });
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

export interface Status {
  running: boolean;
  pid?: number;
  answering: boolean;
  uri: string;
  home: string;
}

export async function status(config: Config): Promise<Status> {
  const layout = layoutFor(config);
  const pid = readPid(layout);
  const running = pid !== undefined && isAlive(pid);
  return {
    running,
    ...(running ? { pid } : {}),
    answering: running && (await answers(config)),
    uri: config.neo4j.uri,
    home: layout.home,
  };
}

/** True while the instance has no system database yet (it was never started): its password is not set. */
export function needsInitialPassword(config: Config): boolean {
  return !fs.existsSync(path.join(layoutFor(config).data, "dbms"));
}

/**
 * Sets the password of an instance that was never started (`neo4j-admin dbms set-initial-password`,
 * a JVM of its own). Asynchronous, so that the bulk load can run it beside its own work: it writes
 * only the instance's `data/dbms` folder.
 */
export async function setInitialPassword(config: Config): Promise<void> {
  requireJava();
  const layout = layoutFor(config);
  makeFolders(layout);
  ensureRuntime(layout.lib, () => undefined);
  writeConfig(config, layout);
  const env = { ...process.env, NEO4J_HOME: layout.home, NEO4J_CONF: layout.conf };
  const child = spawn("java", ["-cp", `${layout.lib}/*`, ADMIN_TOOL, "dbms", "set-initial-password", config.neo4j.password], { env });
  let said = "";
  child.stdout.on("data", (chunk: Buffer) => (said += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (said += chunk.toString()));
  const code = await new Promise<number | null>((resolve, reject) => child.on("error", reject).on("close", resolve));
  if (code !== 0) throw new LauncherError(`Could not set the initial password:\n${said}`);
}

/**
 * Starts the project-managed Neo4j and waits until it answers. Harmless when one already runs.
 * Returns false when it was already running.
 */
export async function start(
  config: Config,
  log: (line: string) => void = console.log,
  timeoutMs = 180_000,
): Promise<boolean> {
  if (!config.neo4j.managed) throw new LauncherError("NEO4J_URI is set, so the project does not manage a Neo4j.");
  const layout = layoutFor(config);
  const existing = readPid(layout);
  if (existing !== undefined && isAlive(existing)) {
    if (await waitUntilAnswering(config, existing, layout, timeoutMs)) return false;
  }
  if (await portInUse(config.neo4j.boltPort)) {
    if (await answers(config)) return false;
    throw new LauncherError(
      `Port ${config.neo4j.boltPort} on 127.0.0.1 is taken by another program. Set NEO4J_BOLT_PORT to a free port.`,
    );
  }
  requireJava();
  makeFolders(layout);
  ensureRuntime(layout.lib, log);
  writeConfig(config, layout);
  installPlugins(layout);
  // Java runs in this process's own environment (PATH, JAVA_HOME); every Neo4j setting comes from
  // the configuration, through the neo4j.conf written above.
  const env = { ...process.env, NEO4J_HOME: layout.home, NEO4J_CONF: layout.conf };
  const classPath = `${layout.lib}/*`;

  if (needsInitialPassword(config)) await setInitialPassword(config);

  log(`Starting Neo4j ${neo4jVersion()} Community on ${config.neo4j.uri} (data in ${path.relative(ROOT, layout.home)})...`);
  const out = fs.openSync(layout.consoleLog, "a");
  const child = spawn(
    "java",
    [
      `-Xms${config.neo4j.heap}`,
      `-Xmx${config.neo4j.heap}`,
      ...JVM_FLAGS,
      "-cp",
      classPath,
      ENTRY_POINT,
      `--home-dir=${layout.home}`,
      `--config-dir=${layout.conf}`,
    ],
    { env, detached: true, stdio: ["ignore", out, out] },
  );
  fs.closeSync(out);
  if (child.pid === undefined) throw new LauncherError("Java did not start.");
  writePid(layout, child.pid);
  child.unref();

  if (!(await waitUntilAnswering(config, child.pid, layout, timeoutMs))) {
    throw new LauncherError(
      `Neo4j did not answer within ${timeoutMs / 1000} s. Last lines of ${layout.consoleLog}:\n${tail(layout.consoleLog, 20)}\n${tail(path.join(layout.logs, "neo4j.log"), 10)}`,
    );
  }
  log(`Neo4j is up on ${config.neo4j.uri}.`);
  return true;
}

async function waitUntilAnswering(config: Config, pid: number, layout: Layout, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) {
      throw new LauncherError(
        `Neo4j exited during start-up. Last lines of its logs:\n${tail(layout.consoleLog, 20)}\n${tail(path.join(layout.logs, "debug.log"), 20)}`,
      );
    }
    if (await answers(config)) return true;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return false;
}

/** Stops the project-managed Neo4j; returns false when none was running. */
export async function stop(config: Config, timeoutMs = 60_000): Promise<boolean> {
  const layout = layoutFor(config);
  const pid = readPid(layout);
  if (pid === undefined || !isAlive(pid)) {
    forgetPid(layout);
    return false;
  }
  process.kill(pid, "SIGTERM");
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
  if (isAlive(pid)) process.kill(pid, "SIGKILL");
  forgetPid(layout);
  return true;
}
