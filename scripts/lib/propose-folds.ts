/**
 * The proposer measured as it would meet a document nobody coded (issue 16): the seed documents as
 * proposer inputs with their adjudicated coding, the model fitted on some documents' coding only,
 * and leave-one-document-out folds. `npm run eval:propose` measures each fold's model on its
 * held-out document; `npm run train:propose` fits the model the import uses on all of them.
 */
import path from "node:path";
import { readValidCorpus } from "../../graph/seed";
import type { Corpus } from "../../graph/seed/read";
import { createMatcher } from "../../graph/seed/mentions";
import { propose } from "../../graph/ingest/propose";
import { collectivesOf } from "../../graph/ingest/propose-descriptions";
import { learnLexicon, RULES_ONLY, type ProposerModel } from "../../graph/ingest/propose-model";
import { inHandLexicon } from "../../graph/ingest/propose-stance";
import type { FoundActor, ImportedMention, Proposal, ProposerInput } from "../../graph/ingest/types";
import type { Stance } from "../../graph/shared/stance";
import type { Mode } from "../../graph/types";
import { ROOT } from "./paths";

/** A coded statement of the seed, as the evaluation compares it. */
export interface TruthStatement {
  speaker: string;
  target: string;
  stance: Stance;
  mode: Mode;
  passage: number;
  quote: string;
}

/** A seed document as the proposer reads it, with the coding it is measured against. */
export interface EvalDocument {
  id: string;
  input: ProposerInput;
  truth: TruthStatement[];
}

export function readSeedCorpus(): Corpus {
  return readValidCorpus(path.join(ROOT, "seed"), ROOT);
}

/** Every seed document with its passages, the registry matcher's mentions and its coding. */
export function evalDocumentsOf(corpus: Corpus): EvalDocument[] {
  const entities = [...corpus.people, ...corpus.organizations].map((e) => e.value);
  const names = new Map(entities.map((e) => [e.id, e.name]));
  const actor = (id: string): FoundActor => ({ id, name: names.get(id) ?? id });
  const matcher = createMatcher(entities);
  const collectives = collectivesOf(corpus.organizations.map((o) => o.value));
  const countries = entities.flatMap((e) => (e.country ? [{ id: e.id, country: e.country }] : []));
  return corpus.documents.map((d) => {
    const passages = d.passages.map((text, i) => ({ n: i + 1, text }));
    const mentions: ImportedMention[] = passages.flatMap((p) =>
      matcher.find(p.text).map((m) => ({ passage: p.n, start: m.start, end: m.end, text: m.surface, actor: actor(m.entity) })),
    );
    const document = {
      id: d.meta.id,
      title: d.meta.title,
      date: d.meta.date,
      kind: d.meta.kind,
      citation: d.meta.citation,
      sourceKind: d.meta.source_kind,
      authors: d.meta.authors.map(actor),
    };
    const truth = corpus.statements
      .filter((s) => s.value.document === d.meta.id)
      .map(({ value: s }) => ({
        speaker: s.speaker,
        target: s.target,
        stance: s.stance,
        mode: s.mode,
        passage: s.passage,
        quote: s.quote,
      }));
    return { id: d.meta.id, input: { document, passages, mentions, collectives, countries }, truth };
  });
}

const key = (speaker: FoundActor | string, target: FoundActor | string) => {
  const id = (a: FoundActor | string) => (typeof a === "string" ? a : (a.id ?? `new:${a.name}`));
  return `${id(speaker)}->${id(target)}`;
};

/** The precision the threshold must keep on the training documents (the goal). */
export const TARGET_PRECISION = 0.5;

/**
 * The confidence threshold with the most speaker–target pair recall at pair precision ≥ 0.5 on the
 * training documents (the highest precision when none reaches it). A pair counts as proposed when
 * any of its proposals reaches the threshold.
 */
export function chooseThreshold(runs: { truth: TruthStatement[]; proposals: Proposal[] }[]): number {
  const best = new Map<string, number>();
  let coded = 0;
  const tagged = runs.map((run, i) => {
    const pairs = new Set(run.truth.map((s) => key(s.speaker, s.target)));
    coded += pairs.size;
    const strongest = new Map<string, number>();
    for (const p of run.proposals) {
      const k = key(p.speaker, p.target);
      strongest.set(k, Math.max(strongest.get(k) ?? 0, p.confidence));
    }
    for (const [k, c] of strongest) best.set(`${i}:${k}`, c);
    return { pairs, strongest };
  });
  const candidates = [...new Set([0, ...best.values()])].sort((a, b) => b - a); // on a tie, the higher threshold
  let chosen = { threshold: 0, recall: -1, precision: -1, meets: false };
  for (const t of candidates) {
    let proposed = 0;
    let both = 0;
    for (const { pairs, strongest } of tagged)
      for (const [k, c] of strongest) {
        if (c < t) continue;
        proposed++;
        if (pairs.has(k)) both++;
      }
    const recall = coded === 0 ? 0 : both / coded;
    const precision = proposed === 0 ? 0 : both / proposed;
    const meets = precision >= TARGET_PRECISION;
    const better = meets ? !chosen.meets || recall > chosen.recall : !chosen.meets && precision > chosen.precision;
    if (better) chosen = { threshold: t, recall, precision, meets };
  }
  return chosen.threshold;
}

/** The model fitted on these documents' coding and text only. */
export function fitModel(training: EvalDocument[]): ProposerModel {
  const lexicon = learnLexicon(
    training.flatMap((d) => d.truth.map((s) => ({ document: d.id, quote: s.quote, stance: s.stance }))),
    training.map((d) => ({ document: d.id, passages: d.input.passages.map((p) => p.text) })),
    inHandLexicon,
  );
  const unthresholded: ProposerModel = { ...RULES_ONLY, ...lexicon };
  const runs = training.map((d) => ({ truth: d.truth, proposals: propose(d.input, unthresholded) }));
  return { trainedOn: training.map((d) => d.id).sort(), ...lexicon, threshold: chooseThreshold(runs) };
}

/** Leave one document out: for each document, the model fitted on all the others. */
export function foldsOf(documents: EvalDocument[]): { heldOut: EvalDocument; model: ProposerModel }[] {
  return documents.map((heldOut) => ({ heldOut, model: fitModel(documents.filter((d) => d.id !== heldOut.id)) }));
}

export const MODEL_FILE = path.join(ROOT, "graph", "ingest", "generated", "propose-model.json");

/** The generated model file's text: the model fitted on every seed document's coding. */
export function trainedModelText(corpus: Corpus = readSeedCorpus()): string {
  return `${JSON.stringify(fitModel(evalDocumentsOf(corpus)), null, 2)}\n`;
}
