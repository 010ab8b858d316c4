import type { ManagedTransaction } from "neo4j-driver";
import type { Database } from "../../graph/db";
import { CLIENT_HEADER } from "../../graph/schema/context";
import { createGraphQLHandler, serverOptions } from "../../graph/schema/yoga";
import { quantile, round, type Figure } from "./figure";
import { explorerRequests, runLoad, type LoadSubjects } from "./load";
import { treeCpuMs } from "./processes";
import { profile } from "./query-profile";
import { loadExplorerCorpus, withServedApp, type ThroughputInputs } from "./throughput-figures";

/**
 * `npm run bench -- --quick --op-cost-only`: what each of the explorer's six operations costs Neo4j
 * and the server, one operation at a time, so the six-operation mix's CPU per answer can be traced
 * to the operation and the statement behind it. For each operation: the Cypher statements it sends
 * (captured in process through the GraphQL handler) with their PROFILE db hits and rows; then,
 * served as in --throughput-only, the operation alone at 50 clients, computed, with Neo4j's and
 * the served process's CPU per answered request.
 */

interface Sent {
  cypher: string;
  params: Record<string, unknown>;
}

/** The database as the handler sees it, with every statement it sends noted in `sent`. */
function noting(database: Database, sent: Sent[]): Database {
  const note = (cypher: string, params: Record<string, unknown> = {}) => sent.push({ cypher, params });
  const wrap = (tx: ManagedTransaction): ManagedTransaction =>
    new Proxy(tx, {
      get: (target, key) =>
        key === "run"
          ? (cypher: string, params?: Record<string, unknown>) => {
              note(cypher, params);
              return target.run(cypher, params);
            }
          : (Reflect.get(target, key) as unknown),
    });
  return {
    ...database,
    driver: database.driver,
    databaseName: database.databaseName,
    readTx: (work) => database.readTx((tx) => work(wrap(tx))),
    read: (cypher, params) => {
      note(cypher, params);
      return database.read(cypher, params);
    },
    readOne: (cypher, params) => {
      note(cypher, params);
      return database.readOne(cypher, params);
    },
  };
}

/** The first line of a statement that names it: its first clause, trimmed. */
const firstLine = (cypher: string) => cypher.trim().split("\n").slice(0, 2).join(" ").replace(/\s+/g, " ").slice(0, 90);

async function statementsOf(inputs: ThroughputInputs, subjects: LoadSubjects, record: (f: Figure) => void): Promise<void> {
  const sent: Sent[] = [];
  const handle = createGraphQLHandler(noting(inputs.database, sent), { ...serverOptions(inputs.config, "x".repeat(32)), responseCacheBytes: 0, readsPerMinute: 0 });
  for (const op of explorerRequests(subjects)) {
    sent.length = 0;
    const init = { method: "POST", headers: { "content-type": "application/json", [CLIENT_HEADER]: "198.51.100.1" }, body: JSON.stringify(op.body) };
    const answer = (await (await handle(new Request("http://127.0.0.1/api/graphql", init))).json()) as { errors?: { message: string }[] };
    if (answer.errors?.length) throw new Error(`${op.name}: ${answer.errors[0]!.message}`);
    const each = [];
    for (const s of [...sent]) each.push({ ...(await profile(inputs.database, s.cypher, s.params)), cypher: firstLine(s.cypher) });
    const dbHits = each.reduce((n, s) => n + s.dbHits, 0);
    const note = each.map((s) => `[${s.dbHits} hits, ${s.rows} rows] ${s.cypher}`).join("; ");
    record({ name: `operation ${op.name}: db hits of its statements`, value: dbHits, unit: "db hits", note: `${each.length} statements: ${note}` });
  }
}

export async function measureOpCost(inputs: ThroughputInputs, record: (f: Figure) => void): Promise<void> {
  const subjects = await loadExplorerCorpus(inputs);
  await statementsOf(inputs, subjects, record);
  await withServedApp(inputs, "op-cost", subjects, async ({ base, appPid, neo4jPid }) => {
    const median = (xs: number[]) => round(quantile(xs, 0.5), 2);
    // Rounds over the six in turn, so that the load around a round falls on every operation alike.
    const cost = new Map(explorerRequests(subjects).map((r) => [r.name as string, { neo4j: [] as number[], server: [] as number[], rates: [] as number[] }]));
    for (let round = 0; round < inputs.rounds; round++) {
      for (const [name, c] of cost) {
        const [server, neo4j] = [treeCpuMs(appPid), treeCpuMs(neo4jPid)];
        const load = await runLoad(base, 50, inputs.seconds, true, subjects, name);
        const answered = Math.max(1, load.statusCodes["2xx"] ?? 0);
        c.neo4j.push((treeCpuMs(neo4jPid) - neo4j) / answered);
        c.server.push((treeCpuMs(appPid) - server) / answered);
        c.rates.push(load.requestsPerSecond);
      }
    }
    let sum = 0;
    for (const [name, c] of cost) {
      sum += median(c.neo4j) + median(c.server);
      record({
        name: `operation ${name} alone at 50 clients, computed: Neo4j CPU per answer`,
        value: median(c.neo4j),
        unit: "ms",
        spread: [round(Math.min(...c.neo4j), 2), round(Math.max(...c.neo4j), 2)],
        note: `server CPU per answer ${median(c.server)} ms; ${Math.round(quantile(c.rates, 0.5))} req/s; median of ${inputs.rounds} runs of ${inputs.seconds} s`,
      });
    }
    record({ name: "the six operations alone, mean CPU per operation (Neo4j + server)", value: round(sum / cost.size, 2), unit: "ms", note: "the mean of the six operations' medians: the mix's cost if each is sent as often" });
  });
}
