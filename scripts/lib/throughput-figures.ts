import os from "node:os";
import path from "node:path";
import type { Config, Environment } from "../../graph/config";
import type { Database } from "../../graph/db";
import { loadCorpus, readValidCorpus } from "../../graph/seed";
import { quantile, round, type Figure } from "./figure";
import { runLoad, type LoadSubjects } from "./load";
import { build, buildIsStale, serve, waitForHttp } from "./next-server";
import { status } from "./neo4j-launcher";
import { ROOT } from "./paths";
import { treeCpuMs } from "./processes";
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

/** The synthetic corpus loaded, and whom the explorer's operations ask about: its two busiest people. */
export async function loadExplorerCorpus(inputs: ThroughputInputs): Promise<LoadSubjects> {
  const dir = path.join(inputs.work, "corpus");
  generateCorpus(dir, { statements: inputs.statements, people: Math.max(100, inputs.statements / 10), seed: 1 });
  const corpus = readValidCorpus(dir, inputs.work);
  await loadCorpus(inputs.database, corpus);
  const [busiest, second] = [corpus.people[0]!.value, corpus.people[1]!.value];
  return { speaker: busiest.id, target: second.id, search: second.aliases[0] ?? second.name };
}

/** The app as served, answering and warmed by a few seconds of the operations, with its and Neo4j's process ids. */
export interface ServedApp {
  base: string;
  appPid: number;
  neo4jPid: number;
}

/** Serves the built app (building it when stale) for `work`, its log in bench/app-<name>.log, and stops it after. */
export async function withServedApp(inputs: ThroughputInputs, name: string, subjects: LoadSubjects, work: (served: ServedApp) => Promise<void>): Promise<void> {
  if (buildIsStale()) build(inputs.env);
  const port = inputs.config.port;
  const app = serve(port, "start", { env: inputs.env, hostname: "127.0.0.1", logFile: path.join(ROOT, "bench", `app-${name}.log`) });
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${base}/api/health`);
    await runLoad(base, 50, 3, true, subjects);
    const neo4jPid = (await status(inputs.config)).pid;
    if (!neo4jPid) throw new Error("The bench's Neo4j has no process id to measure.");
    await work({ base, appPid: app.pid!, neo4jPid });
  } finally {
    await stopped(app);
  }
}

export async function measureThroughput(inputs: ThroughputInputs, record: (f: Figure) => void): Promise<void> {
  const subjects = await loadExplorerCorpus(inputs);
  await withServedApp(inputs, "throughput", subjects, async ({ base, appPid, neo4jPid }) => {
    const rates: number[] = [];
    // Per answered request, each round: the served process, Neo4j, and this process (the load generator).
    const cpu = { server: [] as number[], neo4j: [] as number[], generator: [] as number[] };
    let notes = "";
    for (let r = 0; r < inputs.rounds; r++) {
      const [server, neo4j, generator] = [treeCpuMs(appPid), treeCpuMs(neo4jPid), process.cpuUsage()];
      const load = await runLoad(base, 50, inputs.seconds, true, subjects);
      const answered = Math.max(1, load.statusCodes["2xx"] ?? 0);
      const used = process.cpuUsage(generator);
      rates.push(load.requestsPerSecond);
      cpu.server.push((treeCpuMs(appPid) - server) / answered);
      cpu.neo4j.push(((treeCpuMs(neo4jPid)) - neo4j) / answered);
      cpu.generator.push((used.user + used.system) / 1000 / answered);
      notes += ` ${Math.round(load.requestsPerSecond)} (p50 ${load.latencyMs.p50} ms, non-2xx ${load.non2xx}, errors ${load.errors});`;
    }
    record({
      name: "the explorer's six operations at 50 clients, computed",
      value: Math.round(quantile(rates, 0.5)),
      unit: "req/s",
      goal: "≥ 50 req/s",
      note: `median of ${inputs.rounds} runs of ${inputs.seconds} s, Cache-Control: no-cache:${notes}`,
    });
    const median = (xs: number[]) => round(quantile(xs, 0.5), 2);
    const spread = (xs: number[]): [number, number] => [round(Math.min(...xs), 2), round(Math.max(...xs), 2)];
    record({
      name: "server CPU per computed explorer operation, 50 clients",
      value: median(cpu.server),
      unit: "ms",
      spread: spread(cpu.server),
      note: "the served process's user and system time over the answers it gave, each run",
    });
    record({
      name: "Neo4j CPU per computed explorer operation, 50 clients",
      value: median(cpu.neo4j),
      unit: "ms",
      spread: spread(cpu.neo4j),
      note: "the Neo4j process's user and system time over the answers the server gave, each run (its background threads included)",
    });
    const total = median(cpu.server.map((s, i) => s + cpu.neo4j[i]! + cpu.generator[i]!));
    record({
      name: "CPU per computed explorer operation, every process, 50 clients",
      value: total,
      unit: "ms",
      note: `server + Neo4j + the load generator (${median(cpu.generator)} ms); ${os.cpus().length} cores give at most ${Math.round((os.cpus().length * 1000) / total)} operations a second at this cost`,
    });
  });
}
