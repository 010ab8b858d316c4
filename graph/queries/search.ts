import neo4j from "neo4j-driver";
import type { Database } from "../db";
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

/** Edits a word may be from a name and still find it: none for short words, one, then two. */
export function typosAllowed(word: string): 0 | 1 | 2 {
  return word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0;
}

/**
 * Turns what a person typed into a safe Lucene query. Special characters become spaces (so
 * "Vukmanovic-Tempo" is two words), operators are dropped, and the words are OR-ed: hits with
 * more of them rank higher. Each word matches exactly (boosted, so exact matches rank first) or
 * with a typo or two ("Hrushchev", "Rankovich"); the last word also matches as a prefix, so
 * results arrive while typing.
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
      const folded = fold(term).folded;
      const plain = /^[\p{L}\p{N}]+$/u.test(folded);
      const alternatives = [plain ? `${term}^4` : term];
      const typos = plain ? typosAllowed(folded) : 0;
      if (typos > 0) alternatives.push(`${folded}~${typos}`);
      if (i === last && plain && folded.length >= 2) alternatives.push(`${folded}*`);
      return alternatives.length === 1 ? alternatives[0]! : `(${alternatives.join(" OR ")})`;
    })
    .join(" OR ");
}

/** Levenshtein distance, stopping early once it is beyond `limit`. */
export function editDistance(a: string, b: string, limit = 2): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The alias a person most plausibly meant: the one sharing most words with the query, a word
 * counting fully when the alias contains it and less for each typo it is away from one of the
 * alias's words ("Hrushchev" → "Khrushchev").
 */
export function bestAlias(query: string, aliases: readonly string[]): string | null {
  const words = fold(query).folded.toLowerCase().split(/[\s.,;]+/).filter(Boolean);
  let best: string | null = null;
  let bestScore = 0;
  for (const alias of aliases) {
    const folded = fold(alias).folded.toLowerCase();
    const aliasWords = folded.split(/[\s.,;-]+/).filter(Boolean);
    const score =
      words.reduce((sum, w) => {
        if (folded.includes(w)) return sum + w.length;
        const typos = typosAllowed(w);
        const nearest = Math.min(typos + 1, ...aliasWords.map((a) => editDistance(w, a, typos)));
        return nearest <= typos ? sum + w.length - 2 * nearest : sum;
      }, 0) -
      alias.length / 1000;
    if (score > bestScore) {
      best = alias;
      bestScore = score;
    }
  }
  return best;
}

export const MAX_QUERY_LENGTH = 200;

export async function search(database: Database, query: string, first: number): Promise<SearchHit[]> {
  if (query.length > MAX_QUERY_LENGTH) {
    throw new AppError("BAD_USER_INPUT", `The search text is longer than ${MAX_QUERY_LENGTH} characters; shorten it.`);
  }
  const lucene = toLuceneQuery(query);
  if (!lucene) return [];
  const rows = await database.read(SEARCH, { lucene, limit: neo4j.int(first) });
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
