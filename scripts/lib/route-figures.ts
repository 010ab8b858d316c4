import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { ChildProcess } from "node:child_process";
import autocannon from "autocannon";
import type { Environment } from "../../graph/config";
import type { Database } from "../../graph/db";
import { getLimitedNetwork } from "../../graph/queries/network";
import { loadCorpus, readValidCorpus } from "../../graph/seed";
import { CLIENT_HEADER } from "../../graph/schema/context";
import { createGraphQLHandler, serverOptions } from "../../graph/schema/yoga";
import { resolveSessionSecret } from "../../graph/auth/session-secret";
import type { Config } from "../../graph/config";
import { largestProfile, profileHere, summariseProfile } from "./cpu-profile";
import { quantile, round, time, type Figure } from "./figure";
import { leanServer } from "./lean-server";
import { serve, waitForHttp } from "./next-server";
import { generateCorpus } from "./synthetic-corpus";
import { ROOT } from "./paths";

/**
 * Where a GraphQL request's time goes (issue 18): the same yoga handler served three ways over the
 * same database, against the same Cypher through the driver. Latencies are taken one request at a
 * time, the contenders in turn within every repetition (so the shared machine's noise falls on all
 * of them alike), and compared by median; throughput alternates the two servers, twice each.
 * CPU profiles, summed by module, say what the Next.js server and the in-process handler spend
 * their time on.
 */
export const NETWORK =
  "query N($f: StatementFilter) { network(filter: $f) { nodes { id name kind country statementsMade statementsReceived } edges { id source target count netStance } } }";
const FRESH = { "cache-control": "no-cache" };

export interface RouteInputs {
  config: Config;
  env: Environment;
  database: Database;
  filter: { from: string; to: string };
  busiest: string;
  repeats: number;
  seconds: number;
}

/** For --route-only: the bench's synthetic corpus loaded, and whom and what the figures ask about. */
export async function loadRouteCorpus(
  database: Database,
  work: string,
  statements: number,
): Promise<{ busiest: string; filter: { from: string; to: string } }> {
  const dir = path.join(work, "corpus");
  generateCorpus(dir, { statements, people: Math.max(100, statements / 10), seed: 1 });
  const corpus = readValidCorpus(dir, work);
  await loadCorpus(database, corpus);
  return { busiest: corpus.people[0]!.value.id, filter: { from: "1955-01-01", to: "1955-12-31" } };
}

type Contender = { name: string; run: () => Promise<unknown> };

function post(base: string, body: unknown, headers: Record<string, string> = {}): Promise<string> {
  return fetch(`${base}/api/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  }).then((r) => r.text());
}

/** `repeats` rounds; each runs every contender once, starting one further along each round. */
async function interleaved(contenders: Contender[], repeats: number): Promise<Map<string, number[]>> {
  const times = new Map(contenders.map((c) => [c.name, [] as number[]]));
  for (let round = 0; round < repeats; round++) {
    for (let i = 0; i < contenders.length; i++) {
      const contender = contenders[(round + i) % contenders.length]!;
      times.get(contender.name)!.push((await time(contender.run))[1]);
    }
  }
  return times;
}

interface Servers {
  /** The app as served (scripts/serve.ts): GraphQL answered by the front door. */
  app: ChildProcess;
  /** The same app with GraphQL through Next.js's route (--graphql-through-next), as before decision 0027. */
  next: ChildProcess;
  lean: ChildProcess;
  appBase: string;
  nextBase: string;
  leanBase: string;
}

async function startServers(inputs: RouteInputs, profileDir?: string): Promise<Servers> {
  const port = inputs.config.port;
  const profile = (name: string) =>
    profileDir ? { nodeFlags: ["--cpu-prof", `--cpu-prof-dir=${path.join(profileDir, name)}`] } : {};
  const log = (name: string) => path.join(ROOT, "bench", `${name}.log`);
  const app = serve(port, "start", { env: inputs.env, hostname: "127.0.0.1", logFile: log("app"), ...profile("app") });
  const next = serve(port + 2, "start", {
    env: inputs.env,
    hostname: "127.0.0.1",
    logFile: log("app-next-route"),
    serveFlags: ["--graphql-through-next"],
    ...profile("next"),
  });
  const lean = leanServer(port + 1, inputs.env, log("lean"));
  const servers = {
    app,
    next,
    lean,
    appBase: `http://127.0.0.1:${port}`,
    leanBase: `http://127.0.0.1:${port + 1}`,
    nextBase: `http://127.0.0.1:${port + 2}`,
  };
  try {
    await Promise.all([
      waitForHttp(`${servers.appBase}/api/health`),
      waitForHttp(`${servers.nextBase}/api/health`),
      waitForHttp(`${servers.leanBase}/api/graphql`),
    ]);
  } catch (error) {
    await stopAll(servers);
    throw error;
  }
  return servers;
}

const stopAll = (servers: Servers) => Promise.all([stopped(servers.app), stopped(servers.next), stopped(servers.lean)]);

export async function stopped(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

const cannon = (base: string, seconds: number, body: unknown, headers: Record<string, string> = {}) =>
  autocannon({
    url: `${base}/api/graphql`,
    connections: 50,
    duration: seconds,
    requests: [{ method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) }],
  });

export async function measureRoute(inputs: RouteInputs, record: (f: Figure) => void): Promise<void> {
  const { database, filter, busiest, repeats, seconds } = inputs;
  const network = { query: NETWORK, variables: { f: filter } };
  const simple = { query: `{ actor(id: "${busiest}") { name } }` };
  // The handler of the route, in this process: what yoga and the plugins cost without any HTTP.
  const handle = createGraphQLHandler(database, {
    ...serverOptions(inputs.config, resolveSessionSecret(inputs.config, ROOT)),
    readsPerMinute: 0,
  });
  // The same with no response cache: no data-version read before the computation, nothing stored after it.
  const uncached = createGraphQLHandler(database, {
    ...serverOptions(inputs.config, resolveSessionSecret(inputs.config, ROOT)),
    readsPerMinute: 0,
    responseCacheBytes: 0,
  });
  const inProcess = (body: unknown, headers: Record<string, string> = {}, server = handle) =>
    server(
      new Request("http://127.0.0.1/api/graphql", {
        method: "POST",
        headers: { "content-type": "application/json", [CLIENT_HEADER]: "127.0.0.1", ...headers },
        body: JSON.stringify(body),
      }),
    ).then((r) => r.text());

  const servers = await startServers(inputs);
  try {
    const { appBase, nextBase, leanBase } = servers;
    const contenders: Contender[] = [
      { name: "Cypher via driver", run: () => getLimitedNetwork(database, filter) },
      { name: "GraphQL in process (yoga.fetch, no HTTP)", run: () => inProcess(network, FRESH) },
      { name: "GraphQL in process, response cache off", run: () => inProcess(network, FRESH, uncached) },
      { name: "GraphQL over HTTP, lean node:http server", run: () => post(leanBase, network, FRESH) },
      {
        name: "GraphQL over HTTP, the app (front door), uncompressed",
        run: () => post(appBase, network, { ...FRESH, "accept-encoding": "identity" }),
      },
      { name: "GraphQL over HTTP, the app (front door)", run: () => post(appBase, network, FRESH) },
      {
        name: "GraphQL over HTTP, Next.js route, uncompressed",
        run: () => post(nextBase, network, { ...FRESH, "accept-encoding": "identity" }),
      },
      { name: "GraphQL over HTTP, Next.js route", run: () => post(nextBase, network, FRESH) },
    ];
    await interleaved(contenders, 3);
    const times = await interleaved(contenders, repeats);
    const cypher = quantile(times.get(contenders[0]!.name)!, 0.5);
    for (const c of contenders) {
      const t = times.get(c.name)!;
      record({
        name: `route: network 1955, ${c.name}, computed`,
        value: round(quantile(t, 0.5)),
        unit: "ms p50",
        spread: [round(Math.min(...t)), round(Math.max(...t))],
        note: `${round(quantile(t, 0.5) / cypher, 2)}× the driver; interleaved, ${repeats} rounds`,
      });
    }
    // Throughput of the cached simple query, the three servers in turn, twice each.
    const bases = { "the app (front door)": appBase, "Next.js route": nextBase, "lean node:http server": leanBase };
    const rates = new Map<string, number[]>(Object.keys(bases).map((k) => [k, []]));
    for (let turn = 0; turn < 2; turn++) {
      for (const [name, base] of Object.entries(bases))
        rates.get(name)!.push((await cannon(base, seconds, simple)).requests.average);
    }
    for (const [name, turns] of rates) {
      const mean = turns.reduce((a, b) => a + b, 0) / turns.length;
      record({
        name: `route: simple query cached, ${name}`,
        value: Math.round(mean),
        unit: "req/s",
        goal: "≥ 2,500 req/s",
        note: `50 connections, ${seconds} s, servers in turn: ${turns.map(Math.round).join(", ")}; the load generator shares the cores`,
      });
    }
  } finally {
    await stopAll(servers);
  }

  // Where the time goes in this process's handler: the cached simple query, then the computed network.
  for (const [label, body, headers, n] of [
    ["simple query, cached", simple, {}, 4000],
    ["network 1955, computed", network, FRESH, Math.max(40, repeats * 2)],
  ] as const) {
    await inProcess(body);
    const profile = await profileHere(async () => {
      for (let i = 0; i < n; i++) await inProcess(body, headers);
    });
    const { busyMs, parts } = summariseProfile(profile);
    record({
      name: `route: in-process handler CPU, ${label}`,
      value: round(busyMs / n, 3),
      unit: "ms/request",
      note: parts
        .slice(0, 8)
        .map((p) => `${p.part} ${p.share}%`)
        .join("; "),
    });
  }

  // Each server's own profile: once started and stopped idle, once with the cached simple query at
  // 50 connections in between; the difference, part by part, is what the requests cost.
  for (const [which, label] of [
    ["next", "Next.js route"],
    ["app", "the app (front door)"],
  ] as const) {
    const idle = await profileServer(inputs, which, () => Promise.resolve(0));
    const loaded = await profileServer(inputs, which, async (base) => (await cannon(base, seconds, simple)).requests.total);
    if (!idle || !loaded) continue;
    const before = new Map(idle.summary.parts.map((p) => [p.part, p.ms]));
    const parts = loaded.summary.parts
      .map((p) => ({ part: p.part, ms: p.ms - (before.get(p.part) ?? 0) }))
      .sort((a, b) => b.ms - a.ms);
    const busy = parts.reduce((sum, p) => sum + Math.max(0, p.ms), 0);
    const perRequest = parts.filter((p) => p.ms > 0).map((p) => `${p.part} ${round((p.ms / loaded.answered) * 1000)} µs`);
    record({
      name: `route: server CPU per cached simple query, ${label}`,
      value: round(busy / loaded.answered, 3),
      unit: "ms/request",
      note: `${loaded.answered} requests, an idle start and stop subtracted; per request: ${perRequest.slice(0, 10).join("; ")}`,
    });
    fs.writeFileSync(
      path.join(ROOT, "bench", `route-profile.${which}.json`),
      `${JSON.stringify({ answered: loaded.answered, idle: idle.summary, loaded: loaded.summary }, null, 2)}\n`,
    );
  }
}

/** One server's CPU profile over its life: started, `work` done against it, stopped. */
async function profileServer(
  inputs: RouteInputs,
  which: "app" | "next",
  work: (base: string) => Promise<number>,
): Promise<{ answered: number; summary: ReturnType<typeof summariseProfile> } | null> {
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), "stance-route-profile-"));
  try {
    const servers = await startServers(inputs, profileDir);
    const base = which === "app" ? servers.appBase : servers.nextBase;
    let answered = 0;
    try {
      await post(base, { query: "{ __typename }" });
      answered = await work(base);
    } finally {
      await stopAll(servers);
    }
    // The profile is written as the process exits.
    await new Promise((r) => setTimeout(r, 1000));
    const profile = largestProfile(path.join(profileDir, which));
    return profile && { answered, summary: summariseProfile(profile) };
  } finally {
    fs.rmSync(profileDir, { recursive: true, force: true });
  }
}
