/**
 * npm run agreement [-- --json] [-- --details]
 * Compares the adjudicated coding in seed/statements/ with the independent second coding in
 * reliability/second-coding/ (made blind to it, from the codebook and each document's text), per
 * document and overall: recall and precision of speaker–target pairs and of statements, and
 * Krippendorff's alpha on the stance of the statements both found. docs/reliability.md keeps the
 * figures and what was adjudicated.
 */
import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { z } from "zod";
import { readValidCorpus } from "../graph/seed";
import { agreementOf, matchStatements, pool, type Agreement, type CodedStatement } from "./lib/agreement";
import { ROOT } from "./lib/paths";

const SECOND = path.join(ROOT, "reliability", "second-coding");
const ACTOR_MAP = path.join(ROOT, "reliability", "actor-map.yaml");

const secondCoding = z.object({
  document: z.string(),
  new_actors: z.array(z.object({ id: z.string(), name: z.string() }).passthrough()).nullish(),
  statements: z.array(
    z
      .object({ speaker: z.string(), target: z.string(), stance: z.string(), passage: z.number().int(), quote: z.string() })
      .passthrough(),
  ),
});

/** Where a quote stands in its passage, or a problem naming the file and the statement. */
function spanOf(passages: string[], passage: number, quote: string, where: string): [number, number] {
  const text = passages[passage - 1];
  if (text === undefined) throw new Error(`${where}: passage ${passage} does not exist`);
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`${where}: quote not found verbatim in passage ${passage}: "${quote.slice(0, 80)}"`);
  return [start, start + quote.length];
}

const percent = (x: number | null) => (x === null ? "  –  " : `${(x * 100).toFixed(1).padStart(5)}%`);
const decimal = (x: number | null) => (x === null ? "  –  " : x.toFixed(3).padStart(6));

function main(): void {
  const corpus = readValidCorpus(path.join(ROOT, "seed"), ROOT);
  const actorMap = fs.existsSync(ACTOR_MAP) ? (parse(fs.readFileSync(ACTOR_MAP, "utf8")) as Record<string, string> | null) ?? {} : {};
  const known = new Set([...corpus.people.map((p) => p.value.id), ...corpus.organizations.map((o) => o.value.id)]);
  const results: { document: string; agreement: Agreement }[] = [];

  for (const document of corpus.documents) {
    const file = path.join(SECOND, `${document.meta.id}.yaml`);
    if (!fs.existsSync(file)) throw new Error(`No second coding for ${document.meta.id}: expected ${path.relative(ROOT, file)}`);
    const parsed = secondCoding.safeParse(parse(fs.readFileSync(file, "utf8")));
    if (!parsed.success) throw new Error(`${path.relative(ROOT, file)}: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
    const newActors = new Set((parsed.data.new_actors ?? []).map((a) => a.id));
    const actor = (id: string, where: string) => {
      const mapped = actorMap[id] ?? id;
      if (!known.has(mapped) && !newActors.has(id)) throw new Error(`${where}: unknown actor "${id}" (not in the registries, new_actors or reliability/actor-map.yaml)`);
      return mapped;
    };
    const second: CodedStatement[] = parsed.data.statements.map((s, i) => {
      const where = `${path.relative(ROOT, file)} statement ${i + 1}`;
      return { speaker: actor(s.speaker, where), target: actor(s.target, where), stance: s.stance, passage: s.passage, span: spanOf(document.passages, s.passage, s.quote, where) };
    });
    const first: CodedStatement[] = corpus.statements
      .filter((s) => s.value.document === document.meta.id)
      .map((s) => ({ ...s.value, span: spanOf(document.passages, s.value.passage, s.value.quote, `${s.file}:${s.line}`) }));
    results.push({ document: document.meta.id, agreement: agreementOf(first, second) });
    if (process.argv.includes("--details")) printDetails(document.meta.id, first, second, [...newActors]);
  }
  const overall = pool(results.map((r) => r.agreement));

  if (process.argv.includes("--json")) {
    const strip = ({ stancePairs: _p, ...a }: Agreement) => a;
    console.log(JSON.stringify({ documents: results.map((r) => ({ document: r.document, ...strip(r.agreement) })), overall: strip(overall) }, null, 2));
    return;
  }
  console.log("document                                      pairs A/B/both  pair recall  precision   statements A/B/matched  recall  precision   stance units  agree  alpha");
  for (const { document, agreement: a } of [...results, { document: "overall", agreement: overall }]) {
    console.log(
      `${document.padEnd(46)}${`${a.pairs.first}/${a.pairs.second}/${a.pairs.both}`.padStart(14)}  ${percent(a.pairs.recall)}       ${percent(a.pairs.precision)}` +
        `   ${`${a.statements.first}/${a.statements.second}/${a.statements.matched}`.padStart(20)}  ${percent(a.statements.recall)}  ${percent(a.statements.precision)}` +
        `   ${String(a.stance.units).padStart(12)}  ${percent(a.stance.agreement)} ${decimal(a.stance.alpha)}`,
    );
  }
  console.log("\nGoals (overall): pair recall ≥ 90%, stance alpha ≥ 0.800.");
}

/** The pairs only one coding found, and the second coder's own actors: what adjudication looks at. */
function printDetails(document: string, first: CodedStatement[], second: CodedStatement[], newActors: string[]): void {
  const pairs = (list: CodedStatement[]) => new Map(list.map((s) => [`${s.speaker} -> ${s.target}`, list.filter((t) => t.speaker === s.speaker && t.target === s.target).length]));
  const a = pairs(first);
  const b = pairs(second);
  console.log(`\n${document}`);
  console.log(`  only in the adjudicated coding: ${[...a].filter(([p]) => !b.has(p)).map(([p, n]) => `${p} (${n})`).join(", ") || "none"}`);
  console.log(`  only in the second coding:      ${[...b].filter(([p]) => !a.has(p)).map(([p, n]) => `${p} (${n})`).join(", ") || "none"}`);
  const differing = matchStatements(first, second).filter(([x, y]) => x.stance !== y.stance);
  const stances = differing.map(([x, y]) => `p${x.passage} ${x.speaker} -> ${x.target} ${x.stance}/${y.stance}`);
  console.log(`  stance differs (seed/second):    ${stances.join(", ") || "none"}`);
  if (newActors.length > 0) console.log(`  the second coder's own actors:  ${newActors.join(", ")}`);
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
