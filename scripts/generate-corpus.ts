/**
 * npm run generate -- --statements 10000 [--people 1000] [--documents 500] [--seed 1] [--out .bench/corpus]
 * Writes a deterministic synthetic corpus in the seed format; load it with
 * `npm run seed -- --reset --dir <out>` (on a scratch instance: NEO4J_INSTANCE=bench).
 */
import path from "node:path";
import { generateCorpus } from "./lib/synthetic-corpus";
import { ROOT } from "./lib/paths";
import { runMain } from "./lib/run-main";

function numberOption(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw Object.assign(new Error(`${name} must be a positive whole number`), { name: "ConfigError" });
  return value;
}

runMain(async () => {
  const statements = numberOption("--statements", 10_000);
  const options = {
    statements,
    people: numberOption("--people", Math.max(50, Math.round(statements / 10))),
    documents: numberOption("--documents", Math.max(5, Math.round(statements / 200))),
    seed: numberOption("--seed", 1),
  };
  const at = process.argv.indexOf("--out");
  const out = path.resolve(at >= 0 ? process.argv[at + 1]! : path.join(ROOT, ".bench", "corpus"));
  const began = performance.now();
  const made = generateCorpus(out, options);
  console.log(`Wrote ${made.statements} statements, ${made.people} people, ${made.documents} documents, ${made.passages} passages to ${out} in ${((performance.now() - began) / 1000).toFixed(1)} s.`);
  await Promise.resolve();
});
