import path from "node:path";
import { defineConfig } from "vitest/config";

/**
 * graphql-js ships a CommonJS and an ES module build that do not recognise each other's types.
 * Node (and so every library the server loads) resolves the CommonJS one; our own sources must
 * load the same copy, or a schema built by one is foreign to the other.
 */
const alias = [
  { find: "@", replacement: path.resolve(import.meta.dirname) },
  { find: /^graphql$/, replacement: path.resolve(import.meta.dirname, "node_modules/graphql/index.js") },
];

/**
 * Three tiers: unit (pure code, beside it), integration (a real Neo4j over Bolt; the GraphQL
 * handler in-process, and the endpoint over HTTP), e2e (the built app in Debian's Chromium). scripts/test.ts prepares the
 * Neo4j and the server the last two need and runs all three.
 */
export default defineConfig({
  resolve: { alias },
  test: {
    // Integration and e2e files share one seeded database and one server: run files one at a time.
    fileParallelism: false,
    projects: [
      { resolve: { alias }, test: { name: "unit", include: ["graph/**/*.test.ts", "app/**/*.test.ts", "scripts/**/*.test.ts"] } },
      {
        resolve: { alias },
        test: { name: "integration", include: ["tests/integration/**/*.test.ts"], testTimeout: 60_000, hookTimeout: 120_000 },
      },
      {
        resolve: { alias },
        test: { name: "e2e", include: ["tests/e2e/**/*.test.ts"], setupFiles: ["tests/support/e2e-setup.ts"], testTimeout: 90_000, hookTimeout: 120_000 },
      },
    ],
  },
});
