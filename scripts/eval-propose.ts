/**
 * npm run eval:propose [-- --json] [-- --misses <document id>]
 * Runs the statement proposer (graph/ingest/propose.ts) over the seed documents, leaving each
 * document out: for each, the model (learned stems, confidence threshold) is fitted on the other
 * documents' coding only (scripts/lib/propose-folds.ts) and measured on the held-out one, as one
 * more coder (scripts/lib/agreement.ts): people recall, speaker–target pair recall and precision,
 * stance accuracy and Krippendorff's alpha on the statements both found, per document, per mode and
 * overall, for what imports use (IMPORT_MODEL: the rules alone, or the learned part), beside the
 * other and the human second coder's alpha from `npm run agreement`.
 * `--misses` prints a document's missed and extra pairs with their passages.
 * Writes reliability/propose-report.json; docs/proposer.md keeps the figures and what limits them.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { IMPORT_MODEL, propose } from "../graph/ingest/propose";
import { RULES_ONLY, type ProposerModel } from "../graph/ingest/propose-model";
import type { Proposal } from "../graph/ingest/types";
import { agreementOf, pool, type Agreement, type CodedStatement } from "./lib/agreement";
import { ROOT } from "./lib/paths";
import { evalDocumentsOf, foldsOf, readSeedCorpus, type EvalDocument, type TruthStatement } from "./lib/propose-folds";
import { runMain } from "./lib/run-main";

const REPORT = path.join(ROOT, "reliability", "propose-report.json");
const MODES = ["direct", "written", "reported"] as const;

interface Row {
  document: string;
  people: { coded: number; found: number; recall: number | null };
  all: Agreement;
  modes: Record<(typeof MODES)[number], Agreement>;
  proposals: number;
}

const percent = (x: number | null) => (x === null ? "    –" : `${(x * 100).toFixed(1).padStart(5)}%`);
const decimal = (x: number | null) => (x === null ? "     –" : x.toFixed(3).padStart(6));

function spanOf(text: string, quote: string): [number, number] {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`quote not verbatim in its passage: "${quote.slice(0, 80)}"`);
  return [start, start + quote.length];
}

/** The human second coder's pooled stance alpha, as `npm run agreement -- --json` reports it. */
function humanAlpha(): number | null {
  const out = execFileSync(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts", "agreement.ts"), "--json"], {
    cwd: ROOT,
    encoding: "utf8",
  });
  return (JSON.parse(out) as { overall: { stance: { alpha: number | null } } }).overall.stance.alpha;
}

const codedOf = (
  d: EvalDocument,
  list: { speaker: string; target: string; stance: string; passage: number; quote: string }[],
): CodedStatement[] =>
  list.map((s) => ({
    speaker: s.speaker,
    target: s.target,
    stance: s.stance,
    passage: s.passage,
    span: spanOf(d.input.passages[s.passage - 1]!.text, s.quote),
  }));

const asTruth = (list: Proposal[]) =>
  list.map((p) => ({
    speaker: p.speaker.id ?? `new:${p.speaker.name}`,
    target: p.target.id ?? `new:${p.target.name}`,
    stance: p.stance,
    mode: p.mode,
    passage: p.passage,
    quote: p.quote,
  }));

/** One document measured with one model: the held-out fold's, or the rules alone. */
function rowOf(d: EvalDocument, model: ProposerModel): Row & { proposed: TruthStatement[] } {
  const proposed = asTruth(propose(d.input, model));
  const people = new Set(d.truth.flatMap((s) => [s.speaker, s.target]));
  const mentioned = new Set(d.input.mentions.map((m) => m.actor.id));
  const found = [...people].filter((p) => mentioned.has(p)).length;
  return {
    document: d.id,
    people: { coded: people.size, found, recall: people.size === 0 ? null : found / people.size },
    all: agreementOf(codedOf(d, d.truth), codedOf(d, proposed)),
    modes: Object.fromEntries(
      MODES.map((mode) => [
        mode,
        agreementOf(
          codedOf(
            d,
            d.truth.filter((s) => s.mode === mode),
          ),
          codedOf(
            d,
            proposed.filter((p) => p.mode === mode),
          ),
        ),
      ]),
    ) as Row["modes"],
    proposals: proposed.length,
    proposed,
  };
}

/** `--misses <id>`: the pairs the coders found and the proposer did not, and the reverse, with passages. */
function printMisses(d: EvalDocument, proposed: TruthStatement[]): void {
  const key = (s: TruthStatement) => `${s.speaker} -> ${s.target}`;
  const list = (title: string, from: TruthStatement[], other: TruthStatement[]) => {
    const others = new Set(other.map(key));
    const missing = from.filter((s) => !others.has(key(s)));
    console.log(`\n${title} (${new Set(missing.map(key)).size} pairs, ${missing.length} statements)`);
    for (const s of missing) console.log(`  ${key(s)} [${s.mode}, ${s.stance}] p${s.passage}: ${s.quote.slice(0, 160)}`);
  };
  list(`Missed in ${d.id}`, d.truth, proposed);
  list(`Extra in ${d.id}`, proposed, d.truth);
}

function main(): void {
  const documents = evalDocumentsOf(readSeedCorpus());
  const folds = foldsOf(documents);
  // The main rows are what imports use (IMPORT_MODEL): the rules alone, or the learned part, which is
  // then measured fold by fold, never on its own training documents; the other is the comparison row.
  const importsLearn = IMPORT_MODEL !== RULES_ONLY;
  const learnedRows = folds.map(({ heldOut, model }) => rowOf(heldOut, model));
  const rulesRows = documents.map((d) => rowOf(d, RULES_ONLY));
  const rows = importsLearn ? learnedRows : rulesRows;
  const other = pool((importsLearn ? rulesRows : learnedRows).map((r) => r.all));
  const otherLabel = importsLearn ? "rules alone, nothing learned" : "with the learned part, per fold";
  const missesOf = process.argv.indexOf("--misses");
  if (missesOf >= 0) {
    const id = process.argv[missesOf + 1];
    const row = rows.find((r) => r.document === id);
    if (!row) throw new Error(`--misses needs a seed document id: ${documents.map((d) => d.id).join(", ")}`);
    printMisses(
      documents.find((d) => d.id === id)!,
      row.proposed,
    );
    return;
  }

  const overall = pool(rows.map((r) => r.all));
  const coded = rows.reduce((n, r) => n + r.people.coded, 0);
  const foundPeople = rows.reduce((n, r) => n + r.people.found, 0);
  const byMode = Object.fromEntries(MODES.map((m) => [m, pool(rows.map((r) => r.modes[m]))])) as Row["modes"];
  const strip = ({ stancePairs: _p, ...a }: Agreement) => a;
  const report = {
    method:
      "leave one document out: the learned stems and confidence threshold are fitted for each document on the other documents' coding only; rules written from the codebook (documents examined while writing them: docs/proposer.md); the main figures are what imports use (importModel), the other is the comparison",
    importModel: importsLearn ? "learned part, per fold" : "rules alone",
    folds: folds.map(({ heldOut, model }) => ({
      heldOut: heldOut.id,
      trainedOn: model.trainedOn,
      learnedStems: { positive: model.positive.map((c) => c.stem), negative: model.negative.map((c) => c.stem) },
      threshold: model.threshold,
    })),
    documents: rows.map((r) => ({
      document: r.document,
      proposals: r.proposals,
      people: r.people,
      ...strip(r.all),
      modes: Object.fromEntries(MODES.map((m) => [m, strip(r.modes[m])])),
    })),
    overall: { people: { coded, found: foundPeople, recall: coded === 0 ? null : foundPeople / coded }, ...strip(overall) },
    modes: Object.fromEntries(MODES.map((m) => [m, strip(byMode[m])])),
    rulesOnly: strip(pool(rulesRows.map((r) => r.all))),
    learned: strip(pool(learnedRows.map((r) => r.all))),
    alpha: { proposer: overall.stance.alpha, humanSecondCoder: humanAlpha() },
    goals: { peopleRecall: 0.9, pairRecall: 0.6, pairPrecision: 0.5, stanceAccuracy: 0.7 },
  };
  fs.mkdirSync(path.dirname(REPORT), { recursive: true });
  fs.writeFileSync(REPORT, `${JSON.stringify(report, null, 2)}\n`);
  if (process.argv.includes("--json")) {
    console.log(JSON.stringify(report, null, 2));
    return;
  }
  const line = (label: string, a: Agreement, people: number | null) =>
    `${label.padEnd(46)}${percent(people)}  ${`${a.pairs.first}/${a.pairs.second}/${a.pairs.both}`.padStart(12)}  ${percent(a.pairs.recall)}  ${percent(a.pairs.precision)}` +
    `  ${`${a.statements.first}/${a.statements.second}/${a.statements.matched}`.padStart(12)}  ${String(a.stance.units).padStart(5)}  ${percent(a.stance.agreement)}  ${decimal(a.stance.alpha)}`;
  console.log(`${"document / mode".padEnd(46)}people  pairs S/P/both  recall  precis.  stmts S/P/match  units  stance   alpha`);
  for (const r of rows) console.log(line(r.document, r.all, r.people.recall));
  console.log(line("overall", overall, report.overall.people.recall));
  for (const m of MODES) console.log(line(`  ${m}`, byMode[m], null));
  console.log(line(otherLabel, other, null));
  console.log(
    `\nKrippendorff's alpha on stance: proposer ${decimal(report.alpha.proposer)}, human second coder ${decimal(report.alpha.humanSecondCoder)}`,
  );
  console.log("Goals: people recall ≥ 90%, pair recall ≥ 60% at precision ≥ 50%, stance accuracy ≥ 70% on the pairs found.");
  console.log(`Written to ${path.relative(ROOT, REPORT)}.`);
}

runMain(() => Promise.resolve().then(main));
