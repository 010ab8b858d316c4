import fs from "node:fs";
import path from "node:path";
import { buildSync } from "esbuild";
import { ROOT } from "./paths";

/**
 * The production server (scripts/serve.ts) compiled to one JavaScript module, so that it runs
 * under plain node rather than tsx: no TypeScript transform at start-up and no source maps kept
 * for every stack trace (tsx turns them on, and with them every `new Error` in the driver or yoga
 * maps its frames; docs/decisions/0030). It sits two folders under the root, as scripts/serve.ts
 * does, so that scripts/lib/paths.ts finds the root the same way; it lives in .next because it
 * belongs to the build.
 */
export const SERVER_BUNDLE = path.join(ROOT, ".next", "front-door", "serve.mjs");

/** Our sources the bundle is made of; packages stay imports, resolved from node_modules as before. */
const SOURCES = ["scripts", "graph", "package.json", "tsconfig.json"];

/** The latest modification time (ms) of a file, or of anything in a folder, recursively; 0 when it does not exist. */
export function newestChange(entry: string): number {
  const stat = fs.statSync(entry, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...fs.readdirSync(entry).map((name) => newestChange(path.join(entry, name))));
}

/** True when there is no bundle, or one of its sources changed after it was made. */
export function serverBundleIsStale(): boolean {
  const made = fs.statSync(SERVER_BUNDLE, { throwIfNoEntry: false });
  return !made || Math.max(...SOURCES.map((s) => newestChange(path.join(ROOT, s)))) > made.mtimeMs;
}

/** Compiles scripts/serve.ts and what it imports from our sources into SERVER_BUNDLE (about a second). */
export function bundleServer(): void {
  buildSync({
    entryPoints: [path.join(ROOT, "scripts", "serve.ts")],
    outfile: SERVER_BUNDLE,
    bundle: true,
    packages: "external",
    platform: "node",
    format: "esm",
    target: "node20",
    tsconfig: path.join(ROOT, "tsconfig.json"),
    logLevel: "warning",
  });
}
