import fs from "node:fs";
import path from "node:path";
import type { Config } from "../../graph/config";
import { ROOT } from "./paths";
import { LauncherError, runtimeLib } from "./neo4j-runtime";

/**
 * An instance's folder under .neo4j/<instance>: its configuration, data, logs, plugins and pid
 * file. The configuration is written from the environment at every start.
 */

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
    lib: runtimeLib(),
  };
}

export function makeFolders(layout: Layout): void {
  for (const dir of [layout.conf, layout.data, layout.logs, layout.plugins, layout.run]) {
    fs.mkdirSync(dir, { recursive: true });
  }
}

export function writeConfig(config: Config, layout: Layout): void {
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
  // Written aside and renamed: a JVM started a moment ago (the bulk load runs the password tool
  // beside the importer's preparation) may be reading the file while it is written again.
  const file = path.join(layout.conf, "neo4j.conf");
  fs.writeFileSync(`${file}.${process.pid}`, `${lines.join("\n")}\n`);
  fs.renameSync(`${file}.${process.pid}`, file);
}

export function installPlugins(layout: Layout): void {
  for (const file of fs.readdirSync(layout.plugins)) fs.rmSync(path.join(layout.plugins, file));
  const apoc = fs.readdirSync(layout.lib).find((f) => /^apoc-core-.*\.jar$/.test(f));
  if (!apoc) throw new LauncherError(`APOC core is missing from ${layout.lib}; delete that folder and start again.`);
  fs.copyFileSync(path.join(layout.lib, apoc), path.join(layout.plugins, apoc));
}

export function readPid(layout: Layout): number | undefined {
  try {
    const pid = Number(fs.readFileSync(layout.pidFile, "utf8").trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

export function writePid(layout: Layout, pid: number): void {
  fs.writeFileSync(layout.pidFile, String(pid));
}

export function forgetPid(layout: Layout): void {
  fs.rmSync(layout.pidFile, { force: true });
}
