/**
 * npm run shape [-- --dir <seed folder>] [-- --out <file>]
 * Measures the shape of a corpus (seed/ unless told otherwise): statements per speaker, target
 * and pair, modes, stances, dates, passages. Writes it to scripts/lib/seed-shape.json, which the
 * synthetic corpus is fitted to and checked against (scripts/lib/synthetic-corpus.test.ts).
 */
import fs from "node:fs";
import path from "node:path";
import { readValidCorpus } from "../graph/seed";
import { measureShape, shapeInputOf } from "./lib/corpus-shape";
import { ROOT } from "./lib/paths";
import { runMain } from "./lib/run-main";

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

runMain(async () => {
  const dir = path.resolve(option("--dir") ?? path.join(ROOT, "seed"));
  const out = path.resolve(option("--out") ?? path.join(ROOT, "scripts", "lib", "seed-shape.json"));
  const shape = measureShape(shapeInputOf(readValidCorpus(dir, ROOT)));
  fs.writeFileSync(out, `${JSON.stringify(shape, null, 2)}\n`);
  console.log(JSON.stringify(shape, null, 2));
  console.log(`Wrote ${path.relative(ROOT, out)}.`);
  await Promise.resolve();
});
