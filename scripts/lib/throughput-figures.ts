import fs from "node:fs";
import path from "node:path";
import type { Config, Environment } from "../../graph/config";
import type { Database } from "../../graph/db";
import { loadCorpus, readValidCorpus } from "../../graph/seed";
import { quantile, round, type Figure } from "./figure";
import { runLoad, type LoadSubjects } from "./load";
import { build, buildIsStale, serve, waitForHttp } from "./next-server";
import { ROOT } from "./paths";
import { stopped } from "./route-figures";
import { generateCorpus } from "./synthetic-corpus";

/**
 * `npm run bench -- --quick --throughput-only`: the explorer's six operations computed
 * (Cache-Control: no-cache) at 50 clients against the app as served, alone, in several rounds, with
 * the server process's CPU per answered request beside the rate: on a machine shared with other
 * work the rate follows the load around it, the CPU per request much less. Figure names are the
 * whole run's, so the reports compare.
 */
export interface ThroughputInputs {
  config: Config;
  env: Environment;
  database: Database;
  work: string;
  statements: number;
  seconds: number;
  rounds: number;
}

/** CPU time (user and system) a process has used, in ms; Linux's /proc, else NaN. */
function processCpuMs(pid: number): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    // utime and stime, in clock ticks of 1/100 s on Linux.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}

export async function measureThroughput(inputs: ThroughputInputs, record: (f: Figure) => void): Promise<void> {
  const dir = path.join(inputs.work, "corpus");
  generateCorpus(dir, { statements: inputs.statements, people: Math.max(100, inputs.statements / 10), seed: 1 });
  const corpus = readValidCorpus(dir, inputs.work);
  await loadCorpus(inputs.database, corpus);
  const [busiest, second] = [corpus.people[0]!.value, corpus.people[1]!.value];
  const subjects: LoadSubjects = { speaker: busiest.id, target: second.id, search: second.aliases[0] ?? second.name };
  if (buildIsStale()) build(inputs.env);
  const port = inputs.config.port;
  const app = serve(port, "start", { env: inputs.env, hostname: "127.0.0.1", logFile: path.join(ROOT, "bench", "app-throughput.log") });
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${base}/api/health`);
    await runLoad(base, 50, 3, true, subjects);
    const rates: number[] = [];
    const cpu: number[] = [];
    let notes = "";
    for (let r = 0; r < inputs.rounds; r++) {
      const before = processCpuMs(app.pid!);
      const load = await runLoad(base, 50, inputs.seconds, true, subjects);
      const answered = load.statusCodes["2xx"] ?? 0;
      rates.push(load.requestsPerSecond);
      cpu.push((processCpuMs(app.pid!) - before) / Math.max(1, answered));
      notes += ` ${Math.round(load.requestsPerSecond)} (p50 ${load.latencyMs.p50} ms, non-2xx ${load.non2xx}, errors ${load.errors});`;
    }
    record({
      name: "the explorer's six operations at 50 clients, computed",
      value: Math.round(quantile(rates, 0.5)),
      unit: "req/s",
      goal: "≥ 50 req/s",
      note: `median of ${inputs.rounds} runs of ${inputs.seconds} s, Cache-Control: no-cache:${notes}`,
    });
    record({
      name: "server CPU per computed explorer operation, 50 clients",
      value: round(quantile(cpu, 0.5), 2),
      unit: "ms",
      spread: [round(Math.min(...cpu), 2), round(Math.max(...cpu), 2)],
      note: "the served process's user and system time over the answers it gave, each run",
    });
  } finally {
    await stopped(app);
  }
}
