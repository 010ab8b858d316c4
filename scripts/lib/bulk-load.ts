import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Config } from "../../graph/config";
import { createDatabase } from "../../graph/db";
import { extractMentions, getCounts, type Corpus, type Counts } from "../../graph/seed";
import { createSchema } from "../../graph/seed/constraints";
import { finishBulkImport, getDatabaseContents } from "../../graph/seed/bulk-finish";
import { writeBulkFiles } from "../../graph/seed/bulk-files";
import { layoutFor, needsInitialPassword, setInitialPassword, start, status, stop } from "./neo4j-launcher";
import { readPid } from "./neo4j-files";
import { runImportTool } from "./neo4j-import";
import { isAlive, treeCpuMs } from "./processes";

/**
 * The first load of a validated corpus into an EMPTY project-managed instance through Neo4j's own
 * bulk importer (docs/decisions/0025-bulk-first-load.md, 0033-bulk-load-of-a-new-instance.md):
 * check that the database holds nothing (an instance with no store files holds nothing and is not
 * started to be asked), stop the instance, write the corpus as CSV files, import them, start the
 * instance, create the constraints and indexes and wait for them to come online, then write in one
 * transaction what the files cannot carry (empty lists, revisions, accounts). Never over data: a
 * database that holds any node is refused, and the transactional load (`npm run seed`) is the way
 * to change it.
 */

export class BulkLoadRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BulkLoadRefused";
  }
}

export interface BulkLoadResult {
  counts: Counts;
  /** Nodes of every kind and the mentions, as the benchmark counts a load's entities. */
  entities: number;
  /** Milliseconds per step: check, stop, files (mentions and CSV), tool (the importer), start, schema, finish. */
  steps: Record<"check" | "stop" | "files" | "tool" | "start" | "schema" | "finish", number>;
  /**
   * CPU milliseconds per step of this process, the programs it ran and waited for (the importer,
   * the password tool) and the instance's server: what a step costs whatever else the machine runs.
   */
  cpu: BulkLoadResult["steps"];
  /**
   * How the database was found empty: "no store" (the instance had no store files for it, so it
   * was neither started nor stopped) or "asked" (it was started if need be, asked, and stopped).
   */
  emptiness: "no store" | "asked";
}

interface CpuReading {
  own: number;
  server?: { pid: number; ms: number };
}

/** CPU milliseconds used so far by this process and its waited-for children, and by the instance's server. */
function readCpu(config: Config): CpuReading {
  const stat = fs.readFileSync("/proc/self/stat", "utf8");
  // utime, stime, cutime, cstime, in clock ticks of 1/100 s.
  const own = stat.slice(stat.lastIndexOf(")") + 2).split(" ").slice(11, 15).reduce((sum, field) => sum + Number(field), 0) * 10;
  const pid = readPid(layoutFor(config));
  return pid !== undefined && isAlive(pid) ? { own, server: { pid, ms: treeCpuMs(pid) } } : { own };
}

/** CPU between two readings; a server that stopped in between leaves its last moments uncounted. */
function cpuBetween(before: CpuReading, after: CpuReading): number {
  const server = after.server ? after.server.ms - (before.server?.pid === after.server.pid ? before.server.ms : 0) : 0;
  return after.own - before.own + server;
}

/** Whether the instance's database has store files (it was started, or imported into, before). */
function hasStore(config: Config): boolean {
  return fs.existsSync(path.join(layoutFor(config).data, "databases", config.neo4j.database));
}

/** Refuses unless the instance is project-managed and its database holds no node; says how it knows. */
async function checkEmpty(config: Config, log: (line: string) => void): Promise<BulkLoadResult["emptiness"]> {
  if (!config.neo4j.managed) {
    throw new BulkLoadRefused(
      `NEO4J_URI is set (${config.neo4j.uri}): the bulk load writes the store files of a project-managed instance and cannot reach another server. ` +
        "Load with `npm run seed` (one transaction), or unset NEO4J_URI to use the project's own Neo4j.",
    );
  }
  // A database with no store files was never created: it holds nothing, and starting the
  // instance only to ask it (then stopping it for the importer) is the slowest way to learn that.
  if (!(await status(config)).running && !hasStore(config)) return "no store";
  await start(config, log);
  const database = createDatabase(config.neo4j);
  const contents = await getDatabaseContents(database).finally(() => database.close());
  if (contents.nodes > 0) {
    throw new BulkLoadRefused(
      `The "${config.neo4j.instance}" instance's database is not empty (${contents.nodes} nodes, of which ${contents.statements} statements and ${contents.accounts} accounts): ` +
        "the bulk load replaces the store files and would lose them, so it did nothing. Load with `npm run seed` (it upserts), " +
        "or back up (`npm run backup`), stop Neo4j and delete the instance's data folder first.",
    );
  }
  return "asked";
}

/** Loads `corpus` (validated: readValidCorpus) into the empty instance of `config`; returns what the graph holds and the time of each step. */
export async function bulkFirstLoad(config: Config, corpus: Corpus, log: (line: string) => void = console.log): Promise<BulkLoadResult> {
  const steps = { check: 0, stop: 0, files: 0, tool: 0, start: 0, schema: 0, finish: 0 };
  const cpu = { ...steps };
  const timed = async <T>(step: keyof typeof steps, work: () => Promise<T> | T): Promise<T> => {
    const began = performance.now();
    const cpuBefore = readCpu(config);
    try {
      return await work();
    } finally {
      steps[step] = performance.now() - began;
      cpu[step] = cpuBetween(cpuBefore, readCpu(config));
    }
  };
  const emptiness = await timed("check", () => checkEmpty(config, log));
  await timed("stop", () => stop(config));
  // A never-started instance's password is set by a JVM of its own: beside the files, not after the import.
  const password = needsInitialPassword(config) ? setInitialPassword(config) : Promise.resolve();
  password.catch(() => undefined);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stance-bulk-"));
  try {
    log("  writing the import files…");
    const files = await timed("files", () => writeBulkFiles(dir, corpus, extractMentions(corpus)));
    log("  importing them with neo4j-admin database import full…");
    await timed("tool", () => runImportTool(config, files.args, dir, log));
    await timed("start", async () => {
      await password;
      await start(config, log);
    });
    const database = createDatabase(config.neo4j);
    try {
      // Only the schema: the files carry what ensureSchema's backfills would set (dateLast,
      // status, Published) and every tier of aggregates (tests/integration/bulk-import.test.ts).
      log("  creating constraints and indexes…");
      await timed("schema", () => createSchema(database));
      log("  writing empty lists, revisions and accounts…");
      await timed("finish", () => finishBulkImport(database, corpus));
      return { counts: await getCounts(database), entities: files.entities, steps, cpu, emptiness };
    } finally {
      await database.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
