import fs from "node:fs";
import path from "node:path";
import { stringify } from "yaml";
import type { ShapeInput } from "./corpus-shape";
import SEED_SHAPE from "./seed-shape.json";
import { createDraws, toWeighted, type Draws } from "./synthetic-draws";

/**
 * A synthetic corpus in the seed format, deterministic from a seed number, shaped like seed/
 * (scripts/lib/seed-shape.json, measured by npm run shape): speakers and targets drawn from
 * lognormal activity over a speaking and a spoken-of share of the actors, pairs reused in
 * proportion to their statements so far (a Yule–Simon tail, as real speakers return to the same
 * targets), modes and stances in the seed's shares with a stance that holds per pair, documents
 * clustered around events and statements dated a few days before their document, passages holding
 * statements as unevenly as the seed's. docs/performance.md lists the figures it matches; the
 * same validator and loader run on it as on seed/.
 */

export interface SyntheticOptions {
  statements: number;
  /** People in the registry; default a tenth of the statements (at least 50). */
  people?: number;
  /** Default: the seed's statements per document (55). */
  documents?: number;
  seed: number;
}

/**
 * What is fitted, and to which seed figure (the test checks the outcome). Lognormal sigmas give the
 * speaker and target Gini; NEW_PAIR the statements per pair; NEW_PASSAGE the passages holding
 * statements; the rest come straight from the seed's shares.
 */
export const FIT = {
  speakerSigma: 1.7,
  targetSigma: 1.3,
  /** A new pair for one statement in 2.41, the seed's statements per pair. */
  newPair: 1 / SEED_SHAPE.statementsPerPair,
  pairKeepsStance: 0.7,
  newPassage: 0.5,
  statementsPerPassage: SEED_SHAPE.statementsPerDocument / SEED_SHAPE.passagesPerDocument,
  documentSigma: 0.9,
  eventSigma: 2,
  /** Days from an event to the documents about it, at most. */
  documentAfterEvent: 20,
  /** Mean days between what a statement's text dates and its document. */
  textLagDays: 8,
  twoTopics: 0.27,
} as const;

const SYLLABLES = ["ko", "va", "rić", "len", "ša", "to", "mir", "dra", "gó", "zan", "ić", "pe", "tar", "ló", "vé", "nyi", "hox", "ber", "ján", "os", "ček", "mi", "la", "dí", "sz"];
const FIRST = ["Milovan", "Edvard", "Aleksandar", "Imre", "János", "Enver", "Mehmet", "Todor", "Vasil", "Ana", "Mária", "Đorđe", "Ştefan", "Zoltán", "Koča", "Ivan"];
const COUNTRIES = ["Yugoslavia", "Soviet Union", "Albania", "Hungary", "Bulgaria", "Poland", "Romania"];
const TOPICS = ["normalization", "party-relations", "state-relations", "hungary", "trade", "espionage", "press", "purges"];
const VERBS = ["spoke warmly of", "accused", "questioned", "praised", "criticised", "defended", "distrusted", "welcomed the words of"];
const KINDS = ["note", "letter", "memorandum"] as const;
const START = Date.UTC(1950, 0, 1);
const DAYS = Math.round((Date.UTC(1960, 11, 31) - START) / 86_400_000);

function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D");
}

const isoDay = (day: number) => new Date(START + day * 86_400_000).toISOString().slice(0, 10);

export interface SyntheticPerson {
  id: string;
  name: string;
  surname: string;
  aliases: string[];
  country: string;
  bio: string;
}

export interface SyntheticStatement {
  id: string;
  speaker: string;
  target: string;
  stance: "support" | "oppose" | "mixed" | "neutral";
  intensity: number;
  mode: "direct" | "reported" | "written";
  reported_by?: string;
  passage: number;
  quote: string;
  date: string;
  date_source: "text" | "document";
  topics: string[];
}

export interface SyntheticDocument {
  id: string;
  date: string;
  kind: (typeof KINDS)[number];
  passages: string[];
  statements: SyntheticStatement[];
}

export interface SyntheticCorpus {
  seed: number;
  people: SyntheticPerson[];
  documents: SyntheticDocument[];
}

/** People with a speaking and a spoken-of weight, the most active first (rank 1 is people[0]). */
function makePeople(count: number, draws: Draws): { people: SyntheticPerson[]; speak: number[]; heard: number[] } {
  const used = new Set<string>();
  const drafts = Array.from({ length: count }, () => {
    let surname = "";
    do {
      surname = Array.from({ length: 2 + Math.floor(draws.next() * 2) }, () => draws.pick(SYLLABLES)).join("");
      surname = surname[0]!.toUpperCase() + surname.slice(1);
    } while (used.has(fold(surname).toLowerCase()));
    used.add(fold(surname).toLowerCase());
    const speak = draws.next() < SEED_SHAPE.speakingActors ? draws.lognormal(FIT.speakerSigma) : 0;
    const heard = draws.next() < SEED_SHAPE.targetedActors ? draws.lognormal(FIT.targetSigma) : 0;
    return { surname, first: draws.pick(FIRST), country: draws.pick(COUNTRIES), speak, heard };
  });
  drafts.sort((a, b) => b.speak + b.heard - (a.speak + a.heard));
  // At least one speaker and one other person spoken of, whatever the draws.
  if (drafts[0]!.speak === 0) drafts[0]!.speak = 1;
  if (!drafts.slice(1).some((d) => d.heard > 0)) drafts[1]!.heard = 1;
  const people = drafts.map((d, i) => ({
    id: `p${i}-${fold(d.surname).toLowerCase().replace(/[^a-z]/g, "")}`,
    name: `${d.first} ${d.surname}`,
    surname: d.surname,
    aliases: [...new Set([d.surname, fold(d.surname), `${d.first} ${d.surname}`, `Com. ${d.surname}`])],
    country: d.country,
    bio: `A synthetic figure, rank ${i + 1} by activity.`,
  }));
  return { people, speak: drafts.map((d) => d.speak), heard: drafts.map((d) => d.heard) };
}

/** Documents around events: a few crises draw most of them, as in any archive. */
function makeDocuments(count: number, draws: Draws): { documents: SyntheticDocument[]; weights: number[] } {
  const events = Array.from({ length: Math.max(4, Math.round(Math.sqrt(count))) }, () => ({
    day: Math.floor(draws.next() * (DAYS - FIT.documentAfterEvent)),
    weight: draws.lognormal(FIT.eventSigma),
  }));
  const eventOf = toWeighted(events.map((e) => e.weight));
  const days = Array.from({ length: count }, () => events[draws.weighted(eventOf)]!.day + Math.floor(draws.next() * FIT.documentAfterEvent)).sort((a, b) => a - b);
  const documents = days.map((day, d) => ({
    id: `doc-${isoDay(day)}-synthetic-${String(d).padStart(5, "0")}`,
    date: isoDay(day),
    kind: draws.pick(KINDS),
    passages: [] as string[],
    statements: [] as SyntheticStatement[],
  }));
  return { documents, weights: documents.map(() => draws.lognormal(FIT.documentSigma)) };
}

/** Builds the corpus in memory; generateCorpus writes it. */
export function buildCorpus(options: SyntheticOptions): SyntheticCorpus {
  const draws = createDraws(options.seed);
  const { people, speak, heard } = makePeople(options.people ?? Math.max(50, Math.round(options.statements / 10)), draws);
  const { documents, weights } = makeDocuments(options.documents ?? Math.max(1, Math.round(options.statements / SEED_SHAPE.statementsPerDocument)), draws);
  const speakerOf = toWeighted(speak);
  const targetOf = toWeighted(heard);
  const documentOf = toWeighted(weights);
  // Every statement's pair, in order: reusing a uniformly chosen earlier statement's pair is
  // choosing a pair in proportion to its statements so far.
  const pairs: { speaker: number; target: number; stance: SyntheticStatement["stance"] }[] = [];
  const statementPair: number[] = [];
  const seen = new Set<number>();
  const placed: { document: number; pair: number }[] = [];
  for (let k = 0; k < options.statements; k++) {
    let pair: number;
    if (k === 0 || draws.next() < FIT.newPair) {
      // A new pair is one not seen yet: among a few very active actors, drawing again finds one.
      let speaker = 0;
      let target = 0;
      for (let attempt = 0; attempt < 20; attempt++) {
        speaker = draws.weighted(speakerOf);
        target = draws.weighted(targetOf);
        if (target === speaker) target = (speaker + 1) % people.length;
        if (!seen.has(speaker * people.length + target)) break;
      }
      seen.add(speaker * people.length + target);
      pair = pairs.push({ speaker, target, stance: draws.share(SEED_SHAPE.stances) }) - 1;
    } else {
      pair = statementPair[Math.floor(draws.next() * statementPair.length)]!;
    }
    statementPair.push(pair);
    placed.push({ document: draws.weighted(documentOf), pair });
  }
  const byDocument = documents.map(() => [] as number[]);
  for (const p of placed) byDocument[p.document]!.push(p.pair);
  documents.forEach((doc, d) => fillDocument(doc, d, byDocument[d]!, pairs, people, speakerOf, draws));
  return { seed: options.seed, people, documents };
}

function fillDocument(
  doc: SyntheticDocument,
  d: number,
  pairIds: number[],
  pairs: { speaker: number; target: number; stance: SyntheticStatement["stance"] }[],
  people: SyntheticPerson[],
  speakerOf: ReturnType<typeof toWeighted>,
  draws: Draws,
): void {
  const size = pairIds.length === 0 ? 1 + Math.round(draws.lognormal(1) * 5) : Math.max(1, Math.round((pairIds.length / FIT.statementsPerPassage) * draws.lognormal(0.25)));
  const sentences: string[][] = Array.from({ length: size }, () => []);
  const unused = Array.from({ length: size }, (_, i) => i);
  for (let i = unused.length - 1; i > 0; i--) {
    const j = Math.floor(draws.next() * (i + 1));
    [unused[i], unused[j]] = [unused[j]!, unused[i]!];
  }
  const usedBy: number[] = [];
  const docDay = Math.round((Date.parse(`${doc.date}T00:00:00Z`) - START) / 86_400_000);
  pairIds.forEach((pairId, s) => {
    const pair = pairs[pairId]!;
    const a = people[pair.speaker]!;
    const b = people[pair.target]!;
    const at = usedBy.length === 0 || (unused.length > 0 && draws.next() < FIT.newPassage) ? unused.pop()! : usedBy[Math.floor(draws.next() * usedBy.length)]!;
    usedBy.push(at);
    const stance = draws.next() < FIT.pairKeepsStance ? pair.stance : draws.share(SEED_SHAPE.stances);
    const strong = draws.next() < 0.2 ? 2 : 1;
    const intensity = stance === "oppose" ? -strong : stance === "support" ? strong : 0;
    const mode = draws.share(SEED_SHAPE.modes);
    let reporter: SyntheticPerson | undefined;
    if (mode === "reported") {
      reporter = people[draws.weighted(speakerOf)]!;
      if (reporter === a) reporter = people[(pair.speaker + 1) % people.length]!;
    }
    const byText = draws.next() < SEED_SHAPE.datedByText;
    const date = byText ? isoDay(Math.max(0, docDay - Math.floor(-Math.log(1 - draws.next()) * FIT.textLagDays))) : doc.date;
    const topic = draws.pick(TOPICS);
    const topics = draws.next() < FIT.twoTopics ? [...new Set([topic, draws.pick(TOPICS)])] : [topic];
    const said = `${draws.pick(["Com. ", ""])}${draws.next() < 0.5 ? a.surname : fold(a.surname)} ${draws.pick(VERBS)} ${b.aliases[Math.floor(draws.next() * 3)]} on the question of ${topic.replace("-", " ")} (${d}.${s}).`;
    const quote = reporter ? `According to ${reporter.surname}, ${said}` : said;
    sentences[at]!.push(quote);
    doc.statements.push({
      id: `s-${d}-${s}`,
      speaker: a.id,
      target: b.id,
      stance,
      intensity,
      mode,
      ...(reporter ? { reported_by: reporter.id } : {}),
      passage: at + 1,
      quote,
      date,
      date_source: byText ? "text" : "document",
      topics,
    });
  });
  doc.passages = sentences.map((list, p) => (list.length > 0 ? list.join(" ") : `The talks went on without a word on record (${d}.p${p + 1}).`));
}

/** Writes the corpus in the seed format into `dir`, replacing what was there. */
export function writeSyntheticCorpus(dir: string, corpus: SyntheticCorpus): void {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, "documents"), { recursive: true });
  fs.mkdirSync(path.join(dir, "statements"), { recursive: true });
  fs.writeFileSync(path.join(dir, "people.yaml"), stringify(corpus.people.map(({ surname: _s, ...p }) => ({ ...p, roles: [] })), { lineWidth: 0 }));
  fs.writeFileSync(path.join(dir, "organizations.yaml"), stringify([{ id: "synthetic-party", name: "Synthetic Party", aliases: ["SP"], kind: "party" }], { lineWidth: 0 }));
  corpus.documents.forEach((doc, d) => {
    const front = [`id: "${doc.id}"`, `title: "Synthetic document ${d}"`, `date: "${doc.date}"`, `kind: ${doc.kind}`, "source_kind: primary", "authors: []", "recipients: []", `citation: "Synthetic corpus, seed ${corpus.seed}, item ${d}"`, 'archive: "Synthetic"', 'language: "en"', 'original_language: "en"'];
    fs.writeFileSync(path.join(dir, "documents", `${doc.id}.md`), `---\n${front.join("\n")}\n---\n\n${doc.passages.join("\n\n")}\n`);
    if (doc.statements.length > 0) fs.writeFileSync(path.join(dir, "statements", `${doc.id}.yaml`), stringify({ document: doc.id, statements: doc.statements }, { lineWidth: 0 }));
  });
}

/** Builds and writes a corpus; says how much it holds. */
export function generateCorpus(dir: string, options: SyntheticOptions): { people: number; documents: number; statements: number; passages: number } {
  const corpus = buildCorpus(options);
  writeSyntheticCorpus(dir, corpus);
  return {
    people: corpus.people.length,
    documents: corpus.documents.length,
    statements: corpus.documents.reduce((n, d) => n + d.statements.length, 0),
    passages: corpus.documents.reduce((n, d) => n + d.passages.length, 0),
  };
}

/** The corpus as the shape measure reads it, without writing it out. */
export function shapeInputOfSynthetic(corpus: SyntheticCorpus): ShapeInput {
  return {
    actors: corpus.people.length + 1,
    documents: corpus.documents.map((d) => ({ id: d.id, date: d.date, passages: d.passages.length })),
    statements: corpus.documents.flatMap((d) =>
      d.statements.map((s) => ({ speaker: s.speaker, target: s.target, mode: s.mode, stance: s.stance, date: s.date, dateSource: s.date_source, document: d.id, passage: s.passage })),
    ),
  };
}
