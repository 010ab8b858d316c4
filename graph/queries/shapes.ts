/**
 * Cypher that reads the same over each stored form a network may be read from — the statements,
 * the aggregate rows and the pair totals (graph/queries/totals.ts tierFor) — with the form's own
 * pattern and filter put in.
 */

/**
 * Actors one link away from a frontier, in either direction, under `where`. `link(a, b)` is the
 * form's pattern from speaker `a` to target `b`. Each branch starts from the frontier's nodes (an
 * index seek), so the cost follows the neighbourhood, not the size of the graph.
 */
export const neighboursOver = (link: (a: string, b: string) => string, where: string): string => `
UNWIND $frontier AS fid
CALL (fid) {
  MATCH ${link("a:Actor {id: fid}", "b:Actor")}
  WHERE ${where}
  RETURN b.id AS id
  UNION
  MATCH ${link("a:Actor", "b:Actor {id: fid}")}
  WHERE ${where}
  RETURN a.id AS id
}
WITH DISTINCT id WHERE NOT id IN $seen
RETURN collect(id)[0..$limit] AS ids`;

/**
 * What every network query returns, after its form has summed, per (speaker `a`, target `b`),
 * count, support, oppose, mixed, neutral, intensitySum, firstDate and lastDate: one row with
 * `links`, a list per link of its ends' ids and its figures, and `actors`, a list per end of its
 * id, name, country and whether it is a person (an actor that both speaks and is spoken about
 * comes twice). graph/queries/network.ts getNetwork reads them by position into EdgeRows. The mean
 * is the intensity sum over the count: avg() rounds on the way, and a mean of exactly ±0.5 — the
 * net stance's threshold — could come out either side of it.
 *
 * Compact on purpose, since the whole network is a few thousand links: lists instead of records
 * with maps, the counts as floats (the driver gives a float as a JS number, an integer as an
 * Integer object to convert; every count is far below 2^53) and the dates as their ISO strings (a
 * Date arrives as a struct the driver turns into an object). Decoding the whole quick network of
 * 2,101 links took the client 42 ms of CPU as records of maps, integers and dates, and 9 ms as
 * lists (docs/performance.md, "Six operations and the GraphQL ratio, second round").
 *
 * Each actor's fields are read once, not once per link, and the links come unordered: the reader
 * sorts them by speaker and target id. On the quick corpus's whole network that took Neo4j's CPU
 * per query from 21.7 ms to 11.8 (docs/decisions/0031).
 */
export const EDGE_COLUMNS = `
WITH a, b, [
  a.id, b.id,
  toFloat(count), toFloat(support), toFloat(oppose), toFloat(mixed), toFloat(neutral),
  toFloat(intensitySum) / count, toString(firstDate), toString(lastDate)
] AS link
WITH collect(link) AS links, collect(DISTINCT a) AS speakers, collect(DISTINCT b) AS targets
RETURN links, [n IN speakers + targets | [n.id, n.name, n.country, n:Person]] AS actors`;
