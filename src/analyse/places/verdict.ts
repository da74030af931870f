import { APOSTROPHE, codeAt, DOLLAR, FULL_STOP, opensSentenceAt, precedingWord, RIGHT_QUOTE, SPACE } from './capitalised-runs.js';
import { followingContainer, PARTY_TAG_BEFORE } from './containers.js';
import { type Gazetteer, type GazetteerPlace, spansCountries } from './gazetteer.js';
import { type ArticleContext, newMention, type RawMention } from './mention.js';
import { looseKey } from './names.js';
import { PARTY_PEOPLE } from './people.js';
import {
  isDistantSpelling,
  isNationOrState,
  isTeamTown,
  isWidelyKnown,
  onlyByDistantSpelling,
  spelledExactly,
  TEAM_DISTRICT_POPULATION,
  TEAM_TOWN_POPULATION,
  WELL_KNOWN_CITY,
} from './place-kinds.js';
import { LOCATIVE_WORDS, NOT_PLACE_WORDS, ORGANISATION_WORDS, PERSON_TITLES, TEAM_WORDS } from './words.js';

/**
 * The verdict on a name found by itself: a place, a place only if the article backs it (`weak`), a name
 * alone (`unplaced`), a team's town, or no place at all (a party to a court case, a firm, a leader's
 * government, a craft). The rules that turn a gazetteer's match down, apart from the code that finds the
 * matches.
 */

/** `of` or `for` and a capital after an organisation's word: the name goes on (`Centre for Economic…`). */
const ORGANISATION_OPENS_NAME = /^ (?:of|for) (?:the )?[A-Z]/;
const CURRENCY_AFTER = /^ dollars?\b/;
const LOWER_D = 100;

const LOWER_S = 115;

/** ` administration`, `'s White House`, ` email investigation`, `-era`: what a leader's government, doings and time are called after the leader's name. */
const LEADERS_GOVERNMENT_AFTER = /^(?:(?:['’]s)? (?:administration|White House|presidency|government|era|impeachment|campaign|emails?(?: (?:investigation|inquiry|probe|scandal|server))?)\b|-era\b)/;

/** `the `, `the 1999 `, `a `: what stands before a leader's name that names their government or their time. */
const LEADER_DETERMINER_BEFORE = /(?:^|\s)(?:the|a|an)\s(?:\d{4}\s)?$/i;

/** A lower-case word right after a name that is no preposition, conjunction or verb of being: the noun it qualifies. */
const NOUN_AFTER =
  /^ (?!(?:of|in|on|at|near|and|or|to|for|with|from|by|into|over|under|during|despite|against|via|than|is|was|are|were|has|had|have|will|would|said|says|where|which|that|who|when|after|before|since|until|but|as|last|next|this|yesterday|today|tonight|tomorrow|early|late|later|earlier|again|now|then|recently|ago|every|each|once|twice|too|also|soon)\b)\p{Ll}/u;

/** Words of astronomy that put an article in space. */
const SPACE_WORDS = /\b(?:planets?|moons?|orbit(?:s|ing|ed)?|spacecraft|NASA|solar system|telescopes?|astronom(?:er|ers|y)|asteroids?|Saturn|lunar)\b/;

/**
 * Whether the article is about space, read the first time a name of the solar system's bodies asks: few
 * articles name one, and searching every paragraph of every article for the words of astronomy costs more.
 */
function isAboutSpace(context: ArticleContext): boolean {
  context.aboutSpace ??= context.paragraphs.some((text) => SPACE_WORDS.test(text));
  return context.aboutSpace;
}

/** Bodies of the solar system that the gazetteer also has as towns (`Titan`, Afghanistan; `Jupiter`, Florida). */
const SOLAR_SYSTEM_BODIES: ReadonlySet<string> = new Set(['Titan', 'Jupiter', 'Ceres', 'Mars', 'Saturn', 'Venus', 'Mercury', 'Pluto', 'Europa', 'Neptune', 'Uranus', 'Io']);

/** `.com`, `.org`: a web domain's ending. */
const WEB_DOMAIN_AT = /^\.(?:com|org|net|gov|co\.uk|io)\b/;
/** ` agreement`, ` climate accord`, ` Protocol`: words after a town that make it a treaty's name. */
// (`Convention` only in capitals: `Hollywood convention` is a custom.)
const AGREEMENT_AFTER = /^\s+(?:(?:[Cc]limate|[Pp]eace|[Nn]uclear|[Tt]rade|[Cc]limate\s+[Cc]hange)\s+)?(?:[Aa]greements?|[Aa]ccords?|[Tt]reaty|[Tt]reaties|[Pp]rotocol|Conventions?|[Pp]act)\b/;

/** `the Western District of `: a US federal court's district, before the state or city it covers. */
const COURT_DISTRICT_BEFORE = /\b(?:Southern|Northern|Eastern|Western|Central|Middle)\s+District\s+of\s+(?:the\s+)?$/;

/** `"`, `“`, `”`: the quote marks a term is set in. */
const QUOTE_MARKS: ReadonlySet<number> = new Set([34, 0x201c, 0x201d]);

const OPEN_BRACKET = 40;
/** ` v. `, ` vs. `: between the parties to a court case, before or after a name. */
// (Before, the party's name may have begun already: `v. District of Columbia`.)
const CASE_PARTY_BEFORE = /\sv(?:s)?\.\s(?:\p{Lu}[\p{L}.'’-]*\s+(?:of\s+(?:the\s+)?)?)*$/u;
const CASE_PARTY_AFTER = /^\sv(?:s)?\.\s/;

const CLOSE_BRACKET = 41;

/** `) --`, `) —`: a bracket closed before a dateline's dash. */
const AGENCY_CLOSE_AT = /^\)\s*[-—–]/;

/** `Ted Cruz (`: a capitalised name right before an opening bracket. */
const STATE_TAG_AFTER_NAME = /\p{Lu}[\p{L}'’-]+\s\($/u;

/**
 * `Name of Place` is most often an organisation's, a building's or a title's name (`Bank of England`,
 * `Lloyds of London`, `Tower of London`, `Mayor of London`), unless the name is a kind of country or
 * place (`Republic of Ireland`, `Isle of Man`) or only capitalised because it opens the sentence.
 */
export function isInsideOrganisation(text: string, start: number, candidates: GazetteerPlace[], gazetteer: Gazetteer): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  // (A hyphenated surname is one word: `Mario Diaz-Balart of Florida`.)
  const match = /(?<![\p{L}-])([A-Z][\p{L}'’]*(?:-[A-Z][\p{L}'’]*)?)\s+(of|for)\s+(?:the\s+)?$/u.exec(before);
  if (!match?.[1]) return false;
  // `the occupation by Russia of Crimea`: a country's name before `of` is no body's.
  if (match[2] === 'of' && gazetteer.lookup(match[1]).some((place) => place.kind === 'country' && spelledExactly(place, match[1] as string))) return false;
  // (`left Hong Kong for Moscow`, `London for Paris`: nor is a great city's or a country's before `for`.)
  if (match[2] === 'for') {
    const run = /(?:[A-Z][\p{L}'’.-]*\s+){0,2}$/u.exec(before.slice(0, match.index))?.[0] ?? '';
    const from = `${run}${match[1]}`;
    if (gazetteer.lookup(from).some((place) => place.kind === 'country' || isWidelyKnown(place))) return false;
  }
  const isCountry = candidates.some((place) => place.kind === 'country');
  // `SK Telecom of South Korea`, `General Motors of the US`: a firm's trade, then its country.
  if (ORGANISATION_WORDS.has(match[1])) return !(isCountry && match[2] === 'of' && FIRM_TRADES.has(match[1]));
  if (PLACE_KINDS_BEFORE_OF.has(match[1]) || NOT_PLACE_WORDS.has(match[1])) return false;
  // (`Senator McCain, Republican of Arizona,`, `Tammy Duckworth, Democrat of Illinois`: a party's member and the state.)
  if (match[2] === 'of' && PARTY_PEOPLE.has(match[1])) return false;
  // `Ericsson of Sweden`, `Dechy of France`: a firm or a person, then the country it is from (a body's
  // word, a sea's or a title makes it one name: `Bank of Japan`, `Gulf of Mexico`, `King Abdullah of Jordan`).
  if (isCountry && match[2] === 'of' && !WATER_WORDS.has(match[1]) && !PERSON_TITLES.has(match[1])) {
    const titled = /([A-Z][\p{L}]*)\s+(?:[A-Z][\p{L}'’-]*\s+)?$/u.exec(before.slice(0, match.index));
    if (!titled?.[1] || !PERSON_TITLES.has(titled[1].replace(/^ex-/i, ''))) return false;
  }
  // `Irakli Labadze of Georgia`: a person's full name, then where the person is from (not a title's
  // place, `Lord Nicholls of Birkenhead`, `King Abdullah of Jordan`).
  const given = PERSON_OF_PLACE.exec(before.slice(0, match.index));
  if (given?.[1] && / of\s+(?:the\s+)?$/.test(before) && !PERSON_TITLES.has(given[1]) && !PERSON_TITLES.has(match[1])) {
    return false;
  }
  // (`Vania King of the United States`: a title's word after a given name is the person's surname.)
  if (given?.[1] && match[2] === 'of' && isCountry && PERSON_TITLES.has(match[1]) && gazetteer.isFirstName(given[1]) && !PERSON_TITLES.has(given[1])) return false;
  const wordStart = start - (before.length - (match.index ?? 0));
  return !opensSentenceAt(text, wordStart);
}

/** Words that end a firm's name by its trade (unlike `Bank` or `University`, no `of` name goes on). */
const FIRM_TRADES = new Set(['Telecom', 'Telecoms', 'Motors', 'Electronics', 'Industries', 'Holdings', 'Airways', 'Airlines']);

/** `Gulf of Mexico`, `Bay of Bengal`: a body of water, whose name holds a country's. */
const WATER_WORDS = new Set(['Gulf', 'Bay', 'Sea', 'Ocean', 'Strait', 'Straits', 'Lake', 'Channel']);

/** The given name right before the surname in `Eleni Daniilidou of Greece` (no possessive: `Shakespeare's`). */
const PERSON_OF_PLACE = /(?:^|[\s(])(?!(?:The|A|An|And|Of|For)\s)([A-Z][\p{Ll}-]+)\s+$/u;
const PLACE_KINDS_BEFORE_OF = new Set([
  'Republic',
  'Kingdom',
  'Isle',
  'Islands',
  'City',
  'Province',
  'State',
  'States',
  'County',
  'Region',
  'Commonwealth',
  'Principality',
  'Emirate',
  'Sultanate',
  'Federation',
  'Union',
  'North',
  'South',
  'East',
  'West',
  'Parts',
  'Much',
  'Rest',
]);

/** `unplaced`: a name alone, with nothing in the sentence that puts it somewhere. */
export type Verdict = 'place' | 'unplaced' | 'team' | 'weak' | 'no';

/**
 * A place found by its name alone must look like one where it stands. `weak`: a place only if the
 * article also names it where it is plainly a place (a dateline, `in Reading`, `the town of Brega`).
 */
export function acceptable(
  name: string,
  start: number,
  end: number,
  text: string,
  candidates: GazetteerPlace[],
  gazetteer: Gazetteer,
  context: ArticleContext,
): Verdict {
  const words = name.split(' ');
  const first = words[0] ?? '';
  if (NOT_PLACE_WORDS.has(first) && words.length === 1) return 'no';
  // (`Planned Parenthood v. Casey`, `Palmer v. District of Columbia`: the parties to a court case name it, no place.)
  // (Most paragraphs name no case: one look for ` v` spares the patterns.)
  if (text.includes(' v') && (CASE_PARTY_BEFORE.test(text.slice(Math.max(0, start - 60), start)) || CASE_PARTY_AFTER.test(text.slice(end, end + 5)))) return 'no';
  // `a visit to University`, `in Parliament`: an organisation's word alone names no place.
  if (ORGANISATION_WORDS.has(first) && words.length === 1) return 'no';
  // `Us magazine`: a country's short form counts only as written (`US`).
  if (name.length <= 4 && candidates.every((place) => place.kind === 'country' && !spelledExactly(place, name))) return 'no';
  // (`the Vatican`: a demonym that is also a city-state's own name is the country; `Saudi` stays a demonym.)
  if (gazetteer.isDemonym(name) && !candidates.some((place) => place.kind === 'country' && place.name === `${name} City`)) return 'no';
  // (`Jordan Peterson spoke in Jordan`, `Chelsea Clinton … in Chelsea, Massachusetts`: a person's name
  // elsewhere, but here put somewhere.)
  // (Not the town the story is filed from: `ORLANDO, Fla. —` … `as Orlando braced`, beside an Orlando Gonzalez.)
  if (words.length === 1 && context.personWords.has(name) && !placedDespitePerson(text, start, end, candidates, gazetteer) && context.filedFrom !== looseKey(name)) return 'no';
  if (SOLAR_SYSTEM_BODIES.has(name) && isAboutSpace(context)) return 'no';
  // (`the Obama administration`, `the Bush White House`: a leader's government, named for the leader, not
  // a town that shares the name; a well-known place may still stand for its government.)
  // (`the Clinton email investigation`, `the 1999 Clinton impeachment`, `a Clinton-era regulation`: so are the
  // leader's impeachment, campaign and emails, and their era.)
  if (words.length === 1 && LEADERS_GOVERNMENT_AFTER.test(text.slice(end, end + 30)) && LEADER_DETERMINER_BEFORE.test(text.slice(Math.max(0, start - 10), start)) && !candidates.some(isWidelyKnown)) return 'no';
  if (isInsideOrganisation(text, start, candidates, gazetteer)) return 'no';
  // (`Nancy Pelosi (D., Calif.)`: a legislator's party tag, as the Wall Street Journal writes it, is a label.)
  if (PARTY_TAG_BEFORE.test(text.slice(Math.max(0, start - 8), start)) && /^\.?\)/.test(text.slice(end, end + 2))) return 'no';
  // (`Sens. Ted Cruz (Texas) and Marco Rubio (Fla.)`: so is a state alone in brackets after a legislator's name;
  // not `the Waco (Texas) Tea Party`, a town's state inside a name that goes on.)
  if (
    codeAt(text, end) === CLOSE_BRACKET &&
    STATE_TAG_AFTER_NAME.test(text.slice(Math.max(0, start - 30), start)) &&
    !/^\)\s\p{Lu}/u.test(text.slice(end, end + 3)) &&
    candidates.some((place) => place.kind === 'region' && place.countryCode === 'US')
  ) {
    return 'no';
  }
  // `the Western District of New York`: a federal court's district names the court, as `the Southern
  // District` alone does.
  if (COURT_DISTRICT_BEFORE.test(text.slice(Math.max(0, start - 40), start)) || (/ District$/.test(name) && /^ of /.test(text.slice(end, end + 4)))) return 'no';
  // `J de Villiers`, `Ruud van Nistelrooy`: a surname after a name and a particle.
  if (/\b[A-Z][\p{L}.]*\s+(?:de|van|von|der|den|du|da|di|dos|le|la)\s+$/u.test(text.slice(Math.max(0, start - 30), start))) {
    return 'no';
  }
  // `the space shuttle Atlantis` … `to launch Atlantis`: a craft named like a place, not the place.
  if (words.length === 1 && context.thingNames.has(name)) return 'no';
  // (`the Ways and Means Committee`: a committee's name, not Richmond Hill, Georgia, once called Ways.)
  if (name === 'Ways' && text.startsWith(' and Means', end)) return 'no';
  // `WUHAN, Jan. 11 (Xinhua) --`: the agency in a dateline's brackets, not a town of its name.
  if (codeAt(text, start - 1) === OPEN_BRACKET && AGENCY_CLOSE_AT.test(text.slice(end, end + 5))) return 'no';
  // (`known in Chinese as "Chengguan"`, `the "Chengguan"`: a word set in quote marks on its own is a term
  // or a title, not a town of its name.)
  if (QUOTE_MARKS.has(codeAt(text, start - 1)) && QUOTE_MARKS.has(codeAt(text, end))) return 'no';
  // `Johnson & Johnson`, `Marks & Spencer`: a firm.
  if (/&\s*$/.test(text.slice(Math.max(0, start - 3), start)) || /^\s*&/.test(text.slice(end, end + 3))) return 'no';
  // `the US dollar`, `Hong Kong dollars`: a currency, not a place.
  if (codeAt(text, end + 1) === LOWER_D && CURRENCY_AFTER.test(text.slice(end, end + 9))) return 'no';
  // `Edmunds.com`: a website's name.
  if (codeAt(text, end) === FULL_STOP && WEB_DOMAIN_AT.test(text.slice(end, end + 8))) return 'no';
  // `the Paris agreement`, `the Kyoto Protocol`: a treaty named for the town where it was made (a country
  // or a region a treaty is named for, `the Iran deal`, is a party to it; a part of the world, `a Middle
  // East peace treaty`, is what it settles).
  if (AGREEMENT_AFTER.test(text.slice(end, end + 32)) && !candidates.some(isNationOrState)) return 'no';
  // `Antonio "LA" Reid`: a nickname between a given name and a surname.
  if (/[A-Z][\p{Ll}]+ ["“]$/u.test(text.slice(Math.max(0, start - 20), start)) && /^["”] [A-Z]/.test(text.slice(end, end + 3))) return 'no';
  const isAllCaps = /^[A-Z.]+$/.test(name) && name.replace(/\./g, '').length <= 4;
  // `US$42m`, `HK$327m`: a currency, not a place.
  if (isAllCaps && codeAt(text, end) === DOLLAR) return 'no';
  // `a 40 GB drive`: gigabytes after a number, not `the GB team` (`300 US shareholders` is the US).
  if (name === 'GB' && /\d\s?$/.test(text.slice(Math.max(0, start - 2), start))) return 'no';
  if (isAllCaps) {
    // `US`, `UK`, `UAE`, `LA`: only a country's or a great city's own short form, never a code that
    // happens to spell a town.
    const isShortForm = candidates.some(
      (place) => (place.kind === 'country' || (place.population ?? 0) >= WELL_KNOWN_CITY) && spelledExactly(place, name),
    );
    return isShortForm ? 'place' : 'no';
  }
  const strong = candidates.some(
    (place) => place.kind === 'country' || spansCountries(place) || place.featureCode === 'PPLC',
  );
  // `the City of London`, `City of Edinburgh`: a council area's formal name (not `Manchester City`).
  const formalName = first === 'City' && words[1] === 'of';
  if (!formalName && words.some((word) => ORGANISATION_WORDS.has(word)) && !strong) {
    // `the Centre for Economic Policy Research`: the start of a body's name, whatever the gazetteer says.
    if (ORGANISATION_OPENS_NAME.test(text.slice(end, end + 12))) return 'no';
    // `White House`, `Union City`: a building or a club unless it is a big place or put somewhere.
    const big = candidates.some((place) => (place.population ?? 0) >= 100_000 && !isDistantSpelling(name, place));
    // (`to White House officials`: a name before a noun qualifies it, whatever preposition comes first.)
    // (`areas like Rapid City, S.D.`: a state after a comma puts it somewhere too.)
    if (!big && (!LOCATIVE_WORDS.has(precedingWord(text, start)) || NOUN_AFTER.test(text.slice(end, end + 24))) && !followingContainer(text, start, end, gazetteer)) return 'no';
  }
  if (!strong && inCityOwning(text, start, candidates, gazetteer)) return 'place';
  // `the Highlands`, `the Borders`: an everyday plural with `the` before it, capitalised, names a region
  // (not `the West`, `the South`: a direction).
  const namesRegion = name.endsWith('s') && gazetteer.isCommonWord(name) && precedingWord(text, start) === 'the';
  if (namesRegion && candidates.some((place) => place.kind === 'region')) return 'place';
  // `Reading`, `Mobile`, `Bath`: a place where the sentence puts it somewhere; a team named for it
  // (`Bath prop`) is still its name, but only the stranger test can tell a town's team from a firm's boss.
  // (`checks to Crossroads`, a super PAC: a common word that only another name of a town spells is no more
  // than weak, cue or not.)
  if (gazetteer.isCommonWord(name) && !strong) {
    return isCued(text, start, end, gazetteer) && !onlyByDistantSpelling(name, candidates) ? 'place' : teamOrWeak(text, name, end, candidates);
  }
  // A company or a person can share a spelling with a far-off town: only `X, Country` settles it.
  if (onlyByDistantSpelling(name, candidates)) return followingContainer(text, start, end, gazetteer) ? 'place' : 'weak';
  // `Mercedes`, `Chelsea`: a first name and a small town; the name more often means a firm or a person.
  const small = candidates.every((place) => (place.population ?? 0) < 200_000);
  if (!strong && words.length === 1 && gazetteer.isFirstName(name) && small) {
    return isCued(text, start, end, gazetteer) ? 'place' : teamOrWeak(text, name, end, candidates, TEAM_DISTRICT_POPULATION);
  }
  // `Charlton boss`: still only a name, but the corpus's evidence that a team is named for the town.
  if (!strong && !isCued(text, start, end, gazetteer)) return teamOrWeak(text, name, end, candidates, TEAM_DISTRICT_POPULATION, 'unplaced');
  return 'place';
}

/** The mention of a name found by itself, unless `acceptable` turns it down or leaves it only weak. */
export function acceptedMention(
  name: string,
  start: number,
  text: string,
  paragraph: number,
  candidates: GazetteerPlace[],
  gazetteer: Gazetteer,
  context: ArticleContext,
): RawMention | undefined {
  const end = start + name.length;
  const verdict = acceptable(name, start, end, text, candidates, gazetteer, context);
  if (verdict === 'no' || verdict === 'weak') return undefined;
  const mention = newMention(paragraph, name, start, end, 'name', candidates);
  markVerdict(mention, verdict);
  return mention;
}

/** A verdict short of `place` or `no`, written on the mention. */
export function markVerdict(mention: RawMention, verdict: Verdict): void {
  if (verdict === 'weak') mention.weak = true;
  if (verdict === 'unplaced' || verdict === 'team') mention.unplaced = true;
  if (verdict === 'team') mention.team = true;
}

/**
 * `in Jordan.`, `in Chelsea, Massachusetts`: a name that a person bears, put somewhere all the same: a
 * country or a great city after `in`, a town before its state (not `for Bush, Iran jumped`, nor the
 * film in `Ray Charles in Ray`).
 */
function placedDespitePerson(text: string, start: number, end: number, candidates: GazetteerPlace[], gazetteer: Gazetteer): boolean {
  if (followingContainer(text, start, end, gazetteer)?.kind === 'region') return true;
  const preceding = precedingWord(text, start);
  if ((preceding !== 'in' && preceding !== 'near') || /^['’]/.test(text.slice(end, end + 1))) return false;
  return candidates.some((place) => place.kind === 'country' || (place.population ?? 0) >= WELL_KNOWN_CITY);
}

/**
 * `Chelsea manager`, `Sale coach`: a team named for a sizeable town of that very name (not a region,
 * `North` for Cameroon's, nor another spelling, `North` for North Salt Lake), left to the stranger test;
 * otherwise weak.
 */
function teamOrWeak(
  text: string,
  name: string,
  end: number,
  candidates: GazetteerPlace[],
  minPopulation = TEAM_TOWN_POPULATION,
  otherwise: Verdict = 'weak',
): Verdict {
  // Most names are followed by a capital, a comma or a full stop: only a space and a lower-case word can
  // bring a team's word (a possessive first: `Chelsea's manager`).
  const next = codeAt(text, end);
  if (next !== SPACE && next !== APOSTROPHE && next !== RIGHT_QUOTE) return otherwise;
  const after = /^(?:['’]s?)?\s+([a-z-]+)\b/.exec(text.slice(end, end + 24));
  if (!after?.[1] || !TEAM_WORDS.has(after[1])) return otherwise;
  return candidates.some((place) => isTeamTown(place, name, minPopulation)) ? 'team' : otherwise;
}

/** The sentence puts the name somewhere: `in Reading`, `Lockerbie, Scotland`. */
function isCued(text: string, start: number, end: number, gazetteer: Gazetteer): boolean {
  return LOCATIVE_WORDS.has(precedingWord(text, start)) || followingContainer(text, start, end, gazetteer) !== undefined || (codeAt(text, end) === SPACE && LAND_WORD_AFTER.test(text.slice(end, end + 12)));
}

/**
 * ` valley`, ` province`: a word for a stretch of land after a name says the name is a place's (`the
 * northwestern Swat valley`; not ` region` or ` peninsula`, which follow an adjective as often: `the Balkan
 * peninsula`).
 */
const LAND_WORD_AFTER = /^ (?:valley|province|district|delta|plateau|basin)\b/;

/**
 * `London's West End`: a great city's possessive puts a name of its own country in it (not `Japan's
 * Honda`, a country's firm, nor `New York's Hot 97`, where only Thailand has a Hot).
 */
function inCityOwning(text: string, start: number, candidates: GazetteerPlace[], gazetteer: Gazetteer): boolean {
  if (codeAt(text, start - 2) !== LOWER_S || codeAt(text, start - 1) !== SPACE) return false;
  const match = /([A-Z][\p{L}-]*(?: [A-Z][\p{L}-]*)?)['’]s\s$/u.exec(text.slice(Math.max(0, start - 30), start));
  if (!match?.[1]) return false;
  const cities = gazetteer.lookup(match[1]).filter((place) => place.kind === 'city' && (place.population ?? 0) >= WELL_KNOWN_CITY);
  return cities.some((city) => candidates.some((place) => place.countryCode === city.countryCode));
}
