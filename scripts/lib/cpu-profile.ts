import fs from "node:fs";
import path from "node:path";
import { Session } from "node:inspector/promises";

/**
 * CPU profiles (V8's .cpuprofile format) summed by where the code lives, for the bench's account of
 * a request's time: each sample's self time goes to the part of the stack it was taken in (Next.js,
 * graphql-js's parser, validator or executor, yoga, a plugin, the driver, the app's own modules…).
 */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string }; hitCount?: number }[];
  samples?: number[];
  timeDeltas?: number[];
  startTime: number;
  endTime: number;
}

/** The parts a request's time is put in, first match wins; the url is the script's path or URL. */
const PARTS: [string, RegExp][] = [
  ["graphql-js: parse", /node_modules\/graphql\/language\//],
  ["graphql-js: validate", /node_modules\/graphql\/validation\//],
  ["graphql-js: execute", /node_modules\/graphql\/(execution|type|jsutils|utilities)\//],
  ["cost analysis (graphql-query-complexity)", /graphql-query-complexity/],
  ["graphql-armor", /graphql-armor/],
  ["graphql-yoga and envelop", /graphql-yoga|@envelop\//],
  ["@whatwg-node (fetch API, server adapter, cookies)", /@whatwg-node\//],
  ["neo4j-driver", /neo4j-driver/],
  ["iron-session", /iron-session|iron-webcrypto|uncrypto/],
  ["next.js", /node_modules\/next\//],
  ["react", /node_modules\/(react|react-dom|scheduler)\//],
  ["other packages", /node_modules\//],
  ["the app's own modules (graph/, scripts/, compiled .next chunks)", /\/graph\/|\/scripts\/|\/\.next\//],
  ["node: stack traces through source maps", /^node:internal\/source_map\//],
  [
    "node: async context (async_hooks, AsyncLocalStorage)",
    /^node:(async_hooks|internal\/async_hooks|internal\/async_local_storage)/,
  ],
  ["node: AbortSignal and transferables", /^node:internal\/(abort_controller|worker\/js_transferable)/],
  ["node: fetch API (undici, web streams)", /^node:internal\/(deps\/undici|webstreams)/],
  ["node: module loading", /^node:internal\/modules\//],
  ["node: http", /^node:(_http|http|net|stream|internal\/(streams|http|child_process|stream_base))/],
  ["node: other internals", /^node:/],
];

function partOf(url: string, functionName: string): string {
  if (url === "") {
    if (functionName === "(garbage collector)") return "garbage collector";
    if (functionName === "(idle)") return "idle";
    if (functionName === "(program)") return "(program: native, not attributed)";
    return "native built-ins (JSON, zlib, crypto…)";
  }
  const plain = url.replace(/^file:\/\//, "");
  return PARTS.find(([, pattern]) => pattern.test(plain))?.[0] ?? "other";
}

/** Milliseconds of self time per part, busiest first, and the busy total (without idle). */
export function summariseProfile(profile: CpuProfile): { busyMs: number; parts: { part: string; ms: number; share: number }[] } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const ms = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const node = byId.get(samples[i]!);
    if (!node) continue;
    const part = partOf(node.callFrame.url, node.callFrame.functionName);
    // A sample's time is the gap to the next one.
    ms.set(part, (ms.get(part) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
  }
  const busyMs = [...ms].filter(([part]) => part !== "idle").reduce((sum, [, v]) => sum + v, 0);
  const parts = [...ms]
    .filter(([part]) => part !== "idle")
    .sort((a, b) => b[1] - a[1])
    .map(([part, v]) => ({ part, ms: Math.round(v), share: busyMs ? Math.round((v / busyMs) * 1000) / 10 : 0 }));
  return { busyMs: Math.round(busyMs), parts };
}

/** The profile of `work` run in this process (V8's sampling profiler through the inspector). */
export async function profileHere(work: () => Promise<void>): Promise<CpuProfile> {
  const session = new Session();
  session.connect();
  try {
    await session.post("Profiler.enable");
    await session.post("Profiler.setSamplingInterval", { interval: 200 });
    await session.post("Profiler.start");
    await work();
    const { profile } = await session.post("Profiler.stop");
    return profile;
  } finally {
    session.disconnect();
  }
}

/** The largest .cpuprofile in a folder (a process started through tsx leaves a small one for its launcher). */
export function largestProfile(dir: string): CpuProfile | null {
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(".cpuprofile")) : [];
  const largest = files.map((f) => path.join(dir, f)).sort((a, b) => fs.statSync(b).size - fs.statSync(a).size)[0];
  return largest ? (JSON.parse(fs.readFileSync(largest, "utf8")) as CpuProfile) : null;
}
