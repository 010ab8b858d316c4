import fs from "node:fs";
import path from "node:path";
import { stringify } from "yaml";
import { random } from "./random";

/**
 * A synthetic corpus in the seed format, deterministic from a seed number, with the shape of real
 * archives: a few very active speakers and many rarely mentioned people (Zipf-like), stances that
 * drift over time per pair, names with diacritics and their plain-ASCII aliases, quotes copied
 * from the passages they cite. The same validator and loader run on it as on seed/.
 */

export interface SyntheticOptions {
  people: number;
  documents: number;
  statements: number;
  seed: number;
}

const SYLLABLES = ["ko", "va", "rić", "len", "ša", "to", "mir", "dra", "gó", "zan", "ić", "pe", "tar", "ló", "vé", "nyi", "hox", "ber", "ján", "os", "ček", "mi", "la", "dí", "sz"];
const FIRST = ["Milovan", "Edvard", "Aleksandar", "Imre", "János", "Enver", "Mehmet", "Todor", "Vasil", "Ana", "Mária", "Đorđe", "Ştefan", "Zoltán", "Koča", "Ivan"];
const COUNTRIES = ["Yugoslavia", "Soviet Union", "Albania", "Hungary", "Bulgaria", "Poland", "Romania"];
const STANCES = [
  ["oppose", -2],
  ["oppose", -1],
  ["mixed", 0],
  ["neutral", 0],
  ["support", 1],
  ["support", 2],
] as const;
const TOPICS = ["normalization", "party-relations", "state-relations", "hungary", "trade", "espionage", "press", "purges"];
const VERBS = ["spoke warmly of", "accused", "questioned", "praised", "criticised", "defended", "distrusted", "welcomed the words of"];

function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D");
}

export function generateCorpus(dir: string, options: SyntheticOptions): { people: number; documents: number; statements: number; passages: number } {
  const rand = random(options.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  // Zipf-like rank: a few people take most of the statements.
  const zipf = (n: number) => Math.min(n - 1, Math.floor(Math.pow(rand(), 2.2) * n));

  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, "documents"), { recursive: true });
  fs.mkdirSync(path.join(dir, "statements"), { recursive: true });

  const used = new Set<string>();
  const people = Array.from({ length: options.people }, (_, i) => {
    let surname = "";
    do {
      const parts = 2 + Math.floor(rand() * 2);
      surname = Array.from({ length: parts }, () => pick(SYLLABLES)).join("");
      surname = surname[0]!.toUpperCase() + surname.slice(1);
    } while (used.has(fold(surname).toLowerCase()));
    used.add(fold(surname).toLowerCase());
    const first = pick(FIRST);
    const aliases = [...new Set([surname, fold(surname), `${first} ${surname}`, `Com. ${surname}`])];
    return { id: `p${i}-${fold(surname).toLowerCase().replace(/[^a-z]/g, "")}`, name: `${first} ${surname}`, surname, aliases, country: pick(COUNTRIES), bio: `A synthetic figure, rank ${i + 1} by activity.` };
  });
  fs.writeFileSync(path.join(dir, "people.yaml"), stringify(people.map(({ surname: _s, ...p }) => ({ ...p, roles: [] })), { lineWidth: 0 }));
  fs.writeFileSync(path.join(dir, "organizations.yaml"), stringify([{ id: "synthetic-party", name: "Synthetic Party", aliases: ["SP"], kind: "party" }], { lineWidth: 0 }));

  const start = Date.UTC(1950, 0, 1);
  const span = Date.UTC(1960, 11, 31) - start;
  const perDocument = Math.ceil(options.statements / options.documents);
  let statementCount = 0;
  let passageCount = 0;
  for (let d = 0; d < options.documents; d++) {
    const date = new Date(start + Math.floor((span * d) / options.documents)).toISOString().slice(0, 10);
    const id = `doc-${date}-synthetic-${String(d).padStart(5, "0")}`;
    const passages: string[] = [];
    const statements: Record<string, unknown>[] = [];
    const count = Math.min(perDocument, options.statements - statementCount);
    for (let s = 0; s < count; s++) {
      const a = people[zipf(people.length)]!;
      let b = people[zipf(people.length)]!;
      if (b === a) b = people[(people.indexOf(a) + 1) % people.length]!;
      // Each pair drifts: its stance follows the document's place in time plus noise.
      const pairBias = ((a.id.length * 7 + b.id.length * 3) % 5) - 2;
      const drift = (d / options.documents) * 4 - 2;
      const score = Math.max(0, Math.min(5, Math.round(2.5 + (pairBias + drift) / 2 + (rand() - 0.5) * 2)));
      const [stance, intensity] = STANCES[score]!;
      const sentence = `${pick(["Com. ", ""])}${rand() < 0.5 ? a.surname : fold(a.surname)} ${pick(VERBS)} ${b.aliases[Math.floor(rand() * 3)]} on the question of ${pick(TOPICS).replace("-", " ")} (${d}.${s}).`;
      if (s % 3 === 0 || passages.length === 0) passages.push(sentence);
      else passages[passages.length - 1] += ` ${sentence}`;
      statements.push({
        id: `s-${d}-${s}`,
        speaker: a.id,
        target: b.id,
        stance,
        intensity,
        mode: "written",
        passage: passages.length,
        quote: sentence,
        date,
        date_source: "document",
        topics: [pick(TOPICS)],
      });
    }
    statementCount += count;
    passageCount += passages.length;
    const front = [`id: "${id}"`, `title: "Synthetic document ${d}"`, `date: "${date}"`, "kind: note", "source_kind: primary", "authors: []", "recipients: []", `citation: "Synthetic corpus, seed ${options.seed}, item ${d}"`, 'archive: "Synthetic"', 'language: "en"', 'original_language: "en"'];
    fs.writeFileSync(path.join(dir, "documents", `${id}.md`), `---\n${front.join("\n")}\n---\n\n${passages.join("\n\n")}\n`);
    if (statements.length > 0) fs.writeFileSync(path.join(dir, "statements", `${id}.yaml`), stringify({ document: id, statements }, { lineWidth: 0 }));
  }
  return { people: people.length, documents: options.documents, statements: statementCount, passages: passageCount };
}
