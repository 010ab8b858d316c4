import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "./paths";

const NEXT = path.join(ROOT, "node_modules", ".bin", "next");
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");
const SOURCES = ["app", "graph", "types", "next.config.js", "package.json", "postcss.config.mjs", "tsconfig.json"];

function newestChange(entry: string): number {
  const stat = fs.statSync(entry, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...fs.readdirSync(entry).map((name) => newestChange(path.join(entry, name))));
}

/** True when there is no production build, or a source file changed after it was made. */
export function buildIsStale(): boolean {
  const buildId = fs.statSync(path.join(ROOT, ".next", "BUILD_ID"), { throwIfNoEntry: false });
  if (!buildId) return true;
  return Math.max(...SOURCES.map((s) => newestChange(path.join(ROOT, s)))) > buildId.mtimeMs;
}

export function build(): void {
  console.log("Building the app (next build)...");
  const result = spawnSync(NEXT, ["build"], { cwd: ROOT, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) throw new Error("next build failed; see the output above.");
}

/** Starts the app behind its front door (scripts/serve.ts) on a port; the caller owns the child process. */
export function serve(
  port: number,
  mode: "start" | "dev",
  options: { hostname?: string; env?: Record<string, string>; quiet?: boolean } = {},
): ChildProcess {
  const hostname = options.hostname ? ["--hostname", options.hostname] : [];
  const quiet = options.quiet ?? false;
  return spawn(TSX, [path.join(ROOT, "scripts", "serve.ts"), ...(mode === "dev" ? ["--dev"] : []), ...hostname], {
    cwd: ROOT,
    // Quiet output goes nowhere: a pipe nobody reads fills up (64 kB of logged errors during a
    // database outage or a run of hostile requests) and then blocks the server's next write.
    stdio: quiet ? "ignore" : "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", PORT: String(port), ...(mode === "start" ? { NODE_ENV: "production" } : {}), ...options.env },
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
