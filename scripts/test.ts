/**
 * npm test — every test: unit, integration (a real Neo4j over Bolt; the GraphQL handler in-process
 * and the endpoint over HTTP) and end-to-end (the built app in Debian's Chromium).
 *
 * Tests never touch the development database: they run against a second project-managed Neo4j
 * instance ("test", Bolt on 127.0.0.1:7688) seeded afresh from seed/, and a production build served
 * on 127.0.0.1:3100 (TEST_BOLT_PORT and TEST_APP_PORT move them). Pass vitest arguments after --,
 * e.g. `npm test -- --project unit`; `--keep-neo4j` is ours, not vitest's: the test instance is left
 * running afterwards, to be looked at.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "./lib/paths";
import { childEnv } from "./lib/processes";
import { runMain } from "./lib/run-main";
import { onlyUnitTier } from "./lib/test-args";
import { scratchEnv, scratchPorts } from "./lib/scratch-env";
import { startStack, type Stack } from "./lib/stack";

const CURATION_TOKEN = "test-curation-token-0123456789abcdef";
const KEEP_NEO4J = "--keep-neo4j";

runMain(async () => {
  const keepNeo4j = process.argv.includes(KEEP_NEO4J);
  const vitestArgs = process.argv.slice(2).filter((a) => a !== "--" && a !== KEEP_NEO4J);
  const onlyUnit = onlyUnitTier(vitestArgs);
  const ports = scratchPorts(process.env, "TEST", "test", 7688, 3100);
  // The stack and vitest get the same environment; vitest's workers inherit it, and the tests build
  // their configuration from it (tests/support/env.ts).
  const env = scratchEnv(process.env, { ...ports, extraEnv: { CURATION_TOKEN, TEST_BASE_URL: `http://127.0.0.1:${ports.appPort}` } });

  let stack: Stack | undefined;
  try {
    if (!onlyUnit) stack = await startStack(env);
    const report = path.join(ROOT, "test-results", "vitest.json");
    fs.mkdirSync(path.dirname(report), { recursive: true });
    fs.rmSync(report, { force: true });
    const result = spawnSync(
      path.join(ROOT, "node_modules", ".bin", "vitest"),
      ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...vitestArgs],
      { cwd: ROOT, stdio: "inherit", env: childEnv(env) },
    );
    printSummary(report);
    process.exitCode = result.status ?? 1;
  } finally {
    await stack?.stop(keepNeo4j);
  }
});

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: { name: string; assertionResults: { status: string }[] }[];
}

/** Per-tier counts, then one plain closing line: "N passed, N failed, N skipped". */
function printSummary(file: string): void {
  if (!fs.existsSync(file)) return;
  const report = JSON.parse(fs.readFileSync(file, "utf8")) as VitestReport;
  const tiers = new Map<string, { passed: number; failed: number }>();
  for (const suite of report.testResults) {
    const tier = /tests\/(integration|e2e)\//.exec(suite.name)?.[1] ?? "unit";
    const t = tiers.get(tier) ?? { passed: 0, failed: 0 };
    for (const a of suite.assertionResults) {
      if (a.status === "passed") t.passed++;
      else if (a.status === "failed") t.failed++;
    }
    tiers.set(tier, t);
  }
  console.log("");
  for (const [tier, t] of tiers) console.log(`${tier.padEnd(12)} ${t.passed} passed, ${t.failed} failed`);
  console.log(`tests: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests + report.numTodoTests} skipped`);
}
