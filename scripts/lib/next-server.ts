import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import type { Environment } from "../../graph/config";
import { ROOT } from "./paths";
import { childEnv } from "./processes";
import { bundleServer, newestChange, SERVER_BUNDLE, serverBundleIsStale } from "./server-bundle";

const NEXT = path.join(ROOT, "node_modules", ".bin", "next");
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");
const SOURCES = ["app", "graph", "types", "next.config.js", "package.json", "postcss.config.mjs", "tsconfig.json"];

/** True when there is no production build, or a source file changed after it was made. */
export function buildIsStale(): boolean {
  const buildId = fs.statSync(path.join(ROOT, ".next", "BUILD_ID"), { throwIfNoEntry: false });
  if (!buildId) return true;
  return Math.max(...SOURCES.map((s) => newestChange(path.join(ROOT, s)))) > buildId.mtimeMs;
}

/** A production build, made with the environment the app will be served with, and the server compiled beside it. */
export function build(env: Environment): void {
  console.log("Building the app (next build)...");
  const result = spawnSync(NEXT, ["build"], { cwd: ROOT, stdio: "inherit", env: childEnv({ ...env, NEXT_TELEMETRY_DISABLED: "1" }) });
  if (result.status !== 0) throw new Error("next build failed; see the output above.");
  bundleServer();
}

/**
 * Starts the app behind its front door (scripts/serve.ts) on a port, configured from `env`; the
 * caller owns the child process. Served for production it runs compiled (scripts/lib/server-bundle.ts),
 * recompiled first when our sources changed since; in development, under tsx from the sources.
 */
export function serve(
  port: number,
  mode: "start" | "dev",
  options: { env: Environment; hostname?: string; logFile?: string; nodeFlags?: string[]; serveFlags?: string[] },
): ChildProcess {
  const hostname = options.hostname ? ["--hostname", options.hostname] : [];
  // A log file, not a pipe: a pipe nobody reads fills up, and then the server blocks on writing.
  let output: "inherit" | number = "inherit";
  if (options.logFile) {
    fs.mkdirSync(path.dirname(options.logFile), { recursive: true });
    output = fs.openSync(options.logFile, "w");
  }
  const flags = [...(mode === "dev" ? ["--dev"] : []), ...hostname, ...(options.serveFlags ?? [])];
  let command: string, args: string[];
  if (mode === "start") {
    if (serverBundleIsStale()) bundleServer();
    [command, args] = [process.execPath, [...(options.nodeFlags ?? []), SERVER_BUNDLE, ...flags]];
  } else {
    const script = [path.join(ROOT, "scripts", "serve.ts"), ...flags];
    // Node's own flags (the bench's --cpu-prof, which NODE_OPTIONS may not carry) need node itself, with tsx as a loader.
    [command, args] = options.nodeFlags ? [process.execPath, [...options.nodeFlags, "--import", "tsx", ...script]] : [TSX, script];
  }
  return spawn(command, args, {
    cwd: ROOT,
    stdio: ["ignore", output, output],
    env: childEnv({ ...options.env, NEXT_TELEMETRY_DISABLED: "1", PORT: String(port), ...(mode === "start" ? { NODE_ENV: "production" } : {}) }),
  });
}

/** Polls a URL until it answers (any HTTP status), or throws after the timeout. */
export async function waitForHttp(url: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      await fetch(url, { signal: AbortSignal.timeout(5_000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}
