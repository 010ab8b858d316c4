import fs from "node:fs";
import path from "node:path";
import { stringify } from "yaml";
import type { Database } from "../db";
import { toIsoDate, toNullableNumber, toNumber, toStringList } from "../map";

/**
 * Backup: writes the graph as it stands — curated statements included, retracted ones left out —
 * back into the seed format, so `npm run seed -- --reset --dir <folder>` rebuilds the same graph.
 * docs/data-safety.md describes the round trip.
 */

const DOCUMENTS = `
MATCH (d:Document)
RETURN d { .*, date: toString(d.date),
  authors: [(d)-[:WRITTEN_BY]->(a:Actor) | a.id], recipients: [(d)-[:ADDRESSED_TO]->(a:Actor) | a.id],
  passages: [(p:Passage)-[:PART_OF]->(d) | p { .index, .text }] } AS d
ORDER BY d.id`;

const PEOPLE = `
MATCH (p:Person)
RETURN p { .id, .name, .aliases, .country, .born, .died, .bio, .unidentified,
  roles: [(p)-[r:MEMBER_OF]->(o:Organization) | {org: o.id, title: r.role, from: r.from, to: r.to}] } AS p
ORDER BY p.id`;

const ORGANIZATIONS = `
MATCH (o:Organization)
RETURN o { .id, .name, .aliases, .kind, .country, .bio } AS o
ORDER BY o.id`;

const STATEMENTS = `
MATCH (s:Statement)-[:IN]->(p:Passage)-[:PART_OF]->(d:Document)
WHERE s.retractedAt IS NULL
MATCH (s)-[:BY]->(a:Actor), (s)-[:ABOUT]->(b:Actor)
OPTIONAL MATCH (s)-[:REPORTED_BY]->(r:Actor)
RETURN d.id AS document, s { .id, .stance, .intensity, .mode, .quote, .topics, .note, date: s.date,
  .dateSaid, .dateQualifier, .dateUntil, .dateSource,
  speaker: a.id, target: b.id, reported_by: r.id, passage: p.index } AS s
ORDER BY document, p.index, s.id`;

type Row = Record<string, unknown>;

function clean<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined)) as Partial<T>;
}

const FRONT_MATTER_KEYS = ["id", "title", "date", "kind", "source_kind", "authors", "recipients", "citation", "archive", "url", "translator", "language", "original_language", "summary", "credits"] as const;

export interface ExportSummary {
  documents: number;
  people: number;
  organizations: number;
  statements: number;
}

export async function exportSeed(database: Database, dir: string): Promise<ExportSummary> {
  fs.mkdirSync(path.join(dir, "documents"), { recursive: true });
  fs.mkdirSync(path.join(dir, "statements"), { recursive: true });

  const documents = (await database.read(DOCUMENTS)).map((r) => r.get("d") as Row);
  for (const d of documents) {
    const meta: Record<string, unknown> = {
      ...d,
      source_kind: d.sourceKind ?? "primary",
      original_language: d.originalLanguage,
      url: d.url ?? null,
      translator: d.translator ?? null,
    };
    const front = FRONT_MATTER_KEYS.filter((k) => meta[k] !== undefined && !(meta[k] === null && k !== "url" && k !== "translator")).map(
      (k) => `${k}: ${JSON.stringify(meta[k])}`,
    );
    const passages = (d.passages as Row[]).sort((a, b) => toNumber(a.index) - toNumber(b.index)).map((p) => String(p.text));
    fs.writeFileSync(path.join(dir, "documents", `${String(d.id)}.md`), `---\n${front.join("\n")}\n---\n\n${passages.join("\n\n")}\n`);
  }

  const people = (await database.read(PEOPLE)).map((r) => {
    const p = r.get("p") as Row;
    return clean({
      id: p.id,
      name: p.name,
      aliases: toStringList(p.aliases),
      country: p.country,
      born: toNullableNumber(p.born),
      died: toNullableNumber(p.died),
      roles: (p.roles as Row[])
        .map((role) => clean({ org: role.org, title: role.title, from: toNullableNumber(role.from), to: toNullableNumber(role.to) }))
        .sort((a, b) => `${String(a.org)}${String(a.title)}`.localeCompare(`${String(b.org)}${String(b.title)}`)),
      bio: p.bio,
      unidentified: p.unidentified === true ? true : null,
    });
  });
  fs.writeFileSync(path.join(dir, "people.yaml"), stringify(people, { lineWidth: 0 }));

  const organizations = (await database.read(ORGANIZATIONS)).map((r) => {
    const o = r.get("o") as Row;
    return clean({ id: o.id, name: o.name, aliases: toStringList(o.aliases), kind: o.kind, country: o.country, bio: o.bio });
  });
  fs.writeFileSync(path.join(dir, "organizations.yaml"), stringify(organizations, { lineWidth: 0 }));

  const byDocument = new Map<string, Row[]>();
  let statements = 0;
  for (const r of await database.read(STATEMENTS)) {
    const s = r.get("s") as Row;
    // Statements written before dates carried their precision have only their day, from the text.
    const date = (s.dateSaid as string | null) ?? toIsoDate(s.date);
    const entry = clean({
      id: s.id,
      speaker: s.speaker,
      target: s.target,
      stance: s.stance,
      intensity: toNumber(s.intensity),
      mode: s.mode,
      reported_by: s.reported_by,
      passage: toNumber(s.passage),
      quote: s.quote,
      date,
      date_qualifier: s.dateQualifier && s.dateQualifier !== "exact" ? s.dateQualifier : null,
      date_until: s.dateUntil,
      date_source: s.dateSource ?? "text",
      topics: toStringList(s.topics),
      note: s.note,
    });
    const document = r.get("document") as string;
    byDocument.set(document, [...(byDocument.get(document) ?? []), entry]);
    statements++;
  }
  for (const [document, list] of byDocument) {
    fs.writeFileSync(path.join(dir, "statements", `${document}.yaml`), stringify({ document, statements: list }, { lineWidth: 0 }));
  }
  return { documents: documents.length, people: people.length, organizations: organizations.length, statements };
}
