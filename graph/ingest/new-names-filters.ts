import nlp from "compromise";

/**
 * Capitalised runs the tagger offers as names that name no person, body or state (decision 0020):
 * - a lone word that compromise's lexicon knows, in lower case, as a function word, verb, adverb,
 *   adjective, demonym or date ("After", "Thus", "Western", "January"): capitalised only by its place;
 * - doctrines and their followers ("Marxism-Leninism", "Leninists"): terms of art, not actors;
 * - a demonym alone or with a group noun ("Yugoslavs", "Polish Communists"): a description, which
 *   the proposer resolves to the country's party or state (propose-descriptions.ts), not a name;
 * - meetings and texts ("Fifth Congress", "CC Plenum", "Tirana Party Conference"), and a name used
 *   before such a noun ("the Cominform resolution"): an event or a document, not an actor;
 * - regions and places by their head word ("Balkans", "Akmolinskaya Oblast", "Ura Vajgurore
 *   Airfield"); countries are states and stay (codebook §3), cities the tagger knows already go.
 */

/** Lexicon tags of words no name is (compromise's own lexicon, not its guesses from a suffix). */
const NOT_NAME_TAGS = new Set(
  (
    "Preposition Conjunction Determiner PresentTense PastTense Infinitive Gerund Copula Modal Adverb Adjective " +
    "QuestionWord Negative Possessive Pronoun Month WeekDay Date Demonym Uncountable"
  ).split(" "),
);

const LEXICON = (nlp as unknown as { model: () => { one: { lexicon: Record<string, string | string[]> } } }).model().one
  .lexicon;

/** A lone capitalised word that compromise's lexicon knows, in lower case, as a word of a kind no name is. */
const isCommonWord = (word: string) => {
  const entry = LEXICON[word.toLowerCase()];
  const tags = entry === undefined ? [] : Array.isArray(entry) ? entry : [entry];
  return tags.some((t) => NOT_NAME_TAGS.has(t));
};

const DOCTRINE = /^(?:\p{L}+(?:ism|isms|ist|ists)(?:-|$))+$/u;

/** English demonyms, singular adjective and plural noun, of the countries these texts name. */
const DEMONYMS = new Set(
  (
    "Soviet Soviets Russian Russians Yugoslav Yugoslavs Yugoslavian Albanian Albanians Hungarian Hungarians Bulgarian " +
    "Bulgarians Polish Poles Romanian Romanians Rumanian Rumanians Czechoslovak Czech Czechs Slovak Chinese Italian " +
    "Italians French Norwegian Norwegians German Germans Indian Indians American Americans British Greek Greeks " +
    "Turkish Turks Western Eastern Soviet-Yugoslav"
  ).split(" "),
);
const GROUP_NOUNS = new Set("Communists Comrades Leaders Leadership Friends People Peoples Side Socialists".split(" "));

const EVENT_HEADS = new Set("Plenum Conference Congresses Resolution Declaration Session Sessions Meeting Speech".split(" "));
const ORDINAL = /^(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|Thirteenth|Fourteenth|Fifteenth|Sixteenth|Seventeenth|Eighteenth|Nineteenth|Twentieth|Twenty-\p{L}+|\d+(?:st|nd|rd|th))$/u;
/** Lower-case nouns a name stands before as a modifier of an event or a text: "the Cominform resolution". */
const MODIFIED =
  /^(?:resolution|resolutions|declaration|conference|plenum|congress|letter|letters|memorandum|speech|report|communiqué|communique|line|period|question|affair|crisis|events?|press|policy|case|decision|decisions)$/;

const REGIONS = new Set(
  "Balkans Balkan Kosovo Kosova Vojvodina Macedonia Trieste Istria Dalmatia Carinthia Transylvania Bessarabia Silesia Europe Asia Africa Mediterranean Adriatic Baltic Danube".split(
    " ",
  ),
);
const PLACE_HEADS = new Set(
  "Oblast Krai Raion Airfield Airport Island Islands River Sea Mountains Valley Canal Bay Province District Square Street Harbour Harbor Port".split(
    " ",
  ),
);

/** Why a capitalised run (its words, and the word after it) is no name, or null when it may be one. */
export function notAName(words: string[], next: string | undefined): string | null {
  if (words.length === 0) return "empty";
  const last = words.at(-1)!;
  if (words.length === 1 && isCommonWord(words[0]!)) return "a common word";
  if (words.every((w) => DOCTRINE.test(w) || GROUP_NOUNS.has(w))) return "a doctrine";
  if (DEMONYMS.has(words[0]!) && words.slice(1).every((w) => GROUP_NOUNS.has(w) || DOCTRINE.test(w))) return "a description";
  if (EVENT_HEADS.has(last) || ORDINAL.test(words[0]!)) return "an event or a text";
  if (next !== undefined && MODIFIED.test(next)) return "the modifier of an event or a text";
  if (words.every((w) => REGIONS.has(w)) || PLACE_HEADS.has(last)) return "a place";
  return null;
}
