import neo4j from "neo4j-driver";
import { read } from "../db";
import { AppError } from "../errors";
import { toNumber, toIsoDate } from "../map";
import { fold } from "../shared/fold";

export interface SearchHit {
  kind: "person" | "organization" | "document";
  id: string;
  name: string;
  matchedAlias: string | null;
  score: number;
  country: string | null;
  date: string | null;
}

/** Ranked hits from the full-text index (standard-folding: case and diacritics ignored). */
export const SEARCH = `
CALL db.index.fulltext.queryNodes('search', $lucene, {limit: $limit}) YIELD node, score
RETURN node.id AS id, coalesce(node.name, node.title) AS name, node.aliases AS aliases, node.country AS country,
  node.date AS date, CASE WHEN node:Person THEN 'person' WHEN node:Organization THEN 'organization' ELSE 'document' END AS kind,
  score
ORDER BY score DESC, name`;

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * Turns what a person typed into a safe Lucene query. Special characters become spaces (so
 * "Vukmanovic-Tempo" is two words), operators are dropped, and the words are OR-ed: hits with
 * more of them rank higher. The last word also matches as a prefix, so results arrive while typing.
 */
export function toLuceneQuery(input: string): string | null {
  const words = input
    .normalize("NFC")
    .replace(LUCENE_SPECIAL, " ")
    .split(/[\s,;]+/)
    .map((w) => w.replace(/^\.+|\.+$/g, (dots) => (w.length > dots.length && /\w\.\w/.test(w) ? dots : "")))
    .filter((w) => w.length > 0 && !/^(AND|OR|NOT|TO)$/.test(w));
  if (words.length === 0) return null;
  const last = words.length - 1;
  return words
    .map((w, i) => {
      const term = w.toLowerCase();
      const prefix = fold(term).folded;
      return i === last && /^[\p{L}\p{N}]{2,}$/u.test(prefix) ? `(${term} OR ${prefix}*)` : term;
    })
    .join(" OR ");
}

/** The alias a person most plausibly meant: the one sharing most words with the query. */
export function bestAlias(query: string, aliases: readonly string[]): string | null {
  const words = fold(query).folded.toLowerCase().split(/[\s.,;]+/).filter(Boolean);
  let best: string | null = null;
  let bestScore = 0;
  for (const alias of aliases) {
    const folded = fold(alias).folded.toLowerCase();
    const score = words.reduce((sum, w) => sum + (folded.includes(w) ? w.length : 0), 0) - alias.length / 1000;
    if (score > bestScore) {
      best = alias;
      bestScore = score;
    }
  }
  return best;
}

export const MAX_QUERY_LENGTH = 200;

export async function search(query: string, first: number): Promise<SearchHit[]> {
  if (query.length > MAX_QUERY_LENGTH) {
    throw new AppError("BAD_USER_INPUT", `The search text is longer than ${MAX_QUERY_LENGTH} characters; shorten it.`);
  }
  const lucene = toLuceneQuery(query);
  if (!lucene) return [];
  const rows = await read(SEARCH, { lucene, limit: neo4j.int(first) });
  return rows.map((r) => {
    const aliases = (r.get("aliases") as string[] | null) ?? [];
    return {
      kind: r.get("kind") as SearchHit["kind"],
      id: r.get("id") as string,
      name: r.get("name") as string,
      matchedAlias: bestAlias(query, [r.get("name") as string, ...aliases]),
      score: Math.round(toNumber(r.get("score")) * 1000) / 1000,
      country: (r.get("country") as string | null) ?? null,
      date: toIsoDate(r.get("date")),
    };
  });
}
