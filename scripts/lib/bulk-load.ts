import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Config } from "../../graph/config";
import { createDatabase } from "../../graph/db";
import { ensureSchema, extractMentions, getCounts, type Corpus, type Counts } from "../../graph/seed";
import { finishBulkImport, getDatabaseContents } from "../../graph/seed/bulk-finish";
import { writeBulkFiles } from "../../graph/seed/bulk-files";
import { layoutFor, start, status, stop } from "./neo4j-launcher";
import { runImportTool } from "./neo4j-import";

/**
 * The first load of a validated corpus into an EMPTY project-managed instance through Neo4j's own
 * bulk importer (docs/decisions/0025-bulk-first-load.md): check that the database holds nothing,
 * stop the instance, write the corpus as CSV files, import them, start the instance, create the
 * constraints and indexes and wait for them to come online, then write in one transaction what
 * the files cannot carry (empty lists, revisions, accounts). Never over data: a database that holds
 * any node is refused, and the transactional load (`npm run seed`) is the way to change it.
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
}

/** Whether the instance's database has store files (it was started, or imported into, before). */
function hasStore(config: Config): boolean {
  return fs.existsSync(path.join(layoutFor(config).data, "databases", config.neo4j.database));
}

/** Refuses unless the instance is project-managed and its database holds no node; leaves it stopped. */
async function checkEmpty(config: Config, log: (line: string) => void): Promise<void> {
  if (!config.neo4j.managed) {
    throw new BulkLoadRefused(
      `NEO4J_URI is set (${config.neo4j.uri}): the bulk load writes the store files of a project-managed instance and cannot reach another server. ` +
        "Load with `npm run seed` (one transaction), or unset NEO4J_URI to use the project's own Neo4j.",
    );
  }
  if (!(await status(config)).running && !hasStore(config)) return;
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
}

/** Loads `corpus` (validated: readValidCorpus) into the empty instance of `config`; returns what the graph holds and the time of each step. */
export async function bulkFirstLoad(config: Config, corpus: Corpus, log: (line: string) => void = console.log): Promise<BulkLoadResult> {
  const steps = { check: 0, stop: 0, files: 0, tool: 0, start: 0, schema: 0, finish: 0 };
  const timed = async <T>(step: keyof typeof steps, work: () => Promise<T> | T): Promise<T> => {
    const began = performance.now();
    try {
      return await work();
    } finally {
      steps[step] = performance.now() - began;
    }
  };
  await timed("check", () => checkEmpty(config, log));
  await timed("stop", () => stop(config));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stance-bulk-"));
  try {
    log("  writing the import files…");
    const files = await timed("files", () => writeBulkFiles(dir, corpus, extractMentions(corpus)));
    log("  importing them with neo4j-admin database import full…");
    await timed("tool", () => runImportTool(config, files.args, dir, log));
    await timed("start", () => start(config, log));
    const database = createDatabase(config.neo4j);
    try {
      log("  creating constraints and indexes…");
      await timed("schema", () => ensureSchema(database));
      log("  writing empty lists, revisions and accounts…");
      await timed("finish", () => finishBulkImport(database, corpus));
      return { counts: await getCounts(database), entities: files.entities, steps };
    } finally {
      await database.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
