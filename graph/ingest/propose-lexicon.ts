/**
 * The proposer's words (issue 16), written from the codebook (docs/annotation-guidelines.md §1–§5)
 * and ordinary English evaluative vocabulary, not from the seed's coded quotes: the measurement in
 * docs/proposer.md is of documents nobody tuned on. Stems match a word's start ("slander" matches
 * "slanderous"); weight is the codebook's intensity, 2 for accusations of treason, espionage,
 * hostility and insults or emphatic praise.
 */

export interface Cue {
  stem: string;
  weight: 1 | 2;
}

const cues = (list: string, weight: 1 | 2): Cue[] =>
  list
    .trim()
    .split(/\s+/)
    .map((stem) => ({ stem, weight }));

/** Approval, praise, trust, agreement, solidarity, defence (§4 support). */
export const POSITIVE: Cue[] = [
  ...cues(
    `agree agreement approv prais welcom satisf trust support respect appreciat correct right good friend
     sincer honest loyal valu positiv success fruitful constructive useful wise reasonabl logical commend
     admir grateful gratitude thank confiden solidar sympath cordial warm endors defend
     justif rapprochement reconcil help assist esteem favour favor`,
    1,
  ),
  ...cues(`wholehearted enthusias excellent brotherly fraternal heroic`, 2),
];

/** Criticism, accusation, distrust, condemnation, hostility, refusal (§4 oppose). */
export const NEGATIVE: Cue[] = [
  ...cues(
    `critic condemn disagree disapprov blam accus wrong mistak error incorrect bad harm damag dishonest
     distrust mistrust suspic doubt unacceptabl intoleran arrogan rude insult offens attack provoc
     interfer pressur threat danger negative unfriend cold irrespons vacillat dissatisf displeas
     complain reproach objection objected refus reject deni deny lie lying liar false distort deceiv
     manipulat propaganda nationalis revisionis chauvinis opportunis hypocri coward weak unprincipl
     anti-soviet anti-party reactionar confus abnormal unhealth improper`,
    1,
  ),
  ...cues(
    `traitor treach treason betray spy spies espionage enem hostil slander calumn fascis
     counter-revolution counterrevolution saboteur sabotag subversi murder crimin bandit
     hooligan disgrac shameful vile filth`,
    2,
  ),
];

/** Words that turn the evaluation after them (§4: "not hostile" is not hostility). */
export const NEGATORS =
  /^(?:not|no|never|nor|neither|cannot|can't|don't|doesn't|didn't|isn't|wasn't|aren't|weren't|won't|without|hardly|n't)$/i;

/** Words that soften it: a hedged evaluation is weaker and less certain. */
export const HEDGES =
  /^(?:perhaps|maybe|possibly|probably|might|may|could|seems?|seemed|apparently|somewhat|rather|slightly|partly|partially|some)$/i;

/** Words that make an evaluation emphatic (+2 / −2). */
export const INTENSIFIERS =
  /^(?:very|completely|fully|entirely|absolutely|deeply|totally|utterly|extremely|gravely|most|wholly|openly|flagrant(?:ly)?|crude(?:ly)?|great(?:ly)?)$/i;

/** Contrast between two halves of a span: praise and criticism in one span is mixed (§4). */
export const CONTRAST = /\b(?:but|however|although|though|yet|nevertheless|while)\b/i;

/**
 * A request, plea, offer or question (§1): not a stance unless its own words evaluate strongly.
 * Matched at a clause's start or after a first-person subject.
 */
export const REQUEST =
  /(?:^|\b(?:we|i)\s+(?:would\s+)?)(?:ask|request|propose|suggest|beg|invite|urge|call\s+on|appeal|offer|recommend|would\s+like)\b|^\s*(?:please|let\s+us|kindly)\b|\?\s*$/i;

/** Speech and attribution verbs (§2): the subject before them speaks. */
export const SPEECH_VERBS =
  "said|says|say|stated|states|declared|declares|told|tells|replied|replies|answered|stressed|stresses|noted|notes|" +
  "emphasi[sz]ed|emphasi[sz]es|underlined|added|remarked|asserted|insisted|claimed|claims|complained|called|accused|" +
  "criticized|criticised|praised|condemned|argued|explained|announced|repeated|objected|protested|warned|admitted|" +
  "acknowledged|expressed|considered|considers|thought|thinks|believed|believes|wrote|writes|agreed|declined|responded|spoke|" +
  "informed|assured|pointed\\s+out|went\\s+on|began|continued|observed|confirmed|denied|voiced|commented|interrupted|retorted|" +
  "interjected|supported|cursed|demanded";

/** First-person words: the document's author speaks (§2, §5 written). */
export const FIRST_PERSON_SINGULAR = /\b(?:I|me|my|mine|myself)\b/;
export const FIRST_PERSON_PLURAL = /\b(?:we|us|our|ours|ourselves)\b/i;

/** A name that reads as a body rather than a person, for "we" when the document has several authors. */
export const COLLECTIVE_NAME =
  /\b(?:party|committee|league|union|presidium|government|council|ministry|state|workers|communist|cc|cpsu|lcy|people)\b/i;
