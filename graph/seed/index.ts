import path from "node:path";
import { readCorpus, type Corpus, type Problem } from "./read";
import { validateCorpus } from "./validate";

export { ensureSchema } from "./constraints";
export { getCounts, type Counts } from "./counts";
export { loadCorpus } from "./load";
export { extractMentions, passageId } from "./passages";
export type { Corpus, Problem } from "./read";

export class SeedValidationError extends Error {
  constructor(readonly problems: Problem[]) {
    super(
      `The seed has ${problems.length} problem${problems.length === 1 ? "" : "s"}; nothing was written:\n` +
        problems.map((p) => `  ${p.file}:${p.line}: ${p.message}`).join("\n"),
    );
    this.name = "SeedValidationError";
  }
}

/** Reads and checks a seed folder; throws one error that lists every problem found. */
export function readValidCorpus(dir: string, displayRoot = path.dirname(dir)): Corpus {
  const { corpus, problems } = readCorpus(dir, displayRoot);
  const all = [...problems, ...validateCorpus(corpus)];
  if (all.length > 0) throw new SeedValidationError(all);
  return corpus;
}
