import type { CountryCollective, FoundActor, ImportedMention, ProposerInput } from "./types";

/**
 * Descriptions of a country's leadership or state (codebook §3: "a person when a named person is
 * meant; otherwise the collective meant: the party or leadership, or the state"): a demonym with a
 * group noun, "the Yugoslav comrades", "the Soviet leaders", "the Albanian leadership", or the
 * plural demonym alone, "the Yugoslavs", is the country's ruling party, as the registries' kinds
 * and countries say; "the Hungarian government", "the Polish people" is the state. Found as
 * mentions of those actors, so that they are speakers and targets like names, never the last
 * person named. Only what the registries hold: a country with no party or state there has none.
 */

/** English demonyms of the countries the registries may name: adjective and plural noun. */
const DEMONYMS: Record<string, { adjective: string[]; plural: string[] }> = {
  "Soviet Union": { adjective: ["Soviet", "Russian"], plural: ["Soviets", "Russians"] },
  Yugoslavia: { adjective: ["Yugoslav", "Yugoslavian"], plural: ["Yugoslavs", "Yugoslavians"] },
  Albania: { adjective: ["Albanian"], plural: ["Albanians"] },
  Hungary: { adjective: ["Hungarian"], plural: ["Hungarians"] },
  Bulgaria: { adjective: ["Bulgarian"], plural: ["Bulgarians"] },
  Poland: { adjective: ["Polish"], plural: ["Poles"] },
  Romania: { adjective: ["Romanian", "Rumanian"], plural: ["Romanians", "Rumanians"] },
  Czechoslovakia: { adjective: ["Czechoslovak", "Czechoslovakian"], plural: ["Czechoslovaks"] },
  China: { adjective: ["Chinese"], plural: [] },
  Italy: { adjective: ["Italian"], plural: ["Italians"] },
  France: { adjective: ["French"], plural: [] },
  Norway: { adjective: ["Norwegian"], plural: ["Norwegians"] },
  "East Germany": { adjective: ["East German"], plural: ["East Germans"] },
  India: { adjective: ["Indian"], plural: ["Indians"] },
  "United States": { adjective: ["American"], plural: ["Americans"] },
  "United Kingdom": { adjective: ["British"], plural: [] },
  Greece: { adjective: ["Greek"], plural: ["Greeks"] },
  Turkey: { adjective: ["Turkish"], plural: ["Turks"] },
};

/** Group nouns that mean the leadership (the party) or the state. */
const LEADERSHIP = "comrades|leaders|leadership|communists|party\\s+leaders|friends|delegation|side";
const STATE = "government|authorities|state|people";

interface Pattern {
  re: RegExp;
  actor: FoundActor;
}

function patternsOf(collectives: CountryCollective[]): Pattern[] {
  const patterns: Pattern[] = [];
  for (const [country, { adjective, plural }] of Object.entries(DEMONYMS)) {
    const party = collectives.find((c) => c.country === country && c.kind === "party")?.actor;
    const state = collectives.find((c) => c.country === country && c.kind === "state")?.actor;
    const adjectives = adjective.join("|");
    if (party) {
      patterns.push({ re: new RegExp(`\\b(?:${adjectives})\\s+(?:${LEADERSHIP})\\b`, "g"), actor: party });
      if (plural.length > 0) patterns.push({ re: new RegExp(`\\bthe\\s+(?:${plural.join("|")})\\b`, "gi"), actor: party });
    }
    if (state) patterns.push({ re: new RegExp(`\\b(?:${adjectives})\\s+(?:${STATE})\\b`, "g"), actor: state });
  }
  return patterns;
}

/** The descriptions in the passages that no name found already covers, as mentions. */
export function descriptionMentions(input: ProposerInput): ImportedMention[] {
  if (!input.collectives || input.collectives.length === 0) return [];
  const patterns = patternsOf(input.collectives);
  const found: ImportedMention[] = [];
  for (const passage of input.passages) {
    const named = input.mentions.filter((m) => m.passage === passage.n);
    for (const { re, actor } of patterns) {
      re.lastIndex = 0;
      for (let m = re.exec(passage.text); m; m = re.exec(passage.text)) {
        const start = m.index + (m[0].toLowerCase().startsWith("the ") ? 4 : 0);
        const end = m.index + m[0].length;
        if ([...named, ...found].some((n) => n.passage === passage.n && n.start < end && start < n.end)) continue;
        found.push({ passage: passage.n, start, end, text: passage.text.slice(start, end), actor });
      }
    }
  }
  return found.sort((a, b) => a.passage - b.passage || a.start - b.start);
}

/** The registries' parties and states with a country: what `descriptionMentions` resolves to. */
export function collectivesOf(
  organizations: { id: string; name: string; kind?: string | null; country?: string | null }[],
): CountryCollective[] {
  return organizations.flatMap((o) =>
    (o.kind === "party" || o.kind === "state") && o.country
      ? [{ actor: { id: o.id, name: o.name }, kind: o.kind, country: o.country }]
      : [],
  );
}
