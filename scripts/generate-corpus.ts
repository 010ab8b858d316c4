/**
 * npm run generate -- --statements 10000 [--people 1000] [--documents 182] [--seed 1] [--out .bench/corpus]
 * Writes a deterministic synthetic corpus in the seed format, shaped like seed/ (people default to a
 * tenth of the statements, documents to the seed's 55 statements each); load it with
 * `npm run seed -- --reset --dir <out>` (on a scratch instance: NEO4J_INSTANCE=bench).
 */
import path from "node:path";
import { generateCorpus } from "./lib/synthetic-corpus";
import { ROOT } from "./lib/paths";
import { runMain } from "./lib/run-main";

function numberOption(name: string): number | undefined {
  const at = process.argv.indexOf(name);
  if (at < 0) return undefined;
  const value = Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < 1) throw Object.assign(new Error(`${name} must be a positive whole number`), { name: "ConfigError" });
  return value;
}

runMain(async () => {
  const people = numberOption("--people");
  const documents = numberOption("--documents");
  const options = {
    statements: numberOption("--statements") ?? 10_000,
    ...(people === undefined ? {} : { people }),
    ...(documents === undefined ? {} : { documents }),
    seed: numberOption("--seed") ?? 1,
  };
  const at = process.argv.indexOf("--out");
  const out = path.resolve(at >= 0 ? process.argv[at + 1]! : path.join(ROOT, ".bench", "corpus"));
  const began = performance.now();
  const made = generateCorpus(out, options);
  console.log(`Wrote ${made.statements} statements, ${made.people} people, ${made.documents} documents, ${made.passages} passages to ${out} in ${((performance.now() - began) / 1000).toFixed(1)} s.`);
  await Promise.resolve();
});
