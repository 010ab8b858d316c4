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
 * What every network query returns per (speaker, target), after its form has summed count,
 * support, oppose, mixed, neutral, intensitySum, firstDate and lastDate. The mean is the intensity
 * sum over the count: avg() rounds on the way, and a mean of exactly ±0.5 — the net stance's
 * threshold — could come out either side of it.
 */
export const EDGE_COLUMNS = `
RETURN
  a { .id, .name, .country, person: a:Person } AS source,
  b { .id, .name, .country, person: b:Person } AS target,
  count, support, oppose, mixed, neutral, toFloat(intensitySum) / count AS meanIntensity, firstDate, lastDate
ORDER BY source.id, target.id`;
