/**
 * The production server compiled to JavaScript (scripts/lib/server-bundle.ts); `npm run build`
 * runs it after `next build`, and serving recompiles it by itself when our sources changed.
 */
import path from "node:path";
import { bundleServer, SERVER_BUNDLE } from "./lib/server-bundle";
import { ROOT } from "./lib/paths";

bundleServer();
console.log(`Compiled the server: ${path.relative(ROOT, SERVER_BUNDLE)}`);
