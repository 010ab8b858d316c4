/**
 * npm test — every test: unit, integration (a real Neo4j over Bolt, the GraphQL endpoint over
 * HTTP) and end-to-end (the built app in Debian's Chromium).
 *
 * Tests never touch the development database: they run against a second project-managed Neo4j
 * instance ("test", Bolt on 127.0.0.1:7688) seeded afresh from seed/, and a production build served
 * on 127.0.0.1:3100. Pass vitest arguments after --, e.g. `npm test -- --project unit`.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "./lib/paths";

const TEST_ENV = {
  NEO4J_INSTANCE: "test",
  NEO4J_BOLT_PORT: "7688",
  NEO4J_HEAP: "768m",
  PORT: "3100",
  TEST_BASE_URL: "http://127.0.0.1:3100",
  CURATION_TOKEN: "test-curation-token-0123456789abcdef",
};
// The test instance is always the project-managed one, whatever the shell has configured.
delete process.env.NEO4J_URI;
delete process.env.NEO4J_PASSWORD;
Object.assign(process.env, TEST_ENV);

const { runMain } = await import("./lib/run-main");
const { getConfig } = await import("../graph/config");
const { loadCorpus, readValidCorpus } = await import("../graph/seed");
const { closeDriver } = await import("../graph/db");
const { start, stop } = await import("./lib/neo4j-launcher");
const { build, buildIsStale, serve, waitForHttp } = await import("./lib/next-server");

runMain(async () => {
  const config = getConfig();
  const vitestArgs = process.argv.slice(2).filter((a) => a !== "--");
  const onlyUnit = vitestArgs.join(" ").includes("--project unit");

  let server: ReturnType<typeof serve> | undefined;
  try {
    if (!onlyUnit) {
      await start(config);
      const counts = await loadCorpus(readValidCorpus(path.join(ROOT, "seed"), ROOT), { reset: true });
      console.log(`Test database seeded: ${counts.statements} statements, ${counts.people} people, ${counts.mentions} mentions.`);
      await closeDriver();
      if (buildIsStale()) build();
      server = serve(config.port, "start", { hostname: "127.0.0.1", quiet: true });
      await waitForHttp(`${TEST_ENV.TEST_BASE_URL}/api/health`);
    }
    const report = path.join(ROOT, "test-results", "vitest.json");
    fs.mkdirSync(path.dirname(report), { recursive: true });
    fs.rmSync(report, { force: true });
    const result = spawnSync(
      path.join(ROOT, "node_modules", ".bin", "vitest"),
      ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...vitestArgs],
      { cwd: ROOT, stdio: "inherit", env: process.env },
    );
    printSummary(report);
    process.exitCode = result.status ?? 1;
  } finally {
    server?.kill("SIGTERM");
    if (!onlyUnit && !process.argv.includes("--keep-neo4j")) await stop(config);
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
