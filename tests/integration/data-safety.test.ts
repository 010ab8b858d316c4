import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadCorpus, readValidCorpus } from "@/graph/seed";
import { exportSeed } from "@/graph/seed/export";
import { ROOT } from "@/scripts/lib/paths";
import { openTestDatabase } from "../support/database";

const database = openTestDatabase();
afterAll(() => database.close());

/** Everything an analyst could observe in the graph, as sorted text (internal ids and origin aside). */
async function fingerprint(): Promise<string[]> {
  const queries = [
    "MATCH (d:Document) RETURN d.id + '|' + d.title + '|' + toString(d.date) + '|' + d.kind + '|' + d.citation + '|' + coalesce(d.url, '') + '|' + coalesce(d.translator, '') AS line",
    "MATCH (p:Passage)-[:PART_OF]->(d) RETURN p.id + '|' + toString(p.index) + '|' + d.id + '|' + p.text AS line",
    "MATCH (p:Person) RETURN p.id + '|' + p.name + '|' + apoc.text.join(p.aliases, ';') + '|' + coalesce(p.country, '') + '|' + coalesce(toString(p.born), '') + '|' + coalesce(p.bio, '') AS line",
    "MATCH (o:Organization) RETURN o.id + '|' + o.name + '|' + apoc.text.join(o.aliases, ';') + '|' + o.kind AS line",
    "MATCH (p:Person)-[r:MEMBER_OF]->(o) RETURN p.id + '>' + o.id + '|' + r.role + '|' + coalesce(toString(r.from), '') + '|' + coalesce(toString(r.to), '') AS line",
    "MATCH (p:Passage)-[m:MENTIONS]->(a) RETURN p.id + '|' + toString(m.start) + '|' + toString(m.end) + '|' + m.surface + '|' + a.id AS line",
    `MATCH (s:Statement)-[:BY]->(a), (s)-[:ABOUT]->(b), (s)-[:IN]->(p) WHERE s.retractedAt IS NULL
     OPTIONAL MATCH (s)-[:REPORTED_BY]->(r)
     RETURN s.id + '|' + a.id + '>' + b.id + '|' + s.stance + '|' + toString(s.intensity) + '|' + s.mode + '|' + coalesce(r.id, '') + '|' + p.id + '|' + toString(s.date) + '|' + apoc.text.join(s.topics, ';') + '|' + coalesce(s.note, '') + '|' + s.quote AS line`,
    "MATCH (d:Document)-[r:WRITTEN_BY|ADDRESSED_TO]->(a) RETURN d.id + '|' + type(r) + '|' + a.id AS line",
  ];
  const lines: string[] = [];
  for (const q of queries) lines.push(...(await database.read(q)).map((r) => r.get("line") as string));
  return lines.sort();
}

describe("backup and restore of the curated data", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "stance-backup-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("exports to the seed format, and re-importing it reproduces the graph exactly", async () => {
    const before = await fingerprint();
    expect(before.length).toBeGreaterThan(500);
    const summary = await exportSeed(database, dir);
    expect(summary.statements).toBeGreaterThanOrEqual(100);

    await loadCorpus(database, readValidCorpus(dir, dir), { reset: true });
    expect(await fingerprint()).toEqual(before);

    // Leave the database as the other tests expect it: the seed corpus.
    await loadCorpus(database, readValidCorpus(path.join(ROOT, "seed"), ROOT), { reset: true });
    expect(await fingerprint()).toEqual(before);
  });
});
