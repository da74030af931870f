import { isKnownFirstName } from './given-names.js';
import { CUE_WORDS, PERSON_TITLES, PRONOUN_GENDER, SPEAKING_BODY_KINDS, WEAK_CUE_WORDS } from './lexicon.js';
import type { NameMention } from './name-mention.js';
import { matchAt, surnamedByThingWord } from './name-words.js';
import type { ArticlePeople, ArticlePerson } from './people.js';

/**
 * What the words around a name mention say of it: whether the name is the subject of what follows it,
 * whether the person has a title, and which pronoun reports a named speaker's words (read once per
 * article, before any quotation, for the people's genders).
 */

/** The word that ends one space before an offset (`said` in `…, said Mr Flynn`), or '' when none does. */
export function wordBefore(text: string, offset: number): string {
  if (offset < 2 || text.charCodeAt(offset - 1) !== 32) return '';
  const start = text.lastIndexOf(' ', offset - 2) + 1;
  return offset - 1 - start > 12 ? '' : text.slice(start, offset - 1);
}

const POSSESSED_BEFORE = /\b(?:its|his|her|their|our|my|your)\s+$/i;

/** Whether a name is the subject of what follows it: not possessive, and a verb comes next. */
export function actsAsSubject(text: string, mention: NameMention): boolean {
  // `Simon Hart of the Countryside Alliance has questioned`: the body a person is of stands between them and the verb.
  const personal = mention.person === 'yes' || mention.hasTitle || (mention.person === 'maybe' && mention.bare.includes(' '));
  // (`Sen. Joe Manchin (D-W.Va.), also …, said`: nor does a party's or a state's tag in brackets.)
  // (`Nancy Pelosi, D-Calif., who was speaker …, criticized`: or one set off by commas.)
  // (`the Movement for the Emancipation of the Niger Delta (MEND) said`: nor a body's initials in brackets.)
  const untagged =
    personal && text.charCodeAt(mention.end + 1) === 40 && matchAt(BRACKETED_TAG_AT, text, mention.end)
      ? BRACKETED_TAG_AT.lastIndex
      : personal && text.charCodeAt(mention.end) === COMMA_CODE && matchAt(COMMA_TAG_AT, text, mention.end)
        ? COMMA_TAG_AT.lastIndex
        : !personal && text.charCodeAt(mention.end + 1) === 40 && matchAt(BRACKETED_INITIALS_AT, text, mention.end)
          ? BRACKETED_INITIALS_AT.lastIndex
          : mention.end;
  const bodyEnd = personal && matchAt(OF_BODY_AT, text, untagged) ? OF_BODY_AT.lastIndex : personal && matchAt(OF_LOWER_BODY_AT, text, untagged) ? OF_LOWER_BODY_AT.lastIndex : untagged;
  // (`Wilbur Ross - speaking alongside Mr Mnuchin - denied`: nor an aside set off by dashes.)
  const at = personal && text.charCodeAt(bodyEnd) === 32 && matchAt(DASHED_ASIDE_AT, text, bodyEnd) ? DASHED_ASIDE_AT.lastIndex : bodyEnd;
  // `its Xbox consoles`: a name after a possessive is a thing somebody has, not who acts.
  if (POSSESSED_BEFORE.test(text.slice(Math.max(0, mention.start - 8), mention.start))) return false;
  // `…, said Mr Flynn.`, `The report was welcomed by shadow pensions secretary David Willetts.`: a speaker
  // after the cue, or the agent of a passive, acts too.
  // Read the word before the name first: most names have none of these before them, and this runs for
  // every name the pronoun search passes.
  const previous = wordBefore(text, mention.start);
  // (`Unilever said European sales fell`: a name that a plain noun follows describes it, and is no speaker.)
  if ((SPEECH_VERB_BEFORE.has(previous) && !matchAt(NOUN_AFTER_NAME_AT, text, at)) || (previous === 'to' && text.endsWith('according to ', mention.start))) return true;
  // (`Adoption is slow, acknowledges Peter Howell of the Open Space Institute.`: so does one after any other cue set
  // off after the words it reports.)
  // (`…, said the group's co-president, Sherry Leiwant.`, `The answer, says The Atlantic’s Conor Friedersdorf, is`: or
  // after such a cue and the speaker's role or title.)
  const inverted = invertedCueBefore(text, mention.start);
  if (inverted !== undefined && CUE_WORDS.has(inverted) && !WEAK_CUE_WORDS.has(inverted)) return true;
  // (`says Attorney General Eric Holder`: the cue may stand before words of a title the name leaves out.)
  if (previous !== '' && isUpperCode(previous.charCodeAt(0)) && SPEECH_VERB_THEN_TITLE.test(text.slice(Math.max(0, mention.start - 48), mention.start)) && !matchAt(NOUN_AFTER_NAME_AT, text, at)) return true;
  const by = text.lastIndexOf(' by ', mention.start);
  if (by >= 0 && by > mention.start - 60 && PASSIVE_AGENT_BEFORE.test(text.slice(Math.max(0, mention.start - 60), mention.start))) return true;
  // (`That embargo, launched by President John F. Kennedy, is not …`: not the agent of a participle's aside.)
  if (previous === 'by' && PARTICIPLE_ASIDE_BY_BEFORE.test(text.slice(Math.max(0, mention.start - 40), mention.start))) return false;
  // (`As for Mendez, he's feeling a bit better`: the one `As for` brings on is whom the sentence is about.)
  if (previous === 'for' && text.charCodeAt(mention.end) === COMMA_CODE && AS_FOR_BEFORE.test(text.slice(Math.max(0, mention.start - 10), mention.start))) return true;
  // `the PAL version of GT4 will not be ready`: a name after a preposition is its object; the verb is the
  // phrase's head's.
  if (PREPOSITIONS_BEFORE_OBJECT.has(previous) || PREPOSITIONS_BEFORE_OBJECT.has(previous.toLowerCase())) return false;
  // (`Ryan’s main point was to attack Obama as a weak president`: nor is the object of an infinitive.)
  if (previous !== '' && !isUpperCode(previous.charCodeAt(0)) && INFINITIVE_BEFORE.test(text.slice(Math.max(0, mention.start - 32), mention.start))) return false;
  // `Gardener, Darren Campbell, Marlon Devonish and Mark Lewis-Francis have all been …`: the last of a list
  // of names does not act alone.
  if (previous === 'and' && PLURAL_VERB_AT.test(text.slice(at, at + 12)) && NAME_LIST_BEFORE.test(text.slice(Math.max(0, mention.start - 40), mention.start))) return false;
  // `Adam Curry's pressing ahead`: `'s` before a verb in -ing is `is`, not a possessive.
  if (matchAt(POSSESSIVE_THEN_ING_AT, text, at)) return true;
  if (matchAt(POSSESSIVE_AT, text, at)) return false;
  // `Mr Blair has …`, `Wenger will …`: an auxiliary right after the name.
  if (matchAt(AUXILIARY_AT, text, at)) return true;
  // `JF Sallins, spokesman for Postbox said`: an apposition left open still ends at a verb of speech.
  if (matchAt(SPEAKING_SUBJECT_AT, text, at)) return true;
  // `Amor, who will captain England in …, the Dubai Sevens, which start on Thursday, was delighted`.
  if (matchAt(WHO_CLAUSE_THEN_VERB_AT, text, at)) return true;
  // `Then there's freshman congresswoman Rashida Tlaib, who …`: one a sentence brings on is who it is about.
  const there = mention.start > 9 ? text.lastIndexOf('here', mention.start) : -1;
  if (there >= 0 && there > mention.start - 48 && THERE_IS_BEFORE.test(text.slice(Math.max(0, mention.start - 48), mention.start))) return true;
  // (`… every one of the 15 sitting Senate Democrats who voted for DOMA. One is Patty Murray of Washington state.`:
  // so is one a sentence singles out of those it names.)
  if (mention.start >= 7 && ONE_IS_BEFORE.test(text.slice(Math.max(0, mention.start - 24), mention.start))) return true;
  const match = matchAt(NEXT_WORD_AT, text, at);
  const verb = match?.[1];
  if (!match || !verb || NOT_VERBS.test(verb)) return false;
  if (verb.endsWith('ed') || IRREGULAR_PAST.test(verb)) return true;
  // `Mirza, the first Indian woman to …, will now face`: an auxiliary after the apposition.
  if (/\s(?:has|had|have|will|would)\s/.test(match[0].slice(match[0].lastIndexOf(',') + 1))) return true;
  // (`Lewis, senior pastor at Middle Collegiate Church, doesn’t see`: or the verb itself one, as after a name.)
  if (AUXILIARY_WORD.test(verb)) return true;
  // `Catholic organisations, …`, `Arsenal fans were`: a plural noun ends in -s too, but is not followed as a verb is.
  if (!/[^su]s$/.test(verb)) return false;
  // (`Sandy Suisse works at a diner`: after a person's full name, a word in -s before a preposition is a verb.)
  if (mention.person === 'yes' && mention.firstName !== undefined && matchAt(PREPOSITION_AT, text, at + match[0].length)) return true;
  return !matchAt(AFTER_PLURAL_NOUN_AT, text, at + match[0].length);
}

/** ` at `, ` in `: a preposition next. */
const PREPOSITION_AT = /\s+(?:at|in|on|for|with|from|as)\s/y;

/** ` to attack `: `to` and a verb, right before a name that is its object (not ` to be `). */
const INFINITIVE_BEFORE = /\bto\s+(?!be\s)[a-z]+\s+$/;

function isUpperCode(code: number): boolean {
  return code >= 65 && code <= 90;
}

/** `doesn` (of `doesn’t`), `does`, `can`: a negated auxiliary, cut before its `’t`, or one that no clause of a thing takes. */
// (Not `is` or `were`: `The actions of … Putin, he told a news conference, were a “threat”`.)
const AUXILIARY_WORD = /^(?:(?:has|had|have|is|was|are|were|would|could|should|did|does|do)n|does|did|can|could|should|must|might|may)$/;

/** `said Mr Flynn`: a verb of speech just before a name. */
export const SPEECH_VERB_BEFORE: ReadonlySet<string> = new Set(['said', 'says', 'added', 'adds', 'told', 'asked', 'insisted', 'explained', 'warned']);

/** The cue of an attribution set off after the words it reports, that a name closes (`, acknowledges `, `” argued the group's president, `). */
function invertedCueBefore(text: string, offset: number): string | undefined {
  // (A comma, a closing quote mark or the cue's space one or more words back: most names have none of these near.)
  const before = text.slice(Math.max(0, offset - 80), offset);
  if (!/[,”"]/.test(before)) return undefined;
  return INVERTED_CUE_BEFORE.exec(before)?.[1];
}

/** `, acknowledges `, `” argued `, `, said the group's co-president, `, `, says The Atlantic’s `: a cue after the words it reports, perhaps with a role or a title, right before a name. */
const INVERTED_CUE_BEFORE = /[,”"]\s+([a-z]+)\s+(?:(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}|(?:the|a|an)\s+[^,.;:“”"]{1,60},\s+)?$/u;

/** `says Attorney General `: a verb of speech, then capitalised words of a title, right before a name. */
const SPEECH_VERB_THEN_TITLE = new RegExp(`\\b(?:${[...SPEECH_VERB_BEFORE].join('|')})\\s+(?:\\p{Lu}[\\p{L}.-]*\\s+){1,3}$`, 'u');

/** A lower-case word after a name that is not a preposition, a conjunction or a time: `European sales`. */
export const NOUN_AFTER_NAME_AT = /\s+(?!(?:of|at|in|on|to|from|with|for|and|or|but|who|whose|which|when|while|after|before|last|this|yesterday|today|earlier|later|as|in|during|that)\b)[a-z]+\b/y;

/**
 * `was welcomed by Conservative shadow pensions secretary `: the agent of a passive verb of judging (not `played by`);
 * an adverb may stand before the participle (`were also rejected by`).
 */
const PASSIVE_AGENT_BEFORE =
  /\b(?:was|were|been|is|are)\s+(?:(?:also|later|quickly|swiftly|[a-z]+ly)\s+)?(?:welcomed|criticised|criticized|attacked|praised|condemned|backed|rejected|dismissed|described|branded|hailed|questioned|challenged|supported|opposed|echoed|greeted|denied|disputed)\s+by\s+(?:[\p{L}'’-]+\s+){0,5}$/u;

/** Prepositions whose object a name right after them is (`by` and `according to` are read apart). */
// (`more nervous than Rose-Lynn Harlan has ever been`: one a comparison names is no one acting in the sentence.)
/** `, launched by `: a participle opening an aside, then `by`. */
const PARTICIPLE_ASIDE_BY_BEFORE = /,\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en)\s+by\s+$/u;
const PREPOSITIONS_BEFORE_OBJECT: ReadonlySet<string> = new Set(['of', 'in', 'with', 'from', 'at', 'on', 'about', 'against', 'into', 'over', 'under', 'between', 'among', 'than']);

/** `…, Marlon Devonish and `: a name and `and` just before another name. */
const NAME_LIST_BEFORE = /\p{Lu}[\p{L}'’-]+\s+and\s+$/u;
/** `… and Mark Lewis-Francis have`: the verb agrees with the whole list (unlike `… and Owen is confident`). */
const PLURAL_VERB_AT = /^\s+(?:have|are|were|all|both)\b/;

const POSSESSIVE_THEN_ING_AT = /['’]s\s+(?:\w+ly\s+)?\w+ing\b/y;
export const POSSESSIVE_AT = /['’]s?\b/y;

/** `As for ` opening a sentence or a paragraph. */
const AS_FOR_BEFORE = /(?:^|[.!?]\s+)As\s+for\s+$/;

/** `One is `, `Another was `, `Among them is `: a sentence's opening that singles out one of those named before. */
const ONE_IS_BEFORE = /(?:^|[.!?]\s+)(?:One(?:\s+of\s+them)?|Another|Among\s+them)\s+(?:is|was)\s+$/;

/** `there's freshman congresswoman `, `There is also `: a name brought on by `there is`, with a few lower-case words between. */
const THERE_IS_BEFORE = /\b[Tt]here(?:['’]s|\s+(?:is|was))\s+(?:also\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){0,3}$/u;

// (`Murray did not want to dwell on …`: `did` and `does` too.)
// (`Merced Cruz hasn’t seen her family`: and its negative.)
const AUXILIARY_AT = /\s+(?:(?:has|had|have|is|was|are|were|would|could|should|did|does)(?:n['’]t)?|will|won['’]t|can(?:['’]t|not)?|may|might|must)\b/y;

/**
 * A verb of speech after a name, perhaps after an apposition: `Dolphy D'Souza, president of …, says`, or a
 * long relative clause (`Steven Gerrard, who fired Liverpool into … with a brilliant goal …, insisted`).
 * (`Of Hepburn, she said`, `in India, but said`: a pronoun or a conjunction after the comma opens no apposition;
 * nor does a name of its own: `… by Secretary of State Condoleezza Rice, Bush said`.)
 */
// (`Adam DeSanctis, a spokesperson for the Mortgage Bankers Association, which has helped set guidelines …, said`:
// an apposition may close on a clause of its own about its last words.)
// (`Hans von Spakovsky, … a Justice Department lawyer under President George W. Bush, said`: an initial's full stop
// ends no apposition or clause; `A Shiite lawmaker, Hassan al-Senied who praised the bill, said`: and a `who` clause
// may follow the name with no comma; `Jamal Al Suwaidi, Director-General of the Emirates Centre …, which hosted …, said`:
// a role in capitals, of a body a `which` clause goes on about, as one after `a` or `the`.)
export const SPEAKING_SUBJECT_AT = /(?:,?\s+(?:who|whose)\s(?:[^;.!?]|(?<=\b[A-Z])\.){1,160}?|,\s+(?:(?:a|an|the)\s|[A-Z][\w-]*\s+(?:of|for|at)\s)(?:[^,;.“”"]|(?<=\b[A-Z])\.){1,80},\s+(?:which|who)\s[^,;.!?“”"]{1,120},|,(?!\s+(?:he|she|they|we|I|it|but|and|or|yet|so|which)\s)(?!\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s)?[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?\s+(?:said|says|told)\b)(?:[^,;.“”"]|(?<=\b[A-Z])\.){1,160}?,?|,)?\s+(?:has\s+|had\s+|also\s+|later\s+)?(?:said|says|told|tells|added|adds|insisted|insists|claimed|claims|explained|explains|argued|argues|warned|warns)\b/y;

/** ` noted that `, `, from Ankara University, said that `: a verb of speech reporting a clause, after a name and perhaps its role. */
const REPORTS_THAT_AT = /(?:,(?:[^,.;:!?“”"]|(?<=\b[A-Z])\.){1,80},)?\s+(?:also\s+)?(?:said|says|noted|notes|told|added|argued|argues|explained|insisted|warned|wrote|writes)\s+(?:\w+\s+){0,2}?that\s/y;

/** `, who …, was`: a relative clause of several commas after a name, then the name's own verb. */
const WHO_CLAUSE_THEN_VERB_AT = /,\s+(?:who|whose)\s[^;.!?“”"]{1,160},\s+(?:also\s+)?(?:was|is|has|had|have|will|would|[a-z]+ed)\b/y;

/** ` - speaking alongside Mr Mnuchin -`, ` — a longtime critic —`: an aside between spaced dashes after a name. */
const DASHED_ASIDE_AT = / (?:-|--|–|—) [^-–—.;:!?“”"]{1,80} (?:-|--|–|—)/y;
/**
 * `, D-Calif.,`, `, R-Texas,`: a party's tag set off by commas after a person's name, with its closing comma, so that
 * the verb comes next (`Sen. John Cornyn, R-Texas, announced that …`); up to that comma when a `who` clause follows it,
 * as after the name itself (`Nancy Pelosi, D-Calif., who was speaker …, criticized`).
 */
const COMMA_TAG_AT = /, [DRI]-[A-Z][A-Za-z.]*(?:,(?!\s+(?:who|whose)\s)|(?=,))/y;
/** ` (MEND)`, ` (NAACP)`: a body's initials in brackets after its name. */
const BRACKETED_INITIALS_AT = / \(\p{Lu}[\p{Lu}&]{1,9}\)/uy;
/** ` (D-W.Va.)`, ` (Mo.)`, ` (R)`, ` (R., Tenn.)`: a short tag in brackets after a person's name (a party and a state, in the Wall Street Journal's style, with a space between). */
const BRACKETED_TAG_AT = / \((?:[^()\s]{1,12}|[DRI]\.,\s[A-Z][A-Za-z.]{1,10}(?:\s[A-Z][A-Za-z.]{1,10})?)\)/y;

/** ` of the Countryside Alliance`, ` from Liberty`, ` in the Daily Express`, ` from the high-brow Daily Telegraph`: the body after a person's name, in capitals (not `England in Dubai`). */
// (`Dan Satterwhite of Lighthouse Church in Pendleton, Oregon, told`: and then where the body is.)
// (`Scott Rupp of the University of Alaska, Fairbanks admits`: a state university's campus goes with it.)
const OF_BODY_AT = /\s+(?:(?:of|from|at)\s+(?:the\s+)?|in\s+the\s+)(?:[a-z][a-z-]*\s+)?[A-Z][\w'’&.-]*(?:\s+(?:(?:of|for|and|&)\s+)?[A-Z][\w'’&.-]*)*(?:\s+in\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?(?:,\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)?)?(?:(?<=University\s+of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?),\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?(?=[\s,])/y;

/**
 * ` of the ministry of expatriates`, ` at the city council`: a body in lower case (and what it is of) after a person's
 * name, before the verb (`Ahmed Saleheen of the ministry of expatriates told`).
 */
const OF_LOWER_BODY_AT = new RegExp(
  String.raw`\s+(?:of|from|at)\s+the\s+(?:[a-z]+\s+)?(?:${[...SPEAKING_BODY_KINDS, 'ministry', 'department', 'council', 'office', 'commission', 'committee', 'board', 'union', 'institute', 'university', 'foundation', 'association', 'party', 'court', 'school', 'hospital', 'campaign'].join('|')})(?:\s+(?:of|for)\s+[a-z]+(?:\s+[a-z]+)?)?(?=\s+[a-z]+\b)`,
  'y',
);

/** ` on Monday`, ` Tuesday night`, ` last week`, ` yesterday`: when it happened, between a name and its verb (`Durbin last week asked`). */
const WHEN_AFTER_NAME = String.raw`(?:\s+(?:on\s+)?[A-Z][a-z]+day(?:\s+(?:morning|afternoon|evening|night))?|\s+(?:last|this|earlier\s+this)\s+(?:week|month|year|spring|summer|fall|autumn|winter)|\s+(?:yesterday|today))?`;

// (`Norman Ratcliffe, an ecologist from the Antarctic Survey in Cambridge, United Kingdom, told`: an
// apposition may end on a town and its country; `AshLee Strong, a spokeswoman for the House speaker, Paul
// Ryan, said`: or on the name of whom it is of; `Omair Sharif, a senior U.S. economist at Societe Generale,
// said`: an initial's full stop ends no apposition.)
export const NEXT_WORD_AT = new RegExp(
  String.raw`(?:,\s*\d{1,3},(?:(?:[^,.!?"“”]|(?<=\b[A-Z])\.){1,100},)?|,\s+(?:a|an|the)\s(?:[^,.!?"“”]|(?<=\b[A-Z])\.){1,80},\s+[A-Z](?:[^,.!?"“”]|(?<=\b[A-Z])\.){1,40},|,[^,]{1,100}\s(?:in|at|from|near)\s+[A-Z][^,]{0,40},\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?,|,[^,]{1,100},|,)?(?:\s+(?:himself|herself)(?:,[^,]{1,60},)?)?${WHEN_AFTER_NAME}\s+(?:also\s+|then\s+|later\s+|though\s+|however\s+|meanwhile\s+|instead\s+|too\s+|has\s+|had\s+|have\s+|will\s+|would\s+)?(?:once\s+again\s+|yet\s+again\s+|again\s+|now\s+|still\s+|already\s+|soon\s+|just\s+|perhaps\s+|never\s+|often\s+|once\s+|even\s+)?(?:[a-z]+ly\s+)?([a-z]+(?:-[a-z]+)*)\b`,
  'y',
);

/** Words after a name that end like verbs but are not (`afterwards`, `always`). */
const NOT_VERBS = /^(afterwards|towards|always|perhaps|sometimes|nevertheless|besides|unless|whereas|thus|plus|its|his|this)$/;
const IRREGULAR_PAST = /^(said|told|spent|swept|slept|dealt|withdrew|overcame|sang|rang|swam|stole|rode|forgave|shot|swung|fled|was|is|has|had|went|made|took|gave|came|got|won|lost|left|saw|felt|thought|knew|became|began|ran|spoke|wrote|met|led|hit|put|set|held|kept|sent|sat|stood|brought|bought|caught|fought|sought|taught|paid|built|found|heard|meant|read|struck|threw|grew|drew|chose|rose|fell|broke|drove|flew|forgot|hid|beat|bit|shook|swore|tore|wore|won|admitted|will|would|could|can|may|might|must|should)$/;

/** After a word in -s: what follows a plural noun rather than a verb (`Nobel economics laureate William Sharpe`: a noun, then a person's name). */
const AFTER_PLURAL_NOUN_AT = /(?:,|\s+(?!(?:on|up|in|out|off|over|to|at|with|for|by|down|back|away|the|a|an|his|her|its|their)\s)[a-z][a-z-]*\s+[A-Z][a-z]+\s+[A-Z][a-z]+|\s+(?:of|in|for|from|with|and|or|at|on|were|are|have|had|will|would|who|which|fell|rose|grew|jumped|dropped|slipped|climbed|dipped|slumped|soared|increased|declined|doubled|halved|improved|recovered|surged|tumbled|plunged|edged)\b)/y;

/** `Dr Vancheshwar`: someone the article gives a title is a person, whatever the name. */
export function hasTitle(person: ArticlePerson): boolean {
  // `St Mary's`, `Lord Chief Justice`: a saint's name is a place's, and an office is no name.
  if (PERSON_TITLES.has(person.name.toLowerCase())) return false;
  for (const mention of person.mentions) if (mention.hasTitle && HONORIFIC.test(mention.text)) return true;
  return false;
}

// (`Vice President Pence`: an office's `Vice` before its title.)
const HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Prof|Professor|Gen|Col|Capt|Rev|(?:Vice\s+)?President|Senator|Sen|Governor|Gov|Rep|Mayor)\b/;

/**
 * `Safin said he was trying to keep his temper`: the pronoun that reports what a named speaker said is
 * that speaker, which shows both that the name is a person's and which pronoun stands for them later.
 */
export function notePronounsAfterSpeech(paragraphs: readonly string[], mentionsByParagraph: NameMention[][], people: ArticlePeople): void {
  // Each person's pronouns are counted over the whole article before a gender is given: `Bobby says she does
  // it all` is about his wife, as `Bobby … was pursuing his own course` shows.
  const votes = new Map<ArticlePerson, { m: number; f: number }>();
  const vote = (person: ArticlePerson, gender: 'm' | 'f', weight: number): void => {
    const counted = votes.get(person) ?? { m: 0, f: 0 };
    counted[gender] += weight;
    votes.set(person, counted);
  };
  mentionsByParagraph.forEach((mentions, paragraph) => {
    const text = paragraphs[paragraph] as string;
    for (const mention of mentions) {
      if (mention.inQuote) continue;
      if (mention.person === 'no') {
        thingSurnamedPerson(text, mention, people, vote);
        continue;
      }
      // (`Bobby, meanwhile, was pursuing his own course`, `Smith and his wife`: a possessive of one's own, or of
      // a spouse, in the name's own clause is the name's, and outweighs a pronoun after speech.)
      const own = matchAt(OWN_POSSESSIVE_AT, text, mention.end)?.[1];
      if (own !== undefined && !PRONOUN_GENDER.has(mention.bare.toLowerCase())) {
        // (A first name alone is mostly still set aside until read as a speaker: the possessive claims it now.)
        const owner = people.byMention.get(mention) ?? (mention.person === 'yes' || mention.bare.includes(' ') || isKnownFirstName(mention.bare) ? people.add(mention) : undefined);
        if (owner && owner.person !== 'no') {
          vote(owner, own.toLowerCase() === 'her' ? 'f' : 'm', 2);
          // (`Smith prayed each night with his wife Barbara`: one with a wife, a husband or something of their own is a person.)
          if (owner.person === 'maybe') owner.person = 'yes';
        }
      }
      // (`Mustafa Adyin noted that …`: a full name no list knows that reports speech is a person's.)
      if (mention.person === 'maybe' && mention.bare.includes(' ') && !PREPOSITIONS_BEFORE_OBJECT.has(wordBefore(text, mention.start)) && matchAt(REPORTS_THAT_AT, text, mention.end)) {
        const speaker = people.byMention.get(mention) ?? people.add(mention);
        if (speaker.person === 'maybe') speaker.person = 'yes';
      }
      // (`The migrant worker from Guatemala says he …`: a name after a preposition is no subject, and not `he`.)
      const pronoun = PREPOSITIONS_BEFORE_OBJECT.has(wordBefore(text, mention.start)) ? undefined : matchAt(SPEECH_THEN_PRONOUN_AT, text, mention.end)?.[1];
      // `Malgorzata Kujda, Jarek's younger sister, …`: a full name whose apposition is a kin word (or a gendered
      // role) is a person's, of that word's gender, however unfamiliar the first name.
      const apposition = pronoun === undefined && text.charCodeAt(mention.end) === COMMA_CODE && mention.bare.includes(' ') ? matchAt(GENDERED_APPOSITION_AT, text, mention.end) : null;
      const gendered = apposition?.[1];
      // (`Cristian Gonzalez, an immigrant from Mexico, is a stay-at-home mother`, `Attallah Shabazz, the daughter of
      // activist Malcolm X`: what the name is, said outright, outweighs what a first name's list says; not an
      // apposition about kin, `John McCain, whose wife …`.)
      const isGendered = apposition
        ? /^,\s+(?:the|a|an)\s/.test(apposition[0])
          ? gendered
          : undefined
        : pronoun === undefined && mention.bare.includes(' ')
          ? matchAt(GENDERED_AFTER_COPULA_AT, text, mention.end)?.[1]
          : undefined;
      // `JF Sullivan, spokesman for Sendmail, said many …`: a full name that speaks is a person's.
      // (Also after the cue: `… the real solution is to cut wages, says Helmut Schneider, director of …`.)
      // (`Malik said …` after `former MPA Faiza Malik`: a surname alone speaks for the full name it is tied to.)
      // (Not `Katya Malofeeva of Renaissance Capital, an investment bank, said`: the body a speaker is of.)
      // (`Olumide Adeyemi is the director of the Center for Policy.`: so is one whose role follows `is`.)
      const speaks =
        pronoun === undefined &&
        mention.person === 'maybe' &&
        !PREPOSITIONS_BEFORE_OBJECT.has(wordBefore(text, mention.start)) &&
        (mention.bare.includes(' ') || (people.byMention.get(mention)?.name.includes(' ') ?? false)) &&
        (matchAt(SPEAKING_SUBJECT_AT, text, mention.end) !== null ||
          (SPEECH_VERB_BEFORE.has(wordBefore(text, mention.start)) && !matchAt(NOUN_AFTER_NAME_AT, text, mention.end)) ||
          // (`according to H. David Rosenbloom, an attorney at Caplin & Drysdale`: one a report is sourced to, with a role.)
          (text.endsWith('according to ', mention.start) && text.charCodeAt(mention.end) === COMMA_CODE && matchAt(ROLE_APPOSITION_AT, text, mention.end) !== null) ||
          (mention.bare.includes(' ') && matchAt(ROLE_AFTER_COPULA_AT, text, mention.end) !== null));
      if (pronoun === undefined && !speaks && gendered === undefined && isGendered === undefined) continue;
      // A sentence-initial `She said she …` is a pronoun, whatever its capital says.
      if (PRONOUN_GENDER.has(mention.bare.toLowerCase())) continue;
      // `The Russian added that he …`, `the outgoing European Commissioner said`: capitalised words after
      // `the` describe someone rather than name them.
      if (THE_BEFORE.test(text.slice(Math.max(0, mention.start - 24), mention.start))) continue;
      const person = people.add(mention);
      if (person.person === 'maybe') person.person = 'yes';
      if (pronoun !== undefined) vote(person, PRONOUN_GENDER.get(pronoun.toLowerCase()) === 'f' ? 'f' : 'm', 1);
      if (gendered !== undefined) person.gender ??= FEMALE_APPOSITION_WORD.test(gendered) ? 'f' : 'm';
      if (isGendered !== undefined) person.gender = FEMALE_APPOSITION_WORD.test(isGendered) ? 'f' : 'm';
    }
  });
  for (const [person, { m, f }] of votes) if (m !== f) person.gender ??= m > f ? 'm' : 'f';
}

/**
 * `Kanye West asked people working on his new album`, `West said he`, `Frank Ocean, 31,`, `Ama Bridge, his wife,`:
 * a name the scan took for a body's by the thing's word in its surname's place (see `surnamedByThingWord`) is a
 * person's when the article gives it a person's pronoun in its own clause, an age or a word for kin.
 */
function thingSurnamedPerson(text: string, mention: NameMention, people: ArticlePeople, vote: (person: ArticlePerson, gender: 'm' | 'f', weight: number) => void): void {
  const named = people.byMention.get(mention);
  if (named?.person !== 'no' || !surnamedByThingWord(named.name)) return;
  // (Only a name that opens its clause: `going to Disney World with his friends`, `the Haqqani Network founded by his
  // father` are no one's who acts.)
  const opensClause = CLAUSE_OPENS_BEFORE.test(text.slice(Math.max(0, mention.start - 8), mention.start));
  const pronoun = opensClause ? (matchAt(SPEECH_THEN_PRONOUN_AT, text, mention.end)?.[1] ?? matchAt(CLAUSE_POSSESSIVE_AT, text, mention.end)?.[1]) : undefined;
  const kin = matchAt(GENDERED_APPOSITION_AT, text, mention.end)?.[1];
  if (pronoun === undefined && kin === undefined && !matchAt(AGE_SET_OFF_AT, text, mention.end)) return;
  named.person = 'yes';
  if (pronoun !== undefined) vote(named, /^(?:he|his)$/i.test(pronoun) ? 'm' : 'f', 1);
  if (kin !== undefined) named.gender ??= FEMALE_APPOSITION_WORD.test(kin) ? 'f' : 'm';
}

/** `, 31,`: an age set off after a name. */
const AGE_SET_OFF_AT = /,\s\d{1,3},/y;

/** Where a clause opens: the paragraph's start, a sentence's end, or a conjunction or `that` in lower case. */
const CLAUSE_OPENS_BEFORE = /(?:^|[.!?]["”’]?\s+|\b(?:that|and|but|when|after|while|as|because)\s+)$/;

/** ` asked people working on his`, ` had tweeted to her`: the name's clause going on, in lower case, to a possessive. */
const CLAUSE_POSSESSIVE_AT = /\s+(?:(?!(?:that|who|whom|which|when|after|before|because|and|but|or|if|as|while|where|than|said|says|told)\s)[a-z]+\s+){1,5}?(his|her)\s/y;

/** `senior benefit officer`'s `officer`, `chief`, `attorney`: the last word of a person's role (not `for`, `over` or `whether`). */
const ROLE_WORD = String.raw`(?:(?!(?:for|over|under|after|other|either|neither|whether|never|ever|better|longer|together)\b)[a-z-]{2,}(?:er|or|ist|ian|man|woman|person)|chief|head|agent|analyst|economist|attorney)`;
/** ` is senior benefit officer`, ` was a spokesman`: a word for a person's role after `is`. */
export const ROLE_AFTER_COPULA_AT = new RegExp(String.raw`\s+(?:is|was)\s+(?:(?:a|an|the)\s+)?(?:(?![a-z]+ing\s)[a-z-]+\s+){0,3}${ROLE_WORD}\b`, 'y');

/** `, meanwhile, was pursuing his own`, ` and his wife`: the name's clause going on, in lower case, to a possessive of its own. */
const OWN_POSSESSIVE_AT = /(?:,\s+[a-z]+,)?\s+(?:[a-z]+\s+){1,6}?(his|her)\s+(?:own|wife|husband)\b/y;

/**
 * A verb of speech or thought right after a name (or its apposition), then `he` or `she`: `Safin said he
 * was`, `Federer admitted she`, `Michelle, a mother of twins, said she`…
 */
// (`Hamilton is confident that he is well-placed`, `Smith hopes he will`: a hope or a certainty about oneself
// names whom the pronoun stands for as much as speech does.)
const SPEECH_THEN_PRONOUN_AT =
  /(?:,\s+(?:a|an|the|his|her)\s[^,;.“”"]{1,60},)?\s+(?:has\s+|had\s+|also\s+|later\s+)?(?:said|says|admitted|admits|added|adds|insisted|insists|claimed|claims|explained|argued|warned|conceded|believes|believed|thinks|thought|felt|feels|hopes|hoped|expects|expected|fears|feared|knows|knew|(?:is|was)\s+(?:still\s+|now\s+|also\s+)?(?:confident|hopeful|sure|convinced|adamant|certain|determined|aware)|told\s+[^,.;"“”]{1,40}?)\s+(?:that\s+)?(he|she)\b/y;

const COMMA_CODE = 44;
/** `, an attorney at`, `, a professor of`: an apposition that gives a person's role. */
const ROLE_APPOSITION_AT = new RegExp(String.raw`,\s+(?:a|an|the)\s+(?:(?![a-z]+ing\s)[a-z-]+\s+){0,3}${ROLE_WORD}\b`, 'y');
/**
 * `, Jarek's younger sister`, `, his wife`, `, the band's drummer and her brother`: a kin word in the apposition
 * after a name; or a role word with a gender (`, a spokeswoman for the House speaker`).
 */
const GENDERED_APPOSITION_AT =
  /,\s+(?:(?:the|a|an|his|her|their|\p{Lu}[\p{L}'’-]*['’]s?)\s+)?(?:[\p{Ll}-]+\s+){0,2}(sister|daughter|wife|mother|girlfriend|widow|aunt|niece|granddaughter|grandmother|fiancee|brother|son|husband|father|boyfriend|widower|uncle|nephew|grandson|grandfather|fiance|spokeswoman|congresswoman|chairwoman|businesswoman|councilwoman|actress|spokesman|congressman|businessman|councilman)\b/uy;
/** `, an illegal immigrant from Mexico, is a stay-at-home mother`: a kin word or a gendered role after `is`, perhaps past an apposition. */
const GENDERED_AFTER_COPULA_AT =
  /(?:,[^,;.“”"]{1,80},)?\s+(?:is|was)\s+(?:a|an|the|his|her|their)\s+(?:[\p{Ll}-]+\s+){0,2}(sister|daughter|wife|mother|widow|aunt|niece|granddaughter|grandmother|brother|son|husband|father|widower|uncle|nephew|grandson|grandfather|spokeswoman|congresswoman|chairwoman|businesswoman|councilwoman|actress|spokesman|congressman|businessman|councilman)\b/uy;
const FEMALE_APPOSITION_WORD = /^(?:sister|daughter|wife|mother|girlfriend|widow|aunt|niece|granddaughter|grandmother|fiancee|spokeswoman|congresswoman|chairwoman|businesswoman|councilwoman|actress)$/;

/** `the` (perhaps with an adjective) just before a position: `the outgoing European Commissioner`. */
const THE_BEFORE = /\b[Tt]he\s+(?:\p{Ll}+\s+)?$/u;
