import type { Database } from "../../graph/db";
import { passageId, type Corpus } from "../../graph/seed";

/**
 * The naive loader, kept only as the benchmark's baseline: one auto-commit query per entity, the
 * way a first script usually loads a graph. Never used to seed.
 */
const ONE_PERSON = "MERGE (n:Person:Actor {id: $id}) SET n.name = $name, n.aliases = $aliases, n.origin = 'seed'";
const ONE_DOCUMENT = "MERGE (d:Document {id: $id}) SET d.title = $title, d.date = date($date), d.origin = 'seed'";
const ONE_PASSAGE = "MATCH (d:Document {id: $document}) MERGE (p:Passage {id: $id}) SET p.text = $text, p.index = $index MERGE (p)-[:PART_OF]->(d)";
const ONE_STATEMENT = `
MATCH (a:Actor {id: $speaker}), (b:Actor {id: $target}), (p:Passage {id: $passage})
MERGE (s:Statement {id: $id}) SET s.quote = $quote, s.stance = $stance, s.intensity = $intensity, s.date = date($date), s.origin = 'seed'
MERGE (s)-[:BY]->(a) MERGE (s)-[:ABOUT]->(b) MERGE (s)-[:IN]->(p)`;

export async function loadPerRow(database: Database, corpus: Corpus): Promise<number> {
  const run = (cypher: string, params: Record<string, unknown>) => database.executeQuery(cypher, params);
  let entities = 0;
  for (const { value: p } of corpus.people) {
    await run(ONE_PERSON, { id: p.id, name: p.name, aliases: p.aliases });
    entities++;
  }
  const dates = new Map<string, string>();
  for (const d of corpus.documents) {
    dates.set(d.meta.id, d.meta.date);
    await run(ONE_DOCUMENT, { id: d.meta.id, title: d.meta.title, date: d.meta.date });
    entities++;
    for (const [i, text] of d.passages.entries()) {
      await run(ONE_PASSAGE, { document: d.meta.id, id: passageId(d.meta.id, i + 1), text, index: i + 1 });
      entities++;
    }
  }
  for (const { value: s } of corpus.statements) {
    await run(ONE_STATEMENT, {
      id: s.id,
      speaker: s.speaker,
      target: s.target,
      passage: passageId(s.document, s.passage),
      quote: s.quote,
      stance: s.stance,
      intensity: s.intensity,
      date: s.date ?? dates.get(s.document),
    });
    entities++;
  }
  return entities;
}
