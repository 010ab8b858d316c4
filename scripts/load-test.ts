/**
 * npm run load [-- --connections 50 --duration 60]
 * The explorer's real GraphQL operations at concurrency 50 for a minute, on loopback, against a
 * scratch instance loaded with the seed corpus. Writes bench/load-report.json; exits non-zero when
 * any request failed.
 */
import fs from "node:fs";
import path from "node:path";
import { runLoad } from "./lib/load";
import { ROOT } from "./lib/paths";
import { runMain } from "./lib/run-main";
import { LOAD_GENERATOR_ENV, scratchEnv, scratchPorts } from "./lib/scratch-env";
import { startStack } from "./lib/stack";

const option = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};

runMain(async () => {
  const connections = option("--connections", 50);
  const duration = option("--duration", 60);
  const ports = scratchPorts(process.env, "BENCH", "bench", 7689, 3200);
  const stack = await startStack(scratchEnv(process.env, { ...ports, extraEnv: LOAD_GENERATOR_ENV }));
  try {
    // A freshly started Neo4j plans and compiles each query on first use: warm it before measuring.
    console.log("Warming up for 5 s...");
    await runLoad(stack.baseUrl, 10, 5);
    console.log(`Load: ${connections} connections for ${duration} s against ${stack.baseUrl}/api/graphql ...`);
    const result = await runLoad(stack.baseUrl, connections, duration);
    const report = { kind: "load", date: new Date().toISOString(), corpus: "seed", ...result };
    fs.mkdirSync(path.join(ROOT, "bench"), { recursive: true });
    fs.writeFileSync(path.join(ROOT, "bench", "load-report.json"), `${JSON.stringify(report, null, 2)}\n`);
    console.table({
      requests: result.requests,
      "requests/s": Math.round(result.requestsPerSecond),
      "p50 ms": result.latencyMs.p50,
      "p99 ms": result.latencyMs.p99,
      "max ms": result.latencyMs.max,
      errors: result.errors,
      "non-2xx": result.non2xx,
    });
    if (result.errors > 0 || result.non2xx > 0 || result.timeouts > 0) {
      process.exitCode = 1;
      console.error("Some requests failed; see bench/load-report.json.");
    } else console.log("Zero errors. Report: bench/load-report.json");
  } finally {
    await stack.stop();
  }
});
