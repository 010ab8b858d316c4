import fs from "node:fs";
import type { Config } from "../../graph/config";
import type { Corpus } from "../../graph/seed";
import { bulkFirstLoad } from "./bulk-load";
import { round, type Figure } from "./figure";
import { layoutFor, start, stop } from "./neo4j-launcher";

/**
 * The bulk first load (scripts/lib/bulk-load.ts) timed on an instance of its own, so that the
 * bench's own database and its open driver are never stopped: on the per-row baseline's sample and
 * on the whole corpus, each into a freshly started, empty instance, as a user's new one would be.
 * Two figures each: (a) the import itself, from the validated corpus to store files (mentions, CSV
 * files, the importer); (b) from the validated corpus to a database answering queries with every
 * constraint and index online (the emptiness check, stopping, (a), starting, the schema, and the
 * transaction for what the files do not carry).
 */
export async function measureBulk(config: Config, runs: { name: string; corpus: Corpus }[], perRowRate: number, record: (figure: Figure) => void): Promise<void> {
  try {
    for (const { name, corpus } of runs) {
      await stop(config);
      fs.rmSync(layoutFor(config).data, { recursive: true, force: true });
      await start(config, () => undefined);
      const { entities, steps } = await bulkFirstLoad(config, corpus, () => undefined);
      const importMs = steps.files + steps.tool;
      const totalMs = Object.values(steps).reduce((a, b) => a + b, 0);
      const importRate = entities / (importMs / 1000);
      const totalRate = entities / (totalMs / 1000);
      const ms = (n: number) => `${round(n / 1000)} s`;
      record({
        name: `bulk import, ${name}: files + importer`,
        value: Math.round(importRate),
        unit: "entities/s",
        goal: "≥ 50,000/s",
        note: `${entities} entities; CSV files ${ms(steps.files)}, neo4j-admin import ${ms(steps.tool)} (a JVM of its own, start-up included)`,
      });
      record({
        name: `bulk first load, ${name}: to a database answering, schema online`,
        value: Math.round(totalRate),
        unit: "entities/s",
        note: `${ms(totalMs)}: check ${ms(steps.check)}, stop ${ms(steps.stop)}, import ${ms(importMs)}, start ${ms(steps.start)}, constraints and indexes ${ms(steps.schema)}, empty lists/revisions/accounts ${ms(steps.finish)}`,
      });
      record({ name: `bulk vs per-row, ${name}`, value: round(importRate / perRowRate), unit: "×", goal: "≥ 100×", note: `import itself; to a database answering: ${round(totalRate / perRowRate)}×` });
    }
  } finally {
    await stop(config);
    fs.rmSync(layoutFor(config).home, { recursive: true, force: true });
  }
}
