import fs from "node:fs";
import path from "node:path";
import { stringify } from "yaml";
import type { Database } from "../db";
import { toIsoDate, toNullableNumber, toNumber, toStringList } from "../map";

/**
 * Backup: writes the graph as it stands — every statement with its status, version and who
 * curated it, the revisions, the accounts — back into the seed format, so
 * `npm run seed -- --reset --dir <folder>` rebuilds the same graph. docs/data-safety.md describes
 * the round trip. Published (`npm run export-seed`): the accepted statements and the actors only,
 * as a hand-written seed holds them, with no record of curation.
 */

const DOCUMENTS = `
MATCH (d:Document)
RETURN d { .*, date: toString(d.date),
  authors: [(d)-[:WRITTEN_BY]->(a:Actor) | a.id], recipients: [(d)-[:ADDRESSED_TO]->(a:Actor) | a.id],
  passages: [(p:Passage)-[:PART_OF]->(d) | p { .index, .text }] } AS d
ORDER BY d.id`;

const PEOPLE = `
MATCH (p:Person)
RETURN p { .id, .name, .aliases, .country, .born, .died, .bio, .unidentified, .origin, .version, .createdBy, .createdAt,
  roles: [(p)-[r:MEMBER_OF]->(o:Organization) | {org: o.id, title: r.role, from: r.from, to: r.to}] } AS p
ORDER BY p.id`;

const ORGANIZATIONS = `
MATCH (o:Organization)
RETURN o { .id, .name, .aliases, .kind, .country, .bio, .origin, .version, .createdBy, .createdAt } AS o
ORDER BY o.id`;

const STATEMENTS = `
MATCH (s:Statement)-[:IN]->(p:Passage)-[:PART_OF]->(d:Document)
WHERE $all OR s:Published
MATCH (s)-[:BY]->(a:Actor), (s)-[:ABOUT]->(b:Actor)
OPTIONAL MATCH (s)-[:REPORTED_BY]->(r:Actor)
RETURN d.id AS document, s { .id, .stance, .intensity, .mode, .quote, .topics, .note, date: s.date,
  .dateSaid, .dateQualifier, .dateUntil, .dateSource, .origin, .status, .statusBy, .statusAt, .proposedBy, .version,
  .curatedBy, .curatedAt, .retractedAt, .retractedBy, .retractReason,
  speaker: a.id, target: b.id, reported_by: r.id, passage: p.index } AS s
ORDER BY document, p.index, s.id`;

const REVISIONS = `
MATCH (r:Revision)
RETURN r {.*} AS r
ORDER BY r.subjectKind, r.subject, r.version`;

const ACCOUNTS = `
MATCH (a:Account)
RETURN a { .username, .role, .passwordHash, .createdAt } AS a
ORDER BY a.username`;

type Row = Record<string, unknown>;

export interface ExportOptions {
  /** Only what the public sees, as a hand-written seed: accepted statements, no curation record. */
  published?: boolean;
}

/** What curation recorded about an actor, for a backup. */
const actorRecord = (a: Row, published: boolean) =>
  published
    ? {}
    : {
        origin: a.origin === "curation" ? "curation" : null,
        version: toNullableNumber(a.version),
        created_by: a.createdBy,
        created_at: a.createdAt,
      };

/** What curation recorded about a statement, for a backup; the defaults (accepted by the seed, version 1) left out. */
const statementRecord = (s: Row, published: boolean) =>
  published
    ? {}
    : {
        origin: s.origin === "curation" ? "curation" : null,
        status: s.status && s.status !== "accepted" ? s.status : null,
        status_by: s.statusBy && s.statusBy !== "seed" ? s.statusBy : null,
        status_at: s.statusAt,
        proposed_by: s.proposedBy,
        version: s.version !== null && s.version !== undefined && toNumber(s.version) !== 1 ? toNumber(s.version) : null,
        curated_by: s.curatedBy,
        curated_at: s.curatedAt,
        retracted_at: s.retractedAt,
        retracted_by: s.retractedBy,
        retract_reason: s.retractReason,
      };

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

export async function exportSeed(database: Database, dir: string, options: ExportOptions = {}): Promise<ExportSummary> {
  const published = options.published ?? false;
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
      ...actorRecord(p, published),
    });
  });
  fs.writeFileSync(path.join(dir, "people.yaml"), stringify(people, { lineWidth: 0 }));

  const organizations = (await database.read(ORGANIZATIONS)).map((r) => {
    const o = r.get("o") as Row;
    return clean({ id: o.id, name: o.name, aliases: toStringList(o.aliases), kind: o.kind, country: o.country, bio: o.bio, ...actorRecord(o, published) });
  });
  fs.writeFileSync(path.join(dir, "organizations.yaml"), stringify(organizations, { lineWidth: 0 }));

  const byDocument = new Map<string, Row[]>();
  let statements = 0;
  for (const r of await database.read(STATEMENTS, { all: !published })) {
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
      ...statementRecord(s, published),
    });
    const document = r.get("document") as string;
    byDocument.set(document, [...(byDocument.get(document) ?? []), entry]);
    statements++;
  }
  for (const [document, list] of byDocument) {
    fs.writeFileSync(path.join(dir, "statements", `${document}.yaml`), stringify({ document, statements: list }, { lineWidth: 0 }));
  }
  if (!published) await writeCurationRecord(database, dir);
  return { documents: documents.length, people: people.length, organizations: organizations.length, statements };
}

/** Revisions and accounts, each in a file of its own, written only when there are any. */
async function writeCurationRecord(database: Database, dir: string): Promise<void> {
  const revisions = (await database.read(REVISIONS)).map((row) => {
    const r = row.get("r") as Row;
    return clean({
      id: r.id,
      subject: r.subject,
      subject_kind: r.subjectKind,
      version: toNumber(r.version),
      action: r.action,
      by: r.by,
      at: r.at,
      reason: r.reason,
      before: r.before,
      after: r.after,
      reverts: r.reverts,
    });
  });
  if (revisions.length > 0) fs.writeFileSync(path.join(dir, "revisions.yaml"), stringify(revisions, { lineWidth: 0 }));
  const accounts = (await database.read(ACCOUNTS)).map((row) => {
    const a = row.get("a") as Row;
    return { username: a.username, role: a.role, password_hash: a.passwordHash, created_at: String(a.createdAt) };
  });
  if (accounts.length > 0) fs.writeFileSync(path.join(dir, "accounts.yaml"), stringify(accounts, { lineWidth: 0 }));
}
