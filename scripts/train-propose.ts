/**
 * npm run train:propose
 * Fits the proposer's model (learned evaluative stems and the confidence threshold, docs/proposer.md)
 * on every seed document's coding and writes graph/ingest/generated/propose-model.json, which
 * imports use. Run it after the seed's statements change; a unit test fails while the file is stale.
 */
import fs from "node:fs";
import path from "node:path";
import { MODEL_FILE, trainedModelText } from "./lib/propose-folds";
import { ROOT } from "./lib/paths";
import { runMain } from "./lib/run-main";

runMain(() =>
  Promise.resolve().then(() => {
    fs.writeFileSync(MODEL_FILE, trainedModelText());
    const model = JSON.parse(fs.readFileSync(MODEL_FILE, "utf8")) as {
      positive: unknown[];
      negative: unknown[];
      threshold: number;
    };
    console.log(
      `Wrote ${path.relative(ROOT, MODEL_FILE)}: ${model.positive.length} positive and ${model.negative.length} negative learned stems, threshold ${model.threshold}.`,
    );
  }),
);
