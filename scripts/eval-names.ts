/**
 * npm run eval:names [-- --json]
 * How many of the people and organisations coded in the seed (speakers and targets) the new-name
 * finder (graph/ingest/new-names.ts) finds when the registries do not know them: for each seed
 * document, every coded actor is taken out of the registry, aliases and all, and the actor counts
 * as found when a new name overlaps a place where the full registry finds it. Actors the text
 * never names (a letter's author known only from its heading, an unnamed speaker) cannot be found
 * by any name finder and are counted apart. Precision: a new name (a group, as the curator reviews
 * it) is right when it names a person, body or state: when one of its mentions overlaps a place
 * where the full registries find an actor, or when it is one of the few bodies the registries leave
 * out (NAMED_BODIES below); everything else (common words, places, doctrines, events, products) is
 * wrong. Writes reliability/names-report.json; the figures and what limits them are in
 * docs/proposer.md.
 */
import fs from "node:fs";
import path from "node:path";
import { findNewNames } from "../graph/ingest/new-names";
import { createRegistry, findMentions, type KnownActor } from "../graph/ingest/registry";
import type { ImportedMention } from "../graph/ingest/types";
import { readValidCorpus } from "../graph/seed";
import { ROOT } from "./lib/paths";
import { runMain } from "./lib/run-main";

const REPORT = path.join(ROOT, "reliability", "names-report.json");

/**
 * Bodies the seed documents name that the registries leave out, because nothing in the coded
 * statements is said by or about them, or because they are a party's organ named without the party
 * (which one is the curator's merge): judged by hand, each checked in its passage.
 */
const NAMED_BODIES = new Set(["Yugoslav Mission", "Ministry of Foreign Affairs", "Central Committee", "Executive Committee", "Politburo", "CC"]);

interface Row {
  document: string;
  coded: number;
  named: number;
  found: number;
  missed: string[];
  newNames: number;
  rightNames: number;
  wrongNames: string[];
  suggestedAsKnown: number;
}

const overlaps = (a: ImportedMention, b: ImportedMention) => a.passage === b.passage && a.start < b.end && b.start < a.end;
const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);
const percent = (x: number | null) => (x === null ? "    –" : `${(x * 100).toFixed(1).padStart(5)}%`);

function main(): void {
  const corpus = readValidCorpus(path.join(ROOT, "seed"), ROOT);
  const actors: KnownActor[] = [...corpus.people, ...corpus.organizations].map((e) => ({
    id: e.value.id,
    name: e.value.name,
    aliases: e.value.aliases,
  }));
  const full = createRegistry(actors);
  const rows: Row[] = [];

  for (const d of corpus.documents) {
    const coded = new Set(
      corpus.statements.filter((s) => s.value.document === d.meta.id).flatMap((s) => [s.value.speaker, s.value.target]),
    );
    const withheld = createRegistry(actors.filter((a) => !coded.has(a.id)));
    const truth = findMentions(full, d.passages);
    const known = findMentions(withheld, d.passages);
    const { mentions, names } = findNewNames(withheld, d.passages, known);
    const right = names.filter(
      (n) =>
        NAMED_BODIES.has(n.name) ||
        mentions.some((m) => m.actor.name === n.name && truth.some((t) => overlaps(m, t))),
    );
    const named = [...coded].filter((id) => truth.some((m) => m.actor.id === id));
    const found = named.filter((id) => truth.some((t) => t.actor.id === id && mentions.some((m) => overlaps(m, t))));
    rows.push({
      document: d.meta.id,
      coded: coded.size,
      named: named.length,
      found: found.length,
      missed: named.filter((id) => !found.includes(id)),
      newNames: names.length,
      rightNames: right.length,
      wrongNames: names.filter((n) => !right.includes(n)).map((n) => n.name),
      suggestedAsKnown: names.filter((n) => n.suggestion !== null).length,
    });
  }

  const sum = (key: "coded" | "named" | "found" | "newNames" | "rightNames") => rows.reduce((n, r) => n + r[key], 0);
  const report = {
    method:
      "each document's coded speakers and targets withheld from the registries (aliases and all); found = a new name overlapping a place the full registry finds the actor; the finder's rules were written from the tagger's output on sentences written for the tests, not tuned on the seed",
    documents: rows.map((r) => ({
      ...r,
      recallNamed: share(r.found, r.named),
      recallCoded: share(r.found, r.coded),
      precision: share(r.rightNames, r.newNames),
    })),
    overall: {
      coded: sum("coded"),
      named: sum("named"),
      found: sum("found"),
      recallNamed: share(sum("found"), sum("named")),
      recallCoded: share(sum("found"), sum("coded")),
      newNames: sum("newNames"),
      rightNames: sum("rightNames"),
      precision: share(sum("rightNames"), sum("newNames")),
    },
    goal: { peopleRecall: 0.9 },
  };
  fs.mkdirSync(path.dirname(REPORT), { recursive: true });
  fs.writeFileSync(REPORT, `${JSON.stringify(report, null, 2)}\n`);
  if (process.argv.includes("--json")) {
    console.log(JSON.stringify(report, null, 2));
    return;
  }
  console.log(`${"document".padEnd(46)}coded  named  found  of named  of coded  new names  precision  missed`);
  for (const r of report.documents) {
    console.log(
      `${r.document.padEnd(46)}${String(r.coded).padStart(5)}  ${String(r.named).padStart(5)}  ${String(r.found).padStart(5)}  ${percent(r.recallNamed).padStart(8)}  ${percent(r.recallCoded).padStart(8)}  ${String(r.newNames).padStart(9)}  ${percent(r.precision).padStart(9)}  ${r.missed.join(", ")}`,
    );
  }
  const o = report.overall;
  console.log(
    `${"overall".padEnd(46)}${String(o.coded).padStart(5)}  ${String(o.named).padStart(5)}  ${String(o.found).padStart(5)}  ${percent(o.recallNamed).padStart(8)}  ${percent(o.recallCoded).padStart(8)}  ${String(o.newNames).padStart(9)}  ${percent(o.precision).padStart(9)}`,
  );
  console.log("Goal: people recall ≥ 90%. Precision: new names that name a person, body or state.");
  console.log(`Written to ${path.relative(ROOT, REPORT)}.`);
}

runMain(() => Promise.resolve().then(main));
