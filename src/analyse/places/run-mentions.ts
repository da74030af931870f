import {
  ACRONYM,
  allWordsIn,
  anyWordIn,
  bareWord,
  COMPOUND,
  codeAt,
  FULL_STOP,
  nameBetween,
  opensSentenceAt,
  SPACE,
  type Span,
  type Token,
  VERB_FORM,
  WEEKDAYS,
  wordsOf,
} from './capitalised-runs.js';
import { followingContainer } from './containers.js';
import { type Gazetteer, type GazetteerPlace, spansCountries } from './gazetteer.js';
import { type ArticleContext, NO_MENTIONS, newMention, type RawMention } from './mention.js';
import { isPersonSpan, OFFICE_OF_THEN_NAME, OFFICE_TITLE, PARTY_PEOPLE, STANCE_BEFORE, TITLE_QUALIFIERS, titleAfterStart } from './people.js';
import { isFirstLevelRegion, isUsState, isWidelyKnown, spelledExactly, townOnly } from './place-kinds.js';
import { acceptable, acceptedMention, isInsideOrganisation, markVerdict } from './verdict.js';
import { NOT_PLACE_WORDS, ORGANISATION_WORDS, PERSON_TITLES, PLACE_MODIFIERS, PLACE_SUFFIXES } from './words.js';

/**
 * The places named inside each run of capitalised words (`North London`, `Guantanamo Bay`, `New York-based`,
 * `US-China`, `S Africa`), and across two runs that a lower-case word or a possessive joins (`Bosnia and
 * Herzegovina`, `Martha's Vineyard`). Apart from the phrase patterns (`introduced.ts`): these start from the
 * gazetteer's names, those from the words around a name.
 */

/** Adjectives of an era, a regime or a faith that stand before a country's name (`Tsarist Russia`, `Shiite Iran`). */
const ERA_ADJECTIVES: ReadonlySet<string> = new Set([
  ...['Soviet', 'Communist', 'Tsarist', 'Nazi', 'Imperial', 'Colonial', 'Victorian', 'Edwardian', 'Maoist', 'Francoist', 'Baathist', 'Apartheid'],
  ...['Medieval', 'Modern', 'Ancient', 'Postwar', 'Wartime'],
  ...['Shiite', 'Shia', 'Sunni', 'Catholic', 'Protestant', 'Muslim', 'Islamist', 'Christian', 'Jewish', 'Hindu', 'Buddhist', 'Secular'],
]);

/** ` Judge`, ` Court`, ` Attorney`: what follows a federal district in a judge's title or a court's name. */
const COURT_OR_JUDGE_AT = /^ (?:Judge|Court|Attorney|Magistrate)\b/;

/** `Atlantic City`: a run of two words whose first alone is no place's, but which is a town's own name whole. */
function namesTownWhole(tokens: Token[], text: string, gazetteer: Gazetteer): boolean {
  if (tokens.length !== 2 || bareWord(tokens[0] as Token) === 'The') return false;
  const name = nameBetween(text, (tokens[0] as Token).start, (tokens[1] as Token).end);
  return gazetteer.lookup(name).some((place) => place.kind === 'city' && place.name === name);
}

/** `Pacific Ocean`, `Atlantic Ocean`: a run whose first word alone is no place's, but which names an ocean whole. */
function namesOcean(tokens: Token[], text: string, gazetteer: Gazetteer): boolean {
  if (tokens.length !== 2 || bareWord(tokens[1] as Token) !== 'Ocean') return false;
  return gazetteer.lookup(nameBetween(text, (tokens[0] as Token).start, (tokens[1] as Token).end)).some(spansCountries);
}

/**
 * Whether `X State` ending at `end` is a state's university (`Ohio State`, `Michigan State`): a US state's
 * name, not one that must say `State` to tell it from a city, and no title after it (`Virginia State
 * Attorney General Jerry Kilgore`).
 */
function isStateUniversity(state: string, text: string, end: number, candidates: GazetteerPlace[]): boolean {
  return !CITY_NAMED_STATES.has(state) && candidates.some(isUsState) && !/^ \p{Lu}/u.test(text.slice(end, end + 2));
}

/** States that share their name with a great city, which `State` after the name tells apart. */
const CITY_NAMED_STATES: ReadonlySet<string> = new Set(['New York', 'Washington']);

/** Words after a name that make it a region's (`New York State`), not a town's. */
const REGION_SUFFIXES = new Set(['State', 'Province', 'Region', 'County', 'District', 'Governorate']);

/** What a nation's governing body is for, before the nation's name (`Athletics Kenya`, `Universities Scotland`). */
const NATIONAL_BODY_FIELDS: ReadonlySet<string> = new Set(
  'Athletics Cricket Rugby Football Tennis Golf Cycling Swimming Hockey Netball Rowing Sailing Boxing Basketball Volleyball Gymnastics Sport Sports Universities Colleges Schools Arts Music Film Screen Tourism Enterprise Water Energy Transport Health Housing Justice Children Youth'.split(' '),
);

/** `envoy to `, `ambassador to `: a role and the preposition before the country it is to. */
const ROLE_TO_BEFORE = /\b(?:ambassador|envoy|consul|representative|minister|secretary|commissioner|adviser|advisor)\s+(?:to|for|in)\s+$/i;

/** The months, in full and as US style writes them short, which may follow a place with their day (`San Francisco March 26`). */
const MONTHS: ReadonlySet<string> = new Set(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Jan', 'Feb', 'Aug', 'Sept', 'Sep', 'Oct', 'Nov', 'Dec']);
/** ` 26`, ` 3,`: a day of the month after its name. */
const DAY_NUMBER_AT = /^\s\d{1,2}\b/;

/** One capital, then lower case only: a word a sentence's start may have capitalised. */
const PLAIN_WORD = /^\p{Lu}\p{Ll}+$/u;

/** `St`, `Ste`, `Saint`: the first word of a name given for a saint. */
const SAINT = /^(?:St|Ste|Saint)$/;

/** `St. John's`, `St Thomas'`: a run that opens with a saint's name and ends in its possessive. */
function endsInSaintsPossessive(tokens: readonly Token[]): boolean {
  const last = tokens[tokens.length - 1] as Token;
  return tokens.length >= 2 && SAINT.test((tokens[0] as Token).word) && last.text.length > last.word.length;
}

/**
 * `St. John's Episcopal Church`, `St Thomas' Hospital`: a saint's name in the possessive (see
 * `endsInSaintsPossessive`) before another capitalised word names a church, a school or a hospital, not
 * the town (`St. John's, Newfoundland`).
 */
function namesSaintsBuilding(tokens: readonly Token[], text: string): boolean {
  const end = (tokens[tokens.length - 1] as Token).end;
  return /^ \p{Lu}/u.test(text.slice(end, end + 2));
}

/**
 * `St. John's, Newfoundland`: a saint's name in the possessive (see `endsInSaintsPossessive`) that is the
 * name of a capital or a well-known town is that town, possessive and all (not `St John`, a part of Jersey).
 */
function saintsTownWhole(tokens: readonly Token[], text: string, paragraph: number, gazetteer: Gazetteer, context: ArticleContext): RawMention | undefined {
  const start = (tokens[0] as Token).start;
  const name = text.slice(start, (tokens[tokens.length - 1] as Token).end);
  const candidates = gazetteer.lookup(name).filter((place) => isWidelyKnown(place) || place.featureCode === 'PPLA' || place.featureCode === 'PPLC');
  return candidates.length > 0 ? acceptedMention(name, start, text, paragraph, candidates, gazetteer, context) : undefined;
}

export function spanMentions(span: Span, text: string, gazetteer: Gazetteer, context: ArticleContext): RawMention[] {
  let tokens = span.tokens;
  if (endsInSaintsPossessive(tokens)) {
    if (namesSaintsBuilding(tokens, text)) return NO_MENTIONS;
    const saintsTown = saintsTownWhole(tokens, text, span.paragraph, gazetteer, context);
    if (saintsTown) return [saintsTown];
  }
  // Most runs are one word that opens no place name (`The`, `He`, a surname): then only its hyphenated
  // head can be a place, and the general path below would find nothing else either.
  if (tokens.length === 1) {
    const only = tokens[0] as Token;
    // `Western countries`, `Northern towns`: a compass adjective before a word in lower case describes it.
    if (COMPASS_ADJECTIVE.test(only.word) && /^\s+\p{Ll}/u.test(text.slice(only.end, only.end + 2))) return NO_MENTIONS;
    if (!opensPlaceName(only.word, gazetteer)) {
      return only.text.indexOf('-') > 0 ? hyphenatedPlaces(only, text, gazetteer, context, span.paragraph) : NO_MENTIONS;
    }
  }
  // `A Foley` in a team list is an initial; `A Paris court` opening a sentence is an article.
  const opener = tokens[0] as Token;
  if (tokens.length >= 2 && opener.word === 'A' && !opensSentenceAt(text, opener.start)) {
    return NO_MENTIONS;
  }
  // Drop sentence-opening words (`But Tripoli`, `In London`) from the front of the run.
  while (tokens.length > 1 && NOT_PLACE_WORDS.has(bareWord(tokens[0] as Token)) && !namesOcean(tokens, text, gazetteer) && !namesTownWhole(tokens, text, gazetteer)) {
    // `The Hague`: there the article is part of the name (the gazetteer's own name, not `The Netherlands`).
    if (tokens.length === 2 && bareWord(tokens[0] as Token) === 'The' && namedWithArticle(tokens[1] as Token, gazetteer)) {
      const named = wholeRunPlace(tokens, text, span.paragraph, gazetteer, context);
      if (named) return [named];
    }
    tokens = tokens.slice(1);
  }
  // `Saying Britain must change`, `Cash-strapped US companies`, `In-form Leicester centre`: a verb's form
  // or a compound opening a sentence is only capitalised for where it stands (a firm's name, `Lycos
  // Europe`, is neither).
  const openerWord = bareWord(tokens[0] as Token);
  const compound = COMPOUND.test(openerWord);
  if (tokens.length > 1 && (compound || VERB_FORM.test(openerWord)) && opensSentenceAt(text, (tokens[0] as Token).start)) {
    // (`Stratford-upon-Avon` is a compound that is a place, `Paris-based` one that names a place.)
    const kept = compound
      ? gazetteer.lookup(openerWord).length > 0 || gazetteer.lookup(openerWord.slice(0, openerWord.indexOf('-'))).length > 0
      : gazetteer.mayStartName(openerWord);
    if (!kept) tokens = tokens.slice(1);
  }
  // `Remember New Jersey's quest`, `Enter South Dakota`: a sentence-opening word that starts no place and
  // no given name, before the whole name of a country, a state or a great city, is only capitalised for
  // where it stands.
  // (Only a plain word the article never capitalises mid-sentence: `Borussia Dortmund`, `BBC Scotland` and
  // `Hotel Rwanda` are names.)
  const sentenceOpener = bareWord(tokens[0] as Token);
  if (
    tokens.length >= 2 &&
    PLAIN_WORD.test(sentenceOpener) &&
    !context.midSentenceWords.has(sentenceOpener) &&
    !ORGANISATION_WORDS.has(sentenceOpener) &&
    !NATIONAL_BODY_FIELDS.has(sentenceOpener) &&
    opensSentenceAt(text, (tokens[0] as Token).start) &&
    !gazetteer.mayStartName(sentenceOpener) &&
    !gazetteer.isFirstName(sentenceOpener)
  ) {
    const rest = tokens.slice(1);
    const restName = nameBetween(text, (rest[0] as Token).start, (rest.at(-1) as Token).end);
    if (gazetteer.lookup(restName).some(isWidelyKnown)) tokens = rest;
  }
  // `S Africa`, `W Yorkshire`: a compass point's initial, not a person's.
  if (tokens.length >= 2 && (tokens[0] as Token).word.length === 1) {
    const abbreviated = compassInitialPlace(tokens, text, span.paragraph, gazetteer, context);
    if (abbreviated) return [abbreviated];
  }
  // `Vice President Joe Biden`: a word that only qualifies the title after it (Vice, Peru) is part of it.
  while (tokens.length > 1 && TITLE_QUALIFIERS.has(bareWord(tokens[0] as Token)) && PERSON_TITLES.has(bareWord(tokens[1] as Token))) tokens = tokens.slice(1);
  // `Harrogate Mr Kennedy`, `Thailand Prime Minister Thaksin`: a title starts a person; what comes
  // before it is a run of its own.
  const titleAt = titleAfterStart(tokens, gazetteer);
  // `Georgia Rep. John Lewis`, `New York Gov. Andrew Cuomo`, `Thailand Prime Minister Thaksin`: a place in a formal
  // title before a person's name is part of the title, no mention (as the annotation guide has it); not so
  // before a title no name follows (`his second term as US President, Tony Blair has said`).
  // (`U.S. Trade Representative Robert Lighthizer`: the office may be words before the title; `US Secretary of
  // State Mike Pompeo`, `US Ambassador to the UN Nikki Haley`: its name may run on through `of` or `to the` to the person.)
  const office = titleAt > 0 ? tokens.slice(titleAt).findIndex((token) => OFFICE_TITLE.test(bareWord(token))) : -1;
  const titleBeforeName =
    office >= 0 && (titleAt + office < tokens.length - 1 || OFFICE_OF_THEN_NAME.test(text.slice((tokens.at(-1) as Token).end, (tokens.at(-1) as Token).end + 80)));
  if (titleAt > 0) tokens = tokens.slice(0, titleAt);
  const words = wordsOf(tokens);
  // `envoy to Ukraine Kurt Volker`, `ambassador to Britain Liu Xiaming`: the country a role is to, then
  // the person holding it.
  if (tokens.length >= 3 && ROLE_TO_BEFORE.test(text.slice(Math.max(0, (tokens[0] as Token).start - 30), (tokens[0] as Token).start))) {
    const country = gazetteer.lookup(words[0] as string).filter((place) => place.kind === 'country');
    // (The holder's name may be one no list knows, `Liu Xiaming`: words that name no place.)
    const holder = isPersonSpan(words.slice(1), gazetteer) || words.slice(1).every((word) => gazetteer.lookup(word).length === 0);
    const held = country.length > 0 && holder ? acceptedMention(words[0] as string, (tokens[0] as Token).start, text, span.paragraph, country, gazetteer, context) : undefined;
    if (held) return [held];
  }
  if (isPersonSpan(words, gazetteer)) {
    // (`Prince George, B.C.`: a town named like a person, with the region it lies in after a comma.)
    const whole = townInFollowingRegion(tokens, text, span.paragraph, gazetteer);
    return whole ? [whole] : NO_MENTIONS;
  }
  const mentions: RawMention[] = [];
  const wholeIsOrganisation = anyWordIn(words, ORGANISATION_WORDS);

  let index = 0;
  while (index < tokens.length) {
    let matched = false;
    // A sentence-opening word or a title does not start a place name.
    const opener = bareWord(tokens[index] as Token);
    // Nor does a word that opens no gazetteer name (most people and firms): then every lookup below misses.
    // (`Atlantic Ocean`, `Atlantic City`: a word that alone names no place still opens an ocean's or a town's
    // own name of two words, as in the opener drop above.)
    const next = tokens[index + 1];
    const pair = next === undefined ? undefined : [tokens[index] as Token, next];
    const opens =
      opensPlaceName(opener, gazetteer) || (pair !== undefined && (namesOcean(pair, text, gazetteer) || (NOT_PLACE_WORDS.has(opener) && namesTownWhole(pair, text, gazetteer))));
    const maxLength = opens ? Math.min(tokens.length - index, 4) : 0;
    for (let length = maxLength; length >= 1; length--) {
      const first = tokens[index] as Token;
      const last = tokens[index + length - 1] as Token;
      // `New York-based`: the name ends before its last word's modifier (one word alone: `hyphenatedPlaces`).
      const lastEnd = length > 1 ? modifiedHeadEnd(last, gazetteer) : last.end;
      const name = nameBetween(text, first.start, lastEnd);
      const candidates = gazetteer.lookup(name);
      if (candidates.length === 0) continue;
      const whole = length === tokens.length;
      // (`Communist Russia`, `post-Soviet Russia`: an era's or a people's adjective before a country is no part of its name.)
      const eraBefore =
        index === 1 && index + length === tokens.length && candidates.some((place) => place.kind === 'country') && (ERA_ADJECTIVES.has(words[0] as string) || gazetteer.isDemonym(words[0] as string));
      if (!whole) {
        // Other capitalised words around a known name make it part of a longer name (`Abdul Karim Baras`).
        const beforeOk = allWordsIn(words, PLACE_MODIFIERS, 0, index) || eraBefore;
        // But at the start of a run, an acronym after a country ends its name (`US TV network`, `UK CD
        // albums`), and so do a modifier (`Santa Monica-based Activision`) and the pronoun `I` (`in London
        // I did`). (A possessive always does: `capitalisedSpans` ends the run there.)
        const endsHere =
          (beforeOk && countryBeforeAcronym(candidates, tokens[index + length])) ||
          // (`an Iowa Republican`, `Virginia Democrats`: a party's people from the place, who close the run.)
          // (A state, a country or a great city: `Liberal Democrats` is no town of Kansas.)
          // (`Massachusetts Democrat John Tierney`: or before the member's name.)
          (beforeOk &&
            index + length < tokens.length &&
            PARTY_PEOPLE.has(bareWord(tokens[index + length] as Token)) &&
            (index + length === tokens.length - 1 || !ORGANISATION_WORDS.has(bareWord(tokens[index + length + 1] as Token))) &&
            candidates.some(isWidelyKnown)) ||
          lastEnd !== last.end ||
          // (`a pro-China Twitter mob`: a country a stance is taken for or against ends at its own name.)
          (index === 0 && candidates.some((place) => place.kind === 'country') && STANCE_BEFORE.test(text.slice(Math.max(0, first.start - 5), first.start))) ||
          (tokens[index + length] as Token | undefined)?.text === 'I' ||
          // (`fleeing Berlin Monday`: a weekday that ends the run is the day, written without `on`.)
          (index + length === tokens.length - 1 && WEEKDAYS.has(bareWord(tokens[index + length] as Token))) ||
          // (`sent to San Francisco March 26`: so is a month before its day.)
          (index + length === tokens.length - 1 && MONTHS.has(bareWord(tokens[index + length] as Token)) && DAY_NUMBER_AT.test(text.slice((tokens[index + length] as Token).end, (tokens[index + length] as Token).end + 4)));
        if (!endsHere) {
          if (wholeIsOrganisation) break;
          if (!(beforeOk && allWordsIn(words, PLACE_SUFFIXES, index + length, words.length))) continue;
        }
      }
      const start = first.start;
      const end = start + name.length;
      const verdict = acceptable(name, start, end, text, candidates, gazetteer, context);
      if (verdict === 'no') continue;
      const mention = newMention(span.paragraph, name, start, end, 'name', candidates);
      markVerdict(mention, verdict);
      const within = townOnly(candidates) ? followingContainer(text, start, end, gazetteer) : undefined;
      if (within) mention.within = within;
      // `North London`, `Northern Libya`: the words before the name are part of it as written, unless the
      // gazetteer has that whole name and it was turned down (`the Foundation for Southern Africa`).
      if (index > 0 && !eraBefore) {
        const written = nameBetween(text, (tokens[0] as Token).start, lastEnd);
        if (gazetteer.lookup(written).length > 0) break;
        // (`the University of South Florida`: a body's name through `of` takes in the words before the name too.)
        if (isInsideOrganisation(text, (tokens[0] as Token).start, candidates, gazetteer)) continue;
        mention.name = written;
        mention.start = (tokens[0] as Token).start;
      }
      // `Guantanamo Bay`, `Gaza Strip`, `Helmand Province`: the words after the name are part of it as written.
      const suffixed = index + length < tokens.length && allWordsIn(words, PLACE_SUFFIXES, index + length, words.length);
      // `Ohio State`, `Michigan State`: an American state's university (its own state is `New York State`,
      // `Washington State`, named so to tell it from the city).
      if (suffixed && index + length === tokens.length - 1 && words.at(-1) === 'State' && isStateUniversity(name, text, (tokens.at(-1) as Token).end, candidates)) {
        index = tokens.length;
        matched = true;
        break;
      }
      // (`U.S. District Judge Gonzalo Curiel`, `the U.S. District Court`: a federal court's district opens a
      // judge's title or the court's name, no place.)
      if (suffixed && words.at(-1) === 'District' && COURT_OR_JUDGE_AT.test(text.slice((tokens.at(-1) as Token).end, (tokens.at(-1) as Token).end + 10))) {
        index = tokens.length;
        matched = true;
        break;
      }
      if (suffixed) {
        mention.name = nameBetween(text, mention.start, (tokens[tokens.length - 1] as Token).end);
        mention.end = mention.start + mention.name.length;
        // `New York State`, `Sichuan Province`: the region, not its city.
        // (`Highlands County`, Florida: a county is only a region the gazetteer calls a county, not Scotland's Highland.)
        const county = words[words.length - 1] === 'County';
        const regions = REGION_SUFFIXES.has(words[words.length - 1] as string)
          ? candidates.filter((place) => place.kind === 'region' && (!county || place.name.endsWith(' County') || spelledExactly(place, name)))
          : [];
        if (regions.length > 0) mention.candidates = regions;
        // `Lyon County`, which the gazetteer lacks, is no county of Lyon in France but a place the text
        // knows, placed by the article.
        else if (county) {
          mention.candidates = [];
          mention.weak = false;
          mention.unplaced = false;
        }
      }
      mentions.push(mention);
      index += suffixed ? tokens.length - index : length;
      matched = true;
      break;
    }
    if (!matched) {
      mentions.push(...hyphenatedPlaces(tokens[index] as Token, text, gazetteer, context, span.paragraph));
      index++;
    }
  }
  if (titleBeforeName) mentions.pop();
  return mentions;
}

const COMPASS_INITIALS: Record<string, string[]> = {
  N: ['North', 'Northern'],
  S: ['South', 'Southern'],
  E: ['East', 'Eastern'],
  W: ['West', 'Western'],
};

/**
 * `S Africa`, `W Yorkshire`, `N Ireland`: headlines and tables shorten a compass word to its initial.
 * Only a country or a region is read so (`S Jones` is a person, and so is `E Miller`).
 */
function compassInitialPlace(
  tokens: Token[],
  text: string,
  paragraph: number,
  gazetteer: Gazetteer,
  context: ArticleContext,
): RawMention | undefined {
  const expansions = COMPASS_INITIALS[(tokens[0] as Token).word];
  if (!expansions) return undefined;
  const first = tokens[0] as Token;
  for (let length = Math.min(tokens.length, 3); length >= 2; length--) {
    const rest = nameBetween(text, (tokens[1] as Token).start, (tokens[length - 1] as Token).end);
    for (const expansion of expansions) {
      const candidates = gazetteer
        .lookup(`${expansion} ${rest}`)
        .filter((place) => place.kind === 'country' || place.featureCode === 'REGION' || spansCountries(place));
      if (candidates.length === 0) continue;
      return acceptedMention(nameBetween(text, first.start, (tokens[length - 1] as Token).end), first.start, text, paragraph, candidates, gazetteer, context);
    }
  }
  return undefined;
}

/** Compass adjectives that name regions (Ghana's Western Region) and, before a lower-case noun, describe it. */
const COMPASS_ADJECTIVE = /^(?:Western|Eastern|Northern|Southern|Central)$/;

function countryBeforeAcronym(candidates: GazetteerPlace[], next: Token | undefined): boolean {
  if (next === undefined) return false;
  // `Wales Under-21`: a nation's age-group side (the token stops before the number).
  if (next.word === 'Under') return candidates.some((place) => place.kind === 'country' || isFirstLevelRegion(place));
  if (!/^[A-Z]{2,4}$/.test(next.word)) return false;
  if (candidates.some((place) => place.kind === 'country')) return true;
  // A side of a nation that is a region of its country (`England XV`, `Wales XI`), not `Western PC vendors`.
  return /^[XVI]+$/.test(next.word) && candidates.some(isFirstLevelRegion);
}

/** The whole run as a town the gazetteer places in the region or country named after its comma (`Prince George, B.C.`). */
function townInFollowingRegion(tokens: Token[], text: string, paragraph: number, gazetteer: Gazetteer): RawMention | undefined {
  const start = (tokens[0] as Token).start;
  const end = (tokens[tokens.length - 1] as Token).end;
  const within = followingContainer(text, start, end, gazetteer);
  if (!within) return undefined;
  const name = nameBetween(text, start, end);
  const towns = gazetteer.lookup(name).filter((place) => place.kind === 'city' && place.countryCode === within.countryCode && spelledExactly(place, name));
  if (towns.length === 0) return undefined;
  const mention = newMention(paragraph, name, start, start + name.length, 'name', towns);
  mention.within = within;
  return mention;
}

/** `Hague`: a place whose own name is `The Hague` (answered from the lookup of the bare word, which is kept). */
function namedWithArticle(token: Token, gazetteer: Gazetteer): boolean {
  if (!gazetteer.mayStartName(token.word)) return false;
  const withArticle = `The ${token.word}`;
  return gazetteer.lookup(token.word).some((place) => place.name === withArticle);
}

/** The whole run as one place name, when the gazetteer knows it and it stands as a place. */
function wholeRunPlace(
  tokens: Token[],
  text: string,
  paragraph: number,
  gazetteer: Gazetteer,
  context: ArticleContext,
): RawMention | undefined {
  const start = (tokens[0] as Token).start;
  const name = nameBetween(text, start, (tokens[tokens.length - 1] as Token).end);
  const candidates = gazetteer.lookup(name);
  if (candidates.length === 0) return undefined;
  return acceptedMention(name, start, text, paragraph, candidates, gazetteer, context);
}

/** A sentence-opening word or a title does not start a place name, nor does a word no gazetteer name starts with. */
function opensPlaceName(word: string, gazetteer: Gazetteer): boolean {
  return !NOT_PLACE_WORDS.has(word) && !PERSON_TITLES.has(word) && gazetteer.mayStartName(word);
}

/** Where a word's head ends before a modifier (`York-based` → after `York`); else the word's end. */
function modifiedHeadEnd(token: Token, gazetteer: Gazetteer): number {
  const hyphen = token.text.indexOf('-');
  if (hyphen <= 0) return token.end;
  const tail = token.text.slice(hyphen + 1);
  return isModifierTail(tail, gazetteer) ? token.start + hyphen : token.end;
}

/** `-based`, `-born`: a tail that says something is where the name before it is. */
const LOCATING_TAIL = /^(?:based|born|headquartered|bred|raised)$/;

/** What follows a place's name after a hyphen without being part of it: `-based`, `-born`, `-German`. */
function isModifierTail(tail: string, gazetteer: Gazetteer): boolean {
  return /^[a-z]+$/.test(tail) || gazetteer.isDemonym(tail);
}

/** `U.S`, `U.K`: an initialism whose last full stop a token leaves out. */
const INITIALISM = /^[A-Z](?:\.[A-Z])+$/;

/** `Ireland-based`, `US-German`, `Libya-Egypt`: the place before the hyphen, and a country after it (`US-China`). */
function hyphenatedPlaces(token: Token, text: string, gazetteer: Gazetteer, context: ArticleContext, paragraph: number): RawMention[] {
  const hyphen = token.text.indexOf('-');
  if (hyphen <= 0) return NO_MENTIONS;
  // (`the Iran-Lausanne-Yemen axis`: three names or more joined, two of them countries at least, name each place.)
  if (token.text.indexOf('-', hyphen + 1) > 0) return placesJoined(token, text, gazetteer, context, paragraph);
  const head = token.text.slice(0, hyphen);
  // (`China-U.S.`: an initialism keeps its last full stop, as it is spelled.)
  const tail = token.text.slice(hyphen + 1) + (INITIALISM.test(token.text.slice(hyphen + 1)) && codeAt(text, token.end) === FULL_STOP ? '.' : '');
  // `WGBH-Boston`: a broadcaster's call letters, then the city it is in (a big one: not `ASK-Raymond`).
  if (ACRONYM.test(head) && /^[A-Z][a-z]+$/.test(tail) && gazetteer.lookup(head).length === 0) {
    const cities = gazetteer.lookup(tail).filter((place) => place.kind === 'city' && place.name === tail && (place.population ?? 0) >= 100_000);
    const city = cities.length > 0 ? acceptedMention(tail, token.start + hyphen + 1, text, paragraph, cities, gazetteer, context) : undefined;
    return city ? [city] : NO_MENTIONS;
  }
  // `-based`, `-born`, or another country or demonym (`-German`), not part of a name (`Stratford-upon-Avon`).
  const countries = gazetteer.lookup(tail).filter((place) => place.kind === 'country');
  if (!isModifierTail(tail, gazetteer) && countries.length === 0) return NO_MENTIONS;
  const candidates = gazetteer.lookup(head);
  // (`Trump-Russia collusion`, `Manafort-Russia coordination`: a country joined to a name that is no place
  // is named all the same.)
  if (candidates.length === 0) {
    // (Not `Soros Foundation-Kazakhstan`, a body's name.)
    const country = countries.length > 0 && /^\p{Lu}/u.test(head) && /^\p{Lu}/u.test(tail) && !ORGANISATION_WORDS.has(head) ? acceptedMention(tail, token.start + hyphen + 1, text, paragraph, countries, gazetteer, context) : undefined;
    return country ? [country] : NO_MENTIONS;
  }
  const first = acceptedMention(head, token.start, text, paragraph, candidates, gazetteer, context);
  if (!first) return NO_MENTIONS;
  // (`the Woking-based team`: where something is based names the place, whatever the noun after it.)
  if (LOCATING_TAIL.test(tail)) first.unplaced = first.team = false;
  // (`US-China talks`: two countries joined name both; `Libya-Egypt border` too.)
  const second = countries.length > 0 && /^\p{Lu}/u.test(tail) ? acceptedMention(tail, token.start + hyphen + 1, text, paragraph, countries, gazetteer, context) : undefined;
  return second ? [first, second] : [first];
}

/** The places a run of three capitalised names or more joined by hyphens names, each a place and two or more countries. */
function placesJoined(token: Token, text: string, gazetteer: Gazetteer, context: ArticleContext, paragraph: number): RawMention[] {
  const parts = token.text.split('-');
  if (!parts.every((part) => PLAIN_WORD.test(part))) return NO_MENTIONS;
  const found = parts.map((part) => gazetteer.lookup(part).filter((place) => place.kind === 'country' || (place.kind === 'city' && (place.population ?? 0) >= 100_000)));
  // (Not `the United States-Mexico-Canada Agreement`: every part a place, and no name going on after the run.)
  if (found.some((places) => places.length === 0) || found.filter((places) => places.some((place) => place.kind === 'country')).length < 2) return NO_MENTIONS;
  if (/^ \p{Lu}/u.test(text.slice(token.end, token.end + 2))) return NO_MENTIONS;
  const mentions: RawMention[] = [];
  let start = token.start;
  parts.forEach((part, index) => {
    const places = found[index] as GazetteerPlace[];
    const mention = places.length > 0 ? acceptedMention(part, start, text, paragraph, places, gazetteer, context) : undefined;
    if (mention) mentions.push(mention);
    start += part.length + 1;
  });
  return mentions;
}

/** What may join two capitalised runs into one place name (`Trinidad and Tobago`, `Rio de Janeiro`). */
const CONNECTOR = /^ (?:(?:of|and|upon)(?: the)?|de|del|da|do|dos|das|du|des|la) $/;

/**
 * Names with a lower-case word inside (`Republic of Ireland`, `Bosnia and Herzegovina`), which the runs
 * of capitalised words split: the longest that the gazetteer knows, from the end of one run into the next.
 */
export function connectedMentions(
  text: string,
  paragraph: number,
  spans: Span[],
  gazetteer: Gazetteer,
  context: ArticleContext,
): RawMention[] {
  const mentions: RawMention[] = [];
  for (let index = 0; index + 1 < spans.length; index++) {
    const before = (spans[index] as Span).tokens;
    const after = (spans[index + 1] as Span).tokens;
    const gapStart = (before[before.length - 1] as Token).end;
    const gapEnd = (after[0] as Token).start;
    // (`Prince George's County`, `Martha's Vineyard`: a name with a possessive inside, where the run ended.)
    const last = before[before.length - 1] as Token;
    if (gapEnd - gapStart === 1 && last.text.length > last.word.length && codeAt(text, gapStart) === SPACE) {
      const possessed = possessiveInsideName(before, after, text, paragraph, gazetteer, context);
      if (possessed) {
        mentions.push(possessed);
        index++;
        continue;
      }
    }
    // Most runs are further apart than ` and the `, or do not end in a word a joined name starts with.
    if (gapEnd - gapStart > 9 || !CONNECTOR.test(text.slice(gapStart, gapEnd))) continue;
    const mention = longestConnected(before, after, text, paragraph, gazetteer, context);
    if (mention) mentions.push(mention);
  }
  return mentions;
}

/** The longest place name running from the last words of one run, through its possessive, into the first of the next. */
function possessiveInsideName(before: Token[], after: Token[], text: string, paragraph: number, gazetteer: Gazetteer, context: ArticleContext): RawMention | undefined {
  for (let from = Math.max(0, before.length - 3); from < before.length; from++) {
    for (let to = Math.min(after.length, 2) - 1; to >= 0; to--) {
      const start = (before[from] as Token).start;
      const name = text.slice(start, (after[to] as Token).end).replace(/[.,]$/, '');
      // (A town or a county with people counted, no city's district: not `Hell's Kitchen`, a television show too.)
      const candidates = gazetteer.lookup(name).filter((place) => (place.population ?? 0) > 0 && place.featureCode !== 'PPLX');
      if (candidates.length > 0) return acceptedMention(name, start, text, paragraph, candidates, gazetteer, context);
    }
  }
  return undefined;
}

function longestConnected(
  before: Token[],
  after: Token[],
  text: string,
  paragraph: number,
  gazetteer: Gazetteer,
  context: ArticleContext,
): RawMention | undefined {
  // (`the People’s Republic of China`: a possessive that the runs end at may open the name, which is not
  // then Taiwan's `Republic of China`.)
  // (`the Democratic People’s Republic of Korea`: the possessive may follow a word of the name.)
  const owner = POSSESSIVE_WORD_BEFORE.exec(text.slice(Math.max(0, (before[0] as Token).start - 36), (before[0] as Token).start));
  const starts: number[] = [];
  if (owner?.[1]) {
    const ownerStart = (before[0] as Token).start - owner[0].length;
    if (gazetteer.mayStartJoinedName(owner[1].split(' ')[0] as string)) starts.push(ownerStart);
    if (owner[2] && gazetteer.mayStartJoinedName(owner[2])) starts.push(ownerStart + owner[1].indexOf(owner[2]));
  }
  for (let from = Math.max(0, before.length - 3); from < before.length; from++) {
    const first = before[from] as Token;
    // A short list answers most runs (`England and Wales`), before any name is built or looked up.
    if (gazetteer.mayStartJoinedName(first.word)) starts.push(first.start);
  }
  for (const start of starts) {
    for (let to = Math.min(after.length, 3) - 1; to >= 0; to--) {
      const name = nameBetween(text, start, (after[to] as Token).end);
      if (!gazetteer.isJoinedName(name)) continue;
      const candidates = gazetteer.lookup(name);
      if (candidates.length === 0) continue;
      // `City of London Police`, `Republic of Ireland Football Association`: the name of a body.
      const next = after[to + 1];
      if (next && ORGANISATION_WORDS.has(bareWord(next))) return undefined;
      return acceptedMention(name, start, text, paragraph, candidates, gazetteer, context);
    }
  }
  return undefined;
}

/** `People’s `: a capitalised word in the possessive, right before a run. */
const POSSESSIVE_WORD_BEFORE = /(\p{Lu}\p{Ll}+ (\p{Lu}\p{Ll}+['’]s)|\p{Lu}\p{Ll}+['’]s) $/u;
