import path from "node:path";
import type { Database } from "../../graph/db";
import { findNewNames } from "../../graph/ingest/new-names";
import { prepareImport } from "../../graph/ingest/prepare";
import { findMentions, readRegistryFromDatabase } from "../../graph/ingest/registry";
import { writeImport } from "../../graph/ingest/write";
import { loadCorpus, readValidCorpus } from "../../graph/seed";
import { round, time, type Figure } from "./figure";
import { ROOT } from "./paths";

/**
 * Issue 16's speed goal: a 50,000-word document imported and given its proposals in under 10 s.
 * The document is the seed documents' passages, in order, repeated until it has 50,000 words
 * (deterministic, and text of the kind an analyst imports: letters, notes, declarations, names in
 * their transliterations). The seed is loaded first, so the registry and the actors the mentions
 * and proposals point at are the real ones; the import is then timed whole: decoding, cleaning,
 * passages, mentions, new names and proposals (prepare), and the one write transaction.
 */

export const IMPORT_WORDS = 50_000;

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** The seed's passages repeated to `target` words, as a plain text file's bytes. */
export function syntheticDocument(passages: readonly string[], target = IMPORT_WORDS): { bytes: Uint8Array; words: number } {
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < target; i++) {
    const passage = passages[i % passages.length]!;
    out.push(passage);
    count += words(passage);
  }
  return { bytes: new TextEncoder().encode(out.join("\n\n")), words: count };
}

export async function measureImport(database: Database, record: (f: Figure) => void): Promise<void> {
  const corpus = readValidCorpus(path.join(ROOT, "seed"), ROOT);
  await loadCorpus(database, corpus, { reset: true });
  const document = syntheticDocument(corpus.documents.flatMap((d) => d.passages));
  const fields = {
    id: "doc-bench-import",
    title: "Benchmark import",
    date: "1956-11-08",
    kind: "article",
    citation: "Assembled from the seed documents for the benchmark",
    sourceKind: "secondary" as const,
  };

  const [outcome, totalMs] = await time(async () => {
    const registry = await readRegistryFromDatabase(database);
    const [prepared, prepareMs] = await time(() =>
      Promise.resolve(prepareImport({ file: "bench-import.txt", bytes: document.bytes }, fields, registry)),
    );
    const [written, writeMs] = await time(() => writeImport(database, prepared, new Set(registry.actors.keys())));
    return { prepared, prepareMs, written, writeMs, registry };
  });
  const { prepared, prepareMs, written, writeMs, registry } = outcome;
  const texts = prepared.result.passages.map((p) => p.text);
  const known = findMentions(registry, texts);
  const [, newNamesMs] = await time(() => Promise.resolve(findNewNames(registry, texts, known)));
  record({
    name: `import a ${(document.words / 1000).toFixed(0)}k-word document`,
    value: round(totalMs / 1000, 2),
    unit: "s",
    goal: "< 10 s",
    note:
      `prepare ${round(prepareMs / 1000, 2)} s (new names alone ${round(newNamesMs / 1000, 2)} s), write ${round(writeMs / 1000, 2)} s; ` +
      `${prepared.result.passages.length} passages, ${written.mentions} mentions written, ${prepared.result.newNames.length} new names, ` +
      `${prepared.result.proposals.length} proposals (${written.statements.length} written as proposed); ${written.status}`,
  });
}
