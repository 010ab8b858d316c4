import fs from "node:fs";
import type { Config } from "../../graph/config";
import type { Corpus } from "../../graph/seed";
import { bulkFirstLoad, type BulkLoadResult } from "./bulk-load";
import { round, type Figure } from "./figure";
import { layoutFor, start, stop } from "./neo4j-launcher";

/**
 * The bulk first load (scripts/lib/bulk-load.ts) timed on an instance of its own, so that the
 * bench's own database and its open driver are never stopped: on the per-row baseline's sample and
 * on the whole corpus, each into a new instance that was never started, as `npm run seed -- --bulk`
 * meets a new checkout's (docs/decisions/0033-bulk-load-of-a-new-instance.md). Two figures each:
 * (a) the import itself, from the validated corpus to store files (mentions, CSV files, the
 * importer); (b) from the validated corpus to a database answering queries with every constraint
 * and index online (the emptiness check, (a), starting, the schema, and the transaction for what
 * the files do not carry); then each step's wall and CPU time. Once more on the sample into an
 * instance started empty, the case where the database must be asked, and stopped, first.
 */
const STEPS = ["check", "stop", "files", "tool", "start", "schema", "finish"] as const;
const s = (n: number) => `${round(n / 1000)} s`;

export async function measureBulk(config: Config, runs: { name: string; corpus: Corpus }[], perRowRate: number, record: (figure: Figure) => void): Promise<void> {
  const load = async (corpus: Corpus, started: boolean): Promise<BulkLoadResult> => {
    await stop(config);
    fs.rmSync(layoutFor(config).data, { recursive: true, force: true });
    if (started) await start(config, () => undefined);
    return bulkFirstLoad(config, corpus, () => undefined);
  };
  try {
    for (const { name, corpus } of runs) {
      const { entities, steps, cpu, emptiness } = await load(corpus, false);
      const importMs = steps.files + steps.tool;
      const totalMs = STEPS.reduce((sum, step) => sum + steps[step], 0);
      const importRate = entities / (importMs / 1000);
      const totalRate = entities / (totalMs / 1000);
      record({
        name: `bulk import, ${name}: files + importer`,
        value: Math.round(importRate),
        unit: "entities/s",
        goal: "≥ 50,000/s",
        note: `${entities} entities; CSV files ${s(steps.files)}, neo4j-admin import ${s(steps.tool)} (a JVM of its own, start-up included)`,
      });
      record({
        name: `bulk first load, ${name}: to a database answering, schema online`,
        value: Math.round(totalRate),
        unit: "entities/s",
        goal: "≥ 50,000/s",
        note: `${s(totalMs)} into a never-started instance (emptiness: ${emptiness}): check ${s(steps.check)}, stop ${s(steps.stop)}, import ${s(importMs)}, start ${s(steps.start)}, constraints and indexes ${s(steps.schema)}, empty lists/revisions/accounts ${s(steps.finish)}`,
      });
      record({ name: `bulk vs per-row, ${name}`, value: round(importRate / perRowRate), unit: "×", goal: "≥ 100×", note: `import itself; to a database answering: ${round(totalRate / perRowRate)}×` });
      for (const step of STEPS) {
        record({ name: `bulk first load, ${name}: step ${step}`, value: round(steps[step] / 1000, 2), unit: "s", note: `CPU ${s(cpu[step])} (this process, the importer and password tool, the instance's server)` });
      }
    }
    const sample = runs[0];
    if (sample) {
      const { entities, steps, emptiness } = await load(sample.corpus, true);
      const totalMs = STEPS.reduce((sum, step) => sum + steps[step], 0);
      record({
        name: `bulk first load, ${sample.name}: into a started empty instance`,
        value: Math.round(entities / (totalMs / 1000)),
        unit: "entities/s",
        note: `${s(totalMs)} (emptiness: ${emptiness}): check ${s(steps.check)}, stop ${s(steps.stop)}, start ${s(steps.start)}`,
      });
    }
  } finally {
    await stop(config);
    fs.rmSync(layoutFor(config).home, { recursive: true, force: true });
  }
}
