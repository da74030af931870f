import { pinyinSyllables } from '../pinyin.js';
import { ACRONYM, anyWordIn, bareWord, COMMA, COMPOUND, type Span, type Token, VERB_FORM, WEEKDAYS, wordsOf } from './capitalised-runs.js';
import type { Gazetteer, GazetteerPlace } from './gazetteer.js';
import type { ArticleContext, RawMention } from './mention.js';
import { foldName } from './names.js';
import { isNationOrState, isWidelyKnown } from './place-kinds.js';
import { LANDMARK_WORDS, NOT_PLACE_WORDS, ORGANISATION_WORDS, PERSON_TITLES, PLACE_MODIFIERS, PLACE_SUFFIXES } from './words.js';

/**
 * People's names and the titles before them: which runs name a person (`Lleyton Hewitt`, `Mr. Paris`), the
 * words of an article's people that keep a later bare `Paris` out of its places, and the titles of office a
 * place may stand in (`Georgia Rep. John Lewis`, `South Bend, Ind., Mayor Pete Buttigieg`). Apart from the
 * place rules, which only ask it whether a run is a person's or where a title starts.
 */

/** `pro-`, `anti-` right before a name. */
export const STANCE_BEFORE = /(?:^|[^\p{L}])(?:pro|anti|Pro|Anti)-$/u;

/**
 * `a Virginia Republican`, `Virginia Democrat Mark Warner`: a party's member, named by a place that may be a
 * given name too (and perhaps the member's name after), no person's name itself.
 */
function isPartyMember(words: string[]): boolean {
  return PARTY_PEOPLE.has(words[1] as string);
}

/** Members of a party, who may be named by the place they come from (`an Iowa Republican`). */
// (`the South Carolina Democratic primary`: and the party's adjective before a lower-case noun.)
// (`the Vermont Independent senator`: or an independent, in a title-cased word.)
export const PARTY_PEOPLE: ReadonlySet<string> = new Set(['Republican', 'Republicans', 'Democrat', 'Democrats', 'Democratic', 'Independent', 'Tory', 'Tories', 'Conservatives', 'Liberals']);

/** Conjunctions that open a sentence before a name (`As Emily Feng reports`; not `The`, which opens names). */
const CONJUNCTION_OPENING = /^(?:As|But|And|While|When|Because|If|Then|So|Yet|Although|Though|Since|Whether|Where)$/;
/** Adverbs that open a sentence and are given names in the lists too (`Even`, Norwegian). */
const ADVERB_OPENING = /^(?:Even|Only|Just|Still|Now|Soon|Already|Also)$/;

/** Whether a word after the first is in capitals, three letters or more (`COVID`, `NASA`). */
function hasAcronymAfterFirst(words: readonly string[]): boolean {
  for (let index = 1; index < words.length; index++) if (ACRONYM.test(words[index] as string)) return true;
  return false;
}

/** `the ` right before a capitalised run. */
const THE_BEFORE_RUN = /(?:^|\s)[Tt]he\s$/;

/** Remember the words of people's names, so that `Mr. Paris` keeps a later bare `Paris` out of the places. */
export function notePerson(span: Span, text: string, gazetteer: Gazetteer, context: ArticleContext): void {
  // A lone word is no one's name here (a title needs a name after it): most runs are one word long. But a
  // given name that speaks as feature writing has people speak (`says Nadia`, `Nadia says`) is a person's
  // (and the district of Nadia, West Bengal, is no place of the article's).
  if (span.tokens.length < 2) {
    const token = span.tokens[0] as Token;
    if (gazetteer.isFirstName(token.word) && speaksAsPerson(text, token) && !gazetteer.lookup(token.word).some(isNationOrState)) context.personWords.add(token.word);
    return;
  }
  let words = wordsOf(span.tokens);
  // (`As Emily Feng reports`: a word that opens the sentence is no part of the name; nor is `Even` in
  // `Even Israel's closest allies`, before a nation's or a state's name.)
  if (words.length > 2 && CONJUNCTION_OPENING.test(words[0] as string)) words = words.slice(1);
  if (words.length === 2 && ADVERB_OPENING.test(words[0] as string) && gazetteer.lookup(words[1] as string).some(isNationOrState)) return;
  let titleAt = -1;
  for (let index = 0; index < words.length && titleAt < 0; index++) if (isTitleOrInitial(words[index] as string)) titleAt = index;
  // The person's name runs from `nameFrom` to the end of the run; -1 when the run names nobody.
  let nameFrom = -1;
  if (titleAt >= 0 && titleAt < words.length - 1) nameFrom = titleAt + 1;
  else if (
    !PLACE_MODIFIERS.has(words[0] as string) &&
    !PLACE_SUFFIXES.has(words[words.length - 1] as string) &&
    gazetteer.isFirstName(words[0] as string) &&
    namesNoTownHere(text, span, gazetteer.lookup(words.join(' '))) &&
    !anyWordIn(words, ORGANISATION_WORDS) &&
    !anyWordIn(words, LANDMARK_WORDS) &&
    !isPartyMember(words) &&
    // (`Florida COVID positive cases`: a word in capitals after the given name is no surname.)
    !hasAcronymAfterFirst(words) &&
    // (`a big win in Washington Saturday`: nor is a weekday.)
    !WEEKDAYS.has(words[words.length - 1] as string) &&
    // (`the Florida Keys`: nor is a run after `the` a person's name, with no title.)
    !THE_BEFORE_RUN.test(text.slice(Math.max(0, (span.tokens[0] as Token).start - 4), (span.tokens[0] as Token).start)) &&
    // (`the global anti-Israel Boycotts, Divestment and Sanctions movement`: nor one a stance is taken against or for.)
    !STANCE_BEFORE.test(text.slice(Math.max(0, (span.tokens[0] as Token).start - 5), (span.tokens[0] as Token).start))
  ) {
    nameFrom = 0;
  }
  // (`Ecuadorian president Lenin Moreno`: two or three capitalised words right after a person's role in lower
  // case are a name, though the given name is a village somewhere and the surname a town.)
  if (nameFrom < 0 && words.length <= 3 && ROLE_BEFORE_NAME.test(text.slice(Math.max(0, (span.tokens[0] as Token).start - 16), (span.tokens[0] as Token).start)) && !anyWordIn(words, ORGANISATION_WORDS)) {
    nameFrom = 0;
  }
  // `Wei Wenhua`, `Bie Bixiong`: a Chinese name, family name first, whose given name is one or two syllables
  // of pinyin; the family name alone (`Wei, 41, was …`) is then no town (Weifang, Bíe).
  if (
    nameFrom < 0 &&
    words.length === 2 &&
    pinyinSyllables(words[0] as string) === 1 &&
    pinyinSyllables(words[1] as string) === 2 &&
    !gazetteer.lookup(words[1] as string).some(isWidelyKnown)
  ) {
    nameFrom = 0;
  }
  // (`Des Moines Register Iowa Poll`: a given name opening a run of five words opens a body's name, whose
  // words, `Iowa` among them, are no person's.)
  if (nameFrom >= 0) {
    if (words.length - nameFrom > 4) return;
    for (let index = nameFrom; index < words.length; index++) {
      const word = words[index] as string;
      if (!PERSON_TITLES.has(word)) context.personWords.add(word);
    }
    return;
  }
  // `Browns DL Sheldon Richardson`: a given name and a surname that end a longer run (a team, a
  // position) name the person, whose surname alone (`Richardson wants …`) is theirs elsewhere too.
  // (Not `Operation Free Sinjar`: a run with an organisation's or an event's word names no one.)
  if (words.length > 2 && !anyWordIn(words, ORGANISATION_WORDS)) {
    const given = words[words.length - 2] as string;
    const surname = words[words.length - 1] as string;
    if (gazetteer.isFirstName(given) && !PLACE_MODIFIERS.has(given) && !ORGANISATION_WORDS.has(surname) && !PLACE_SUFFIXES.has(surname) && !gazetteer.lookup(given).some(isWidelyKnown) && gazetteer.lookup(`${given} ${surname}`).length === 0 && !gazetteer.lookup(surname).some(isNationOrState)) {
      context.personWords.add(surname);
    }
  }
  // `Dzhokhar Tsarnaev`: a given name that is a place only by another of its names (Grozny's, once), before a
  // surname that is no place, is the person's, alone too (`both Dzhokhar and Tamerlan`).
  if (words.length === 2 && gazetteer.lookup(words[1] as string).length === 0 && !ORGANISATION_WORDS.has(words[1] as string) && !PLACE_SUFFIXES.has(words[1] as string)) {
    const places = gazetteer.lookup(words[0] as string);
    if (places.length > 0 && places.every((place) => place.kind === 'city' && foldName(place.name) !== foldName(words[0] as string))) context.personWords.add(words[0] as string);
  }
  // `Lleyton Hewitt`, `Abdul Karim Baras`: two or three capitalised words that are not a known name,
  // ending in a word the gazetteer knows, are a person more often than not: keep that surname out.
  if (words.length > 3) return;
  const surname = words[words.length - 1] as string;
  if (ORGANISATION_WORDS.has(surname) || PLACE_SUFFIXES.has(surname)) return;
  // Cheapest test first: most surnames are no place at all, and then there is nothing to protect.
  const surnamePlaces = gazetteer.lookup(surname);
  if (surnamePlaces.length === 0) return;
  // Nor is a country, a nation or a state (`Alcohol Focus Scotland`, `UKIP Scotland`) anyone's surname here,
  // nor a well-known city by its own name (`the group Hydrate Detroit`; but `MC Kano` is a rapper).
  const cityOfTheName = !/^[A-Z]+$/.test(words[0] as string) && surnamePlaces.some((place) => isWidelyKnown(place) && place.name === surname);
  if (cityOfTheName || surnamePlaces.some(isNationOrState)) return;
  // `Entering Westminster, he …`, `In-form Leicester centre`: a verb's form or a compound's word is no given name.
  if ((VERB_FORM.test(words[0] as string) && !gazetteer.isFirstName(words[0] as string)) || COMPOUND.test(words[0] as string)) return;
  const last = words.length - 1;
  for (let index = 0; index < last; index++) {
    const word = words[index] as string;
    if (NOT_PLACE_WORDS.has(word) || PLACE_MODIFIERS.has(word) || ORGANISATION_WORDS.has(word) || LANDMARK_WORDS.has(word)) return;
    // `BBC Wales`, `PSV Eindhoven`: an acronym before the place names a body, not a person.
    if (ACRONYM.test(word)) return;
  }
  for (let index = 0; index < last; index++) if (gazetteer.lookup(words[index] as string).length > 0) return;
  if (gazetteer.lookup(words.join(' ')).length === 0) context.personWords.add(surname);
}

/** ` president `, ` spokeswoman `: a person's role in lower case, right before a name. */
const ROLE_BEFORE_NAME = /\s(?:president|minister|premier|chancellor|spokes(?:man|woman|person)|leader|secretary|senator|governor|mayor|judge|lawyer|attorney|director|chairman|chairwoman|adviser|advisor|ambassador|candidate|nominee|congressman|congresswoman|commander|coach|founder|executive)\s$/;

/**
 * `says Nadia`, `Nadia says`: a verb of speech before the name, or one in the present after it. (Not `said
 * Denver marcher Anya Chavez`: a word in lower case, then a name, after it make it a place's, describing the
 * speaker named next; `said Sterling was` keeps the person.)
 */
function speaksAsPerson(text: string, token: Token): boolean {
  if (SPEECH_VERB_AFTER_AT.test(text.slice(token.end, token.end + 8))) return true;
  return SPEECH_VERB_BEFORE.test(text.slice(Math.max(0, token.start - 8), token.start)) && !DESCRIBED_NAME_AT.test(text.slice(token.end, token.end + 40));
}

const DESCRIBED_NAME_AT = /^ \p{Ll}+ \p{Lu}/u;

const SPEECH_VERB_AFTER_AT = /^ (?:says|asks|adds|tells)\b/;
const SPEECH_VERB_BEFORE = /\b(?:says|said|asks|asked|adds|added) $/;

/** ` bondsman, `, ` his lawyer `: a word for someone's role or kin right before a name. */
const PERSON_NOUN_BEFORE = /(?:^|\s)(?:[a-z]+(?:er|or|man|woman|person|ist|ian|ant|ent)|wife|husband|son|daughter|brother|sister|mother|father|friend|aide)\s*,?\s+$/;

/**
 * Whether a run's whole name (`places`, what the gazetteer has for it) names no town where it stands: none
 * has it, or only small towns do and a word for a person's role comes right before it (`his bail
 * bondsman, Miguel Pereira`, not Miguel Pereira, Brazil).
 */
function namesNoTownHere(text: string, span: Span, places: GazetteerPlace[]): boolean {
  if (places.length === 0) return true;
  const start = (span.tokens[0] as Token).start;
  return places.every((place) => place.kind === 'city' && (place.population ?? 0) < PERSON_OVER_TOWN_POPULATION) && PERSON_NOUN_BEFORE.test(text.slice(Math.max(0, start - 30), start));
}

/** The size under which a town named like a person gives way to the person a role introduces. */
const PERSON_OVER_TOWN_POPULATION = 100_000;

/** `Mr`, `President`, or a one-letter initial (`G`) other than the article `A`. */
function isTitleOrInitial(word: string): boolean {
  if (PERSON_TITLES.has(word)) return true;
  if (word.length !== 1) return false;
  const code = word.charCodeAt(0);
  return code > 65 && code <= 90; // B to Z
}

export function isPersonSpan(words: string[], gazetteer: Gazetteer): boolean {
  // Every test below needs two words or more (one word alone is never taken for a person here).
  if (words.length < 2) return false;
  if (anyWordIn(words, PERSON_TITLES)) return true;
  // `G Murphy`, `J. R. Smith`: initials before a surname.
  if (/^[A-Z]\.?$/.test(words[0] as string) && words[0] !== 'A') return true;
  if (anyWordIn(words, ORGANISATION_WORDS) || anyWordIn(words, LANDMARK_WORDS)) return false;
  // `North London`, `West Ham`: a compass word is a first name only in the lists; nor is a run that
  // ends in one a person (`Derby North`, a constituency).
  if (PLACE_MODIFIERS.has(words[0] as string) || PLACE_SUFFIXES.has(words[words.length - 1] as string)) return false;
  if (isPartyMember(words)) return false;
  return gazetteer.isFirstName(words[0] as string) && gazetteer.lookup(words.join(' ')).length === 0;
}

/** ` of State Mike Pompeo`, ` to the UN Nikki Haley`: an office's name through `of` or `to`, then a person's. */
export const OFFICE_OF_THEN_NAME = /^\s+(?:of|to\s+the)\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}/u;

/** Titles of office written after the place they are of (`Georgia Rep.`, `Ohio Gov.`, `Baltimore Mayor`, `UK Prime Minister`). */
const OFFICE_TITLE_WORDS =
  'Rep|Sen|Gov|Congressman|Congresswoman|Assemblyman|Assemblywoman|Lt|Senator|Representative|Governor|President|Premier|Prime|Minister|Secretary|Ambassador|Mayor|Judge|Justice|Chancellor|Attorney|Chief|Del';
export const OFFICE_TITLE = new RegExp(String.raw`^(?:${OFFICE_TITLE_WORDS})\.?$`);
/** `, Ind., Mayor Pete`: a state set off by commas after a town, then a title and a name. */
const STATE_THEN_TITLE_AFTER = new RegExp(String.raw`^,\s+(?:\p{Lu}[\p{L}.]*\s?){1,2},\s+(?:${OFFICE_TITLE_WORDS})\.?\s+\p{Lu}`, 'u');
/** `, Mayor `: a title after a comma anywhere in a paragraph. */
export const TITLE_AFTER_COMMA_ANYWHERE = new RegExp(String.raw`,\s+(?:${OFFICE_TITLE_WORDS})\.?\s`);
/** `, Mayor Pete`: a title and a name after a comma. */
const TITLE_AFTER_COMMA = new RegExp(String.raw`^,\s+(?:${OFFICE_TITLE_WORDS})\.?\s+\p{Lu}`, 'u');

/**
 * `former South Bend, Ind., Mayor Pete Buttigieg`, `Linn County, Iowa, Supervisor Stacey Walker`: a town and its
 * state, set off by commas, in a title before a name are no mentions, as a place run on to the title is not.
 */
export function inTitleWithState(text: string, mention: RawMention): boolean {
  // (Most mentions no comma follows: the patterns are read only after one.)
  if (text.charCodeAt(mention.end) !== COMMA) return false;
  const after = text.slice(mention.end, mention.end + 60);
  if (STATE_THEN_TITLE_AFTER.test(after)) return !PREPOSITION_BEFORE.test(text.slice(Math.max(0, mention.start - 12), mention.start));
  if (!TITLE_AFTER_COMMA.test(after)) return false;
  // (Not `in Davos, Switzerland, President Trump also told`: a town after a preposition opens the sentence.)
  const town = /(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*)?),\s$/u.exec(text.slice(Math.max(0, mention.start - 40), mention.start));
  return town !== null && !PREPOSITION_BEFORE.test(text.slice(Math.max(0, mention.start - 40), mention.start - town[0].length));
}

/** ` in `, ` at `: a preposition just before a town, which puts what follows somewhere rather than titling it. */
const PREPOSITION_BEFORE = /\b(?:in|at|from|to|near|outside|across|of|for|by|into|around)\s$/i;

/** Words that make a title another (`Vice President`, `Deputy Mayor`) and open no place before one. */
export const TITLE_QUALIFIERS: ReadonlySet<string> = new Set(['Vice', 'Deputy', 'Acting', 'Assistant', 'Lieutenant']);

/** Where a person's title starts inside a run, after other words (`Harrogate Mr Kennedy` → 1); else -1. */
export function titleAfterStart(tokens: Token[], gazetteer: Gazetteer): number {
  for (let index = 1; index < tokens.length; index++) {
    if (PERSON_TITLES.has(bareWord(tokens[index] as Token)) && !PERSON_TITLES.has(bareWord(tokens[index - 1] as Token))) {
      // `UK Foreign Secretary`: the words that qualify the title (no place's first words) belong to it.
      let start = index;
      while (start > 1 && !gazetteer.mayStartName(bareWord(tokens[start - 1] as Token))) start--;
      return start;
    }
  }
  return -1;
}
