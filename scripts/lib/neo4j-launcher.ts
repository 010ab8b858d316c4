import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import neo4j from "neo4j-driver";
import type { Config } from "../../graph/config";
import { ROOT } from "./paths";
import { isAlive, portInUse, tail } from "./processes";

/**
 * Runs the project's own Neo4j 5.26 Community: the engine of the neo4j:5.26-community image,
 * resolved from Maven Central by scripts/neo4j/pom.xml and started through its server entry point.
 * Why this way and not an embedded JVM program: docs/decisions/0001-project-managed-neo4j.md.
 */

const POM = path.join(ROOT, "scripts", "neo4j", "pom.xml");
const ENTRY_POINT = "org.neo4j.server.CommunityEntryPoint";
const ADMIN_TOOL = "org.neo4j.cli.AdminTool";

/** What Neo4j's own launcher passes to Java 17+; without them Netty and the page cache fail. */
const JVM_FLAGS = [
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

export class LauncherError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "LauncherError";
  }
}

const HOW_ELSE =
  "Or run Neo4j with Docker (`docker compose up neo4j`) or point the app at any Neo4j 5.26+ by setting NEO4J_URI, NEO4J_USERNAME and NEO4J_PASSWORD.";

export function neo4jVersion(): string {
  const match = /<neo4j\.version>([^<]+)</.exec(fs.readFileSync(POM, "utf8"));
  if (!match?.[1]) throw new LauncherError(`${POM} has no <neo4j.version> property`);
  return match[1];
}

export interface Layout {
  home: string;
  conf: string;
  data: string;
  logs: string;
  plugins: string;
  run: string;
  pidFile: string;
  consoleLog: string;
  lib: string;
}

export function layoutFor(config: Config): Layout {
  const home = path.join(ROOT, ".neo4j", config.neo4j.instance);
  return {
    home,
    conf: path.join(home, "conf"),
    data: path.join(home, "data"),
    logs: path.join(home, "logs"),
    plugins: path.join(home, "plugins"),
    run: path.join(home, "run"),
    pidFile: path.join(home, "run", "neo4j.pid"),
    consoleLog: path.join(home, "logs", "console.log"),
    lib: path.join(ROOT, ".neo4j", "runtime", neo4jVersion(), "lib"),
  };
}

function javaMajorVersion(): number | undefined {
  const result = spawnSync("java", ["-version"], { encoding: "utf8" });
  if (result.error || result.status !== 0) return undefined;
  const match = /version "(\d+)(?:\.(\d+))?/.exec(result.stderr + result.stdout);
  if (!match?.[1]) return undefined;
  const major = Number(match[1]);
  return major === 1 ? Number(match[2]) : major;
}

function requireJava(): void {
  const major = javaMajorVersion();
  if (major === undefined) {
    throw new LauncherError(
      `Java was not found. The project-managed Neo4j needs a JDK 17 or newer on the PATH (Debian/Ubuntu: apt-get install openjdk-17-jdk-headless; macOS: brew install openjdk@17). ${HOW_ELSE}`,
    );
  }
  if (major < 17) {
    throw new LauncherError(`Java ${major} was found, but Neo4j 5.26 needs Java 17 or newer. ${HOW_ELSE}`);
  }
}

/** Resolves Neo4j and APOC into .neo4j/runtime/<version>/lib once; later starts reuse the copy. */
export function ensureRuntime(layout: Layout, log: (line: string) => void): void {
  const marker = path.join(layout.lib, ".complete");
  if (fs.existsSync(marker)) return;
  const mvn = spawnSync("mvn", ["--version"], { encoding: "utf8" });
  if (mvn.error || mvn.status !== 0) {
    throw new LauncherError(
      `Maven was not found. It fetches Neo4j ${neo4jVersion()} from Maven Central on the first start (Debian/Ubuntu: apt-get install maven; macOS: brew install maven). ${HOW_ELSE}`,
    );
  }
  log(`Resolving Neo4j ${neo4jVersion()} and APOC core from Maven Central (first start only)...`);
  fs.rmSync(layout.lib, { recursive: true, force: true });
  const result = spawnSync(
    "mvn",
    ["-q", "-B", "-f", POM, "dependency:copy-dependencies", "-DincludeScope=runtime", `-DoutputDirectory=${layout.lib}`],
    { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
  );
  if (result.status !== 0) {
    throw new LauncherError(`Maven could not resolve Neo4j:\n${(result.stdout + result.stderr).trim()}`);
  }
  fs.writeFileSync(marker, new Date().toISOString());
}

function writeConfig(config: Config, layout: Layout): void {
  const lines = [
    "# Written by scripts/lib/neo4j-launcher.ts at every start; edit the environment, not this file.",
    `server.directories.data=${layout.data}`,
    `server.directories.logs=${layout.logs}`,
    `server.directories.plugins=${layout.plugins}`,
    `server.directories.run=${layout.run}`,
    `server.directories.import=${path.join(layout.home, "import")}`,
    `initial.dbms.default_database=${config.neo4j.database}`,
    "server.bolt.enabled=true",
    `server.bolt.listen_address=127.0.0.1:${config.neo4j.boltPort}`,
    "server.bolt.advertised_address=127.0.0.1",
    "server.http.enabled=false",
    "server.https.enabled=false",
    "dbms.security.auth_enabled=true",
    "dbms.security.procedures.unrestricted=apoc.*",
    "dbms.usage_report.enabled=false",
    `server.memory.heap.initial_size=${config.neo4j.heap}`,
    `server.memory.heap.max_size=${config.neo4j.heap}`,
    `server.memory.pagecache.size=${config.neo4j.pageCache}`,
    "db.tx_log.rotation.retention_policy=2 files",
  ];
  fs.writeFileSync(path.join(layout.conf, "neo4j.conf"), `${lines.join("\n")}\n`);
}

function installPlugins(layout: Layout): void {
  for (const file of fs.readdirSync(layout.plugins)) fs.rmSync(path.join(layout.plugins, file));
  const apoc = fs.readdirSync(layout.lib).find((f) => /^apoc-core-.*\.jar$/.test(f));
  if (!apoc) throw new LauncherError(`APOC core is missing from ${layout.lib}; delete that folder and start again.`);
  fs.copyFileSync(path.join(layout.lib, apoc), path.join(layout.plugins, apoc));
}

function readPid(layout: Layout): number | undefined {
  try {
    const pid = Number(fs.readFileSync(layout.pidFile, "utf8").trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}



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
  for (const dir of [layout.conf, layout.data, layout.logs, layout.plugins, layout.run]) {
    fs.mkdirSync(dir, { recursive: true });
  }
  ensureRuntime(layout, log);
  writeConfig(config, layout);
  installPlugins(layout);
  const env = { ...process.env, NEO4J_HOME: layout.home, NEO4J_CONF: layout.conf };
  const classPath = `${layout.lib}/*`;

  if (!fs.existsSync(path.join(layout.data, "dbms"))) {
    const set = spawnSync(
      "java",
      ["-cp", classPath, ADMIN_TOOL, "dbms", "set-initial-password", config.neo4j.password],
      { env, encoding: "utf8" },
    );
    if (set.status !== 0) throw new LauncherError(`Could not set the initial password:\n${set.stderr}${set.stdout}`);
  }

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
  fs.writeFileSync(layout.pidFile, String(child.pid));
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
    fs.rmSync(layout.pidFile, { force: true });
    return false;
  }
  process.kill(pid, "SIGTERM");
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
  if (isAlive(pid)) process.kill(pid, "SIGKILL");
  fs.rmSync(layout.pidFile, { force: true });
  return true;
}
