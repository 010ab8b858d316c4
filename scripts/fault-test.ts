/**
 * npm run fault [-- --connections 20]
 * Neo4j stopped under load, then started again. Measures that requests fail fast with 503 and a
 * code while it is down, that nothing answers 500, that the app recovers by itself, and that it
 * holds no more Bolt connections afterwards than its pool allows. Writes bench/fault-report.json;
 * exits non-zero when a promise is broken.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { EXPLORER_REQUESTS, runLoad } from "./lib/load";
import { start, stop } from "./lib/neo4j-launcher";
import { ROOT } from "./lib/paths";
import { runMain } from "./lib/run-main";
import { LOAD_GENERATOR_ENV, scratchEnv, scratchPorts } from "./lib/scratch-env";
import { startStack } from "./lib/stack";

interface Sample {
  at: number;
  status: number;
  code: string | null;
  ms: number;
}

const quantile = (values: number[], q: number) => {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};

function boltConnections(port: number): number {
  try {
    const out = execFileSync("ss", ["-Htn", "state", "established", `( dport = :${port} )`], { encoding: "utf8" });
    return out.split("\n").filter((l) => l.trim()).length;
  } catch {
    return -1;
  }
}

runMain(async () => {
  const at = process.argv.indexOf("--connections");
  const connections = at >= 0 ? Number(process.argv[at + 1]) : 20;
  const ports = scratchPorts(process.env, "BENCH", "bench", 7689, 3200);
  const stack = await startStack(scratchEnv(process.env, { ...ports, extraEnv: LOAD_GENERATOR_ENV }));
  await runLoad(stack.baseUrl, 10, 5);
  const { config } = stack;
  const samples: Sample[] = [];
  const began = performance.now();
  const now = () => performance.now() - began;
  let running = true;
  const timeline: Record<string, number> = {};

  const worker = async (n: number) => {
    for (let i = n; running; i++) {
      const request = EXPLORER_REQUESTS[i % EXPLORER_REQUESTS.length]!;
      const t = now();
      try {
        const response = await fetch(`${stack.baseUrl}/api/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(request.body),
          signal: AbortSignal.timeout(15_000),
        });
        const body = (await response.json().catch(() => ({}))) as { errors?: { extensions?: { code?: string } }[] };
        samples.push({ at: t, status: response.status, code: body.errors?.[0]?.extensions?.code ?? null, ms: now() - t });
      } catch {
        samples.push({ at: t, status: 0, code: "NO_ANSWER", ms: now() - t });
      }
    }
  };

  try {
    const workers = Array.from({ length: connections }, (_, n) => worker(n));
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    timeline.stopAt = now();
    console.log("Stopping Neo4j under load...");
    await stop(config);
    timeline.stoppedAt = now();
    await new Promise((resolve) => setTimeout(resolve, 8_000));
    timeline.restartAt = now();
    console.log("Starting Neo4j again...");
    await start(config, () => undefined);
    timeline.upAt = now();
    await new Promise((resolve) => setTimeout(resolve, 10_000));
    running = false;
    await Promise.all(workers);
    timeline.endAt = now();

    const down = samples.filter((s) => s.at >= timeline.stoppedAt! && s.at + s.ms <= timeline.restartAt!);
    const afterUp = samples.filter((s) => s.at >= timeline.upAt!);
    const firstOk = afterUp.find((s) => s.status === 200);
    const serverAlive = stack.server.exitCode === null;
    const report = {
      kind: "fault",
      date: new Date().toISOString(),
      connections,
      requests: samples.length,
      timeline,
      fiveHundreds: samples.filter((s) => s.status >= 500 && s.status !== 503).length,
      noAnswer: samples.filter((s) => s.status === 0).length,
      whileDown: {
        requests: down.length,
        answers: Object.fromEntries([...new Set(down.map((s) => `${s.status} ${s.code ?? ""}`.trim()))].map((k) => [k, down.filter((s) => `${s.status} ${s.code ?? ""}`.trim() === k).length])),
        answered503WithCode: down.filter((s) => s.status === 503 && s.code === "DATABASE_UNAVAILABLE").length,
        p50Ms: Math.round(quantile(down.map((s) => s.ms), 0.5)),
        p99Ms: Math.round(quantile(down.map((s) => s.ms), 0.99)),
      },
      recoverySeconds: firstOk ? Math.round((firstOk.at + firstOk.ms - timeline.upAt) / 100) / 10 : null,
      lastTenSecondsOk: afterUp.filter((s) => s.at > timeline.upAt! + 3_000).every((s) => s.status === 200),
      serverAlive,
      boltConnectionsAfter: boltConnections(config.neo4j.boltPort),
      poolLimit: 50,
    };
    fs.mkdirSync(path.join(ROOT, "bench"), { recursive: true });
    fs.writeFileSync(path.join(ROOT, "bench", "fault-report.json"), `${JSON.stringify(report, null, 2)}\n`);
    console.log(JSON.stringify(report, null, 2));
    const broken = [
      report.fiveHundreds > 0 && "some requests got a 500",
      report.noAnswer > 0 && "some requests got no answer",
      report.whileDown.requests > 0 && report.whileDown.answered503WithCode < report.whileDown.requests * 0.9 && "fewer than 90% of requests during the outage got 503 DATABASE_UNAVAILABLE",
      report.whileDown.p99Ms > 5_000 && "requests during the outage did not fail fast",
      report.recoverySeconds === null && "the app did not recover",
      !report.serverAlive && "the app process died",
      report.boltConnectionsAfter > report.poolLimit && "more Bolt connections than the pool allows",
    ].filter(Boolean);
    if (broken.length > 0) {
      process.exitCode = 1;
      console.error(`Broken: ${broken.join("; ")}`);
    } else console.log("All fault promises held. Report: bench/fault-report.json");
  } finally {
    running = false;
    await stack.stop();
  }
});
