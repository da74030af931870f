import { anyWordIn, bareWord, COMMA, COMPOUND, codeAt, FULL_STOP, precedingWord, SPACE, type Span, type Token, trimName } from './capitalised-runs.js';
import { followingContainer } from './containers.js';
import type { Gazetteer, GazetteerPlace } from './gazetteer.js';
import { type ArticleContext, NO_MENTIONS, newMention, overlapsAny, type RawMention } from './mention.js';
import { isPersonSpan } from './people.js';
import { isUsState, isWidelyKnown, spelledExactly, townOnly, WELL_KNOWN_CITY } from './place-kinds.js';
import { LOCATIVE_WORDS, NOT_PLACE_WORDS, ORGANISATION_WORDS } from './words.js';

/**
 * Names that a phrase introduces as places, known to the gazetteer or not: `the town of Brega`, `Benghazi,
 * the rebel capital`, `the Har Homa settlement`, `Starr County`, `the MP for Ashfield`, `The counties are
 * Alameda, Alpine …`. Apart from the readings of runs (`run-mentions.ts`): these start from the words around
 * a name, not from the gazetteer's names.
 */

// (`the city of St. Louis`: an abbreviated saint, fort or mount goes on past its full stop.)
const NAME_WORD = String.raw`(?:(?:St|Ste|Ft|Mt)\.(?=\s[A-Z])|(?:(?:al|el|ad|as|an|ar|ash|at|az)-)?[A-Z][\p{L}'’]*(?:-[\p{L}]+)*)`;
const NAME = String.raw`(${NAME_WORD}(?:\s${NAME_WORD}){0,3})`;
const TOWN_KIND = `(?:town|city|village|port|oil port|capital|oasis|suburb|hamlet|settlement|stronghold|outpost|resort)`;
const KIND = `(?:town|city|village|port|oil port|region|province|district|capital|oasis|suburb|enclave|county|state|island|hamlet|settlement|municipality|governorate|neighbou?rhood|border town|stronghold|outpost|crossing|hub|resort)`;
/** `the village of `: a kind of town and `of`, right before a name (not `the true state of`). */
const KIND_OF_BEFORE = new RegExp(String.raw`\b${TOWN_KIND}\s+of\s+$`);
/** `, a small oil town`, `, the rebel capital`: an apposition whose head is a kind of town. */
const TOWN_KIND_AFTER = new RegExp(String.raw`^,\s+(?:the|a|an|another)\s+(?:[\p{L}-]+\s+){0,3}?${TOWN_KIND}\b`, 'u');
// Anchored on the kind word (`port of`, `town,`), which is rare, rather than on `the`, which is not;
// the words before it are checked afterwards (see `INTRODUCED_LEAD`).
const INTRODUCED_PATTERNS: RegExp[] = [
  // the oil port of Ras Lanuf, the strategic city of Ajdabiya, the town of Brega
  new RegExp(String.raw`\b${KIND}\s+of\s+${NAME}`, 'gu'),
  // another oil town, Brega (towns only: `the state, Gazprom` names a firm)
  new RegExp(String.raw`\b${TOWN_KIND},\s+${NAME}`, 'gu'),
];
/**
 * `the Chanae district of Narathiwat`, `the Tremé neighborhood`, `in Landhi district`: a kind of place
 * after the name, heading its phrase (not `the Gaza district court`), after a determiner or a locative
 * preposition (not `expand Har Homa settlement`, nor `Abbott district` schools). Not `city` or `town`, which
 * clubs and councils are named with (`the Leicester City striker`, `the Ashford town council`).
 */
const KIND_AFTER_NAME = new RegExp(
  String.raw`\b(?:the|their|its|in|near|at|from|outside|around|across|inside)\s+${NAME}\s+(?:district|neighbou?rhood|region|province|settlement|village|suburb|island|county|township|enclave|municipality|governorate|prefecture|oasis)\b(?!\s+(?!(?:of|in|on|near|where|which|that|and|or|with|from|to|for|by|is|was|has|had|but|after|before)\b)[a-z])`,
  'gu',
);
// `the Swiss resort of Davos`: one capitalised word (a demonym, mostly) may stand among them, or two, no
// demonym (`the New Jersey capital of`); a possessive may stand for `the` (`their village of Wanba`).
const INTRODUCED_LEAD = /\b(?:the|a|another|their|its|his|her|our)\s+(?:[a-z-]+\s+){0,2}(?:([A-Z][a-z]+)\s+|([A-Z][a-z]+\s+[A-Z][a-z]+)\s+)?(?:[a-z-]+\s+){0,2}$/;

export const KIND_WORD = new RegExp(`\\b${KIND}\\b`);
// `Benghazi, the rebel capital`, `Brega, a small oil town`: a name and its kind after a comma. The kind word heads
// its phrase: `Gazprom, the state gas firm` names a firm, not a state.
const FOLLOWED_BY_KIND = new RegExp(
  String.raw`^,\s+(?:the|a|an)\s+(?:[a-z-]+\s+){0,3}?${KIND}\b(?!\s+(?!(?:of|in|on|near|where|which|that|and|or|with|from|to|for|by|is|was|has|had|but|after|before)\b)[a-z])`,
  'u',
);

/** `Similarly`, `Apparently`: one word in -ly. */
const ADVERB_ENDING = /^\p{Lu}\p{Ll}+ly$/u;
/** Nothing, or a sentence's end and a space, right before a word. */
const SENTENCE_START_BEFORE = /(?:^|[.!?]["”’]?\s)$/;

/**
 * A constituency's name: up to three capitalised words, two such names joined by `and` or `&`
 * (`Kensington and Chelsea`, `Folkestone & Hythe`), hyphens inside (`Henley-on-Thames`); no apostrophe,
 * so that a possessive (`Plaid Cymru's`) ends no name.
 */
const SEAT_WORDS = String.raw`[A-Z][\p{L}]*(?:-[\p{L}]+)*(?:\s[A-Z][\p{L}]*(?:-[\p{L}]+)*){0,2}`;
const SEAT_NAME = String.raw`(${SEAT_WORDS}(?:\s(?:and|&)\s${SEAT_WORDS})?)`;
// The name ends where the sentence goes on in lower case or stops: `MP for Merionnydd Nant Conwy and
// Plaid Cymru's leader` names the seat before `and`.
const MEMBER_FOR = new RegExp(String.raw`\b(?:MPs?|MSPs?|AMs?|MEPs?|[Mm]ember)\s+for\s+${SEAT_NAME}(?=[,.;:)]|\s+[a-z(]|\s*$)`, 'gu');
const SEAT_WORD = /\b(?:seat|constituency)\b/g;
const NAMED_BEFORE_SEAT = new RegExp(String.raw`\b(?:the|his|her|their|[A-Z][\p{L}-]*['’]s)\s+${SEAT_NAME}\s+$`, 'u');
/** `the Labour seat`, `a Commons constituency`, `the Security Council seat`: a party's or a body's. */
const NOT_SEAT_NAME = /^(?:Labour|Tory|Tories|Conservative|Liberal|Lib|Democrat|Democratic|Republican|Green|SNP|Plaid|UKIP|Independent|Commons|Lords|Senate|Parliamentary|Parliament|Assembly|Cabinet|Security|Board|Westminster)\b/;

/**
 * `the MP for Mid-Bedfordshire`, `Geoff Hoon's Ashfield seat`: a parliamentary constituency, a place
 * even where the gazetteer has no town of the name (`resolveArticle` places it in its parliament's country).
 */
export function seatMentions(text: string, paragraph: number, gazetteer: Gazetteer, context: ArticleContext): RawMention[] {
  // Most paragraphs name no member and no seat: plain searches settle that before any pattern runs.
  const members = text.indexOf('P for ') >= 0 || text.indexOf('Ps for ') >= 0 || text.indexOf('AM for ') >= 0 || text.indexOf('AMs for ') >= 0 || text.indexOf('ember for ') >= 0;
  const seats = text.indexOf('seat') >= 0 || text.indexOf('constituenc') >= 0;
  if (!members && !seats) return NO_MENTIONS;
  const mentions: RawMention[] = [];
  const found: [string, number][] = [];
  if (members) {
    for (const match of text.matchAll(MEMBER_FOR)) {
      const name = match[1] ?? '';
      found.push([name, (match.index ?? 0) + match[0].length - name.length]);
    }
  }
  for (const match of seats ? text.matchAll(SEAT_WORD) : []) {
    const at = match.index ?? 0;
    const before = text.slice(Math.max(0, at - 80), at);
    const name = NAMED_BEFORE_SEAT.exec(before)?.[1];
    // The name ends where the spaces before `seat` begin.
    if (name) found.push([name, at - (before.length - before.trimEnd().length) - name.length]);
  }
  for (const [written, start] of found) {
    const name = trimName(written);
    if (!name || NOT_SEAT_NAME.test(name)) continue;
    const mention = introducedMention(name, start, text, paragraph, gazetteer, context);
    if (!mention) continue;
    mention.cue = 'seat';
    mentions.push(mention);
  }
  return mentions;
}

/** Names that a phrase introduces as places, whether or not the gazetteer knows them. */
export function introducedMentions(
  text: string,
  paragraph: number,
  spans: Span[],
  namesKind: boolean,
  gazetteer: Gazetteer,
  context: ArticleContext,
): RawMention[] {
  const mentions: RawMention[] = [];
  const patterns = namesKind ? INTRODUCED_PATTERNS : [];
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) {
      const at = match.index ?? 0;
      const lead = INTRODUCED_LEAD.exec(text.slice(Math.max(0, at - 50), at));
      if (!lead) continue;
      const name = trimName(match[1] ?? '');
      if (!name) continue;
      const mention = introducedMention(name, at + match[0].length - (match[1] ?? '').length, text, paragraph, gazetteer, context);
      if (!mention) continue;
      // Only a phrase that calls it a town (`the village of Wanba`): `the state of` may name a firm's owner.
      mention.introducedAsPlace = KIND_OF_BEFORE.test(text.slice(Math.max(0, mention.start - 40), mention.start)) || TOWN_KIND_AFTER.test(text.slice(mention.end, mention.end + 60));
      // `the Spanish island of Fuerteventura`, `the Thai island of Koh Phi Phi`: the demonym says where.
      const country = lead[1] ? gazetteer.countryOfDemonym(lead[1]) : undefined;
      if (country && !mention.within && (mention.candidates.length === 0 || mention.candidates.some((place) => place.countryCode === country.countryCode))) {
        mention.within = country;
      }
      // (`the West London district of Notting Hill`, which the gazetteer lacks: the place two capitalised words
      // name, or their last word, the biggest of its name, says where.)
      if (lead[2] && !mention.within && mention.candidates.length === 0) {
        const named = gazetteer.lookup(lead[2]);
        const within = biggest(named.length > 0 ? named : gazetteer.lookup(lead[2].slice(lead[2].indexOf(' ') + 1)));
        if (within) mention.within = within;
      }
      mentions.push(mention);
    }
  }
  // `X, the rebel capital`, `X, Scotland`: look at what follows each capitalised run.
  for (const span of spans) {
    let tokens = span.tokens;
    const last = tokens[tokens.length - 1] as Token;
    // Only a comma after the run can introduce it (`Benghazi, the rebel capital`; `Lockerbie, Scotland`).
    const next = codeAt(text, last.end);
    if (next !== COMMA && !(next === FULL_STOP && codeAt(text, last.end + 1) === COMMA)) continue;
    // Most commas go on with a word that neither opens `the …`/`a …` nor names a country (`, who said`).
    if (!mayIntroduce(text, last.end + (next === COMMA ? 1 : 2))) continue;
    while (tokens.length > 1 && NOT_PLACE_WORDS.has(bareWord(tokens[0] as Token))) tokens = tokens.slice(1);
    const first = tokens[0] as Token;
    const name = trimName(text.slice(first.start, last.end));
    if (!name || mentions.some((mention) => mention.start === first.start)) continue;
    if (codeAt(text, first.start + name.length) !== COMMA) continue;
    const rest = text.slice(first.start + name.length, first.start + name.length + 60);
    if (FOLLOWED_BY_KIND.test(rest)) {
      // (`Similarly, the city has yet to appoint …`: an adverb that opens a sentence before its comma is no village
      // of its spelling, whatever follows; `Italy, the …` is known far and wide.)
      if (ADVERB_ENDING.test(name) && SENTENCE_START_BEFORE.test(text.slice(Math.max(0, first.start - 3), first.start)) && !gazetteer.lookup(name).some(isWidelyKnown)) continue;
      const mention = introducedMention(name, first.start, text, paragraph, gazetteer, context);
      if (!mention) continue;
      // (`Bin Jawwad, a small town`; not `Gazprom, the state-controlled gas monopoly`.)
      mention.introducedAsPlace = TOWN_KIND_AFTER.test(rest);
      mentions.push(mention);
      continue;
    }
    const within = followingContainer(text, first.start, first.start + name.length, gazetteer);
    const isContainer = gazetteer.lookup(name).some((place) => place.kind === 'country' || place.featureCode === 'REGION');
    if (within && !isContainer && !NOT_PLACE_WORDS.has(name)) {
      const preceding = precedingWord(text, first.start);
      // `X, Libya` names a place when the sentence puts it somewhere or the gazetteer knows it.
      if (LOCATIVE_WORDS.has(preceding) || gazetteer.lookup(name).length > 0) {
        const mention = introducedMention(name, first.start, text, paragraph, gazetteer, context);
        if (mention) mentions.push(mention);
      }
    }
  }
  return mentions;
}

/** The most populous of some places, if any. */
function biggest(places: readonly GazetteerPlace[]): GazetteerPlace | undefined {
  let top: GazetteerPlace | undefined;
  for (const place of places) if ((place.population ?? 0) > (top?.population ?? -1)) top = place;
  return top;
}

/** A single capitalised word that reads as an adjective (`Olympic`, `Arctic`, `Kurdish`, `Byzantine`). */
const ADJECTIVE_ENDING = /^[A-Z][a-z]+(?:ic|ish|ian|ean|ese|ine)$/;

/**
 * Names a kind of place after them introduces (`the Har Homa settlement`), where no other reading found
 * a place (`the West London district of Notting Hill` is London's). Only the gazetteer's own spelling
 * counts (`the Hunter region` is not Jacobo Hunter, Peru).
 */
export function kindAfterNameMentions(text: string, paragraph: number, found: RawMention[], gazetteer: Gazetteer, context: ArticleContext): RawMention[] {
  const mentions: RawMention[] = [];
  for (const match of text.matchAll(KIND_AFTER_NAME)) {
    const written = match[1] ?? '';
    const name = trimName(written);
    const start = (match.index ?? 0) + match[0].indexOf(written);
    // (`the Olympic village`, `the Islamic district`: an adjective, no name of its own.)
    if (!name || written !== name || gazetteer.isCommonWord(name) || ADJECTIVE_ENDING.test(name) || COMPOUND.test(name)) continue;
    if (overlapsAny(found, paragraph, start, start + name.length)) continue;
    const mention = introducedMention(name, start, text, paragraph, gazetteer, context);
    if (!mention) continue;
    mention.candidates = mention.candidates.filter((place) => spelledExactly(place, name));
    mention.introducedAsPlace = true;
    mentions.push(mention);
  }
  return mentions;
}

/**
 * `south of Starr County`, `Highlands County, near Lake Okeechobee`: a name before a capitalised `County` is an
 * American county's, known to the gazetteer or not (not `Orange County Register`, `Pinellas County Sheriff`:
 * a capital after it makes the county part of a body's name or a title).
 */
const COUNTY_NAME = new RegExp(String.raw`${NAME}\sCounty\b(?![\s-]+\p{Lu})`, 'gu');
/** Words that open a sentence or a phrase, not a county's name (`The County`, `In Dade County`: `Dade`). */
const NOT_COUNTY_NAME_OPENERS = /^(?:The|A|An|In|At|On|Of|For|From|And|But|Its|Their|His|Her|This|That|Each|Every|One|Both)(?:\s+|$)/;

export function countyMentions(text: string, paragraph: number, found: RawMention[], gazetteer: Gazetteer, context: ArticleContext): RawMention[] {
  const mentions: RawMention[] = [];
  // (Only in a story that has named an American state: `Derby County`, `Notts County` are English football clubs.)
  if (!found.some((mention) => mention.candidates.some(isUsState))) return mentions;
  for (const match of text.matchAll(COUNTY_NAME)) {
    const written = match[1] ?? '';
    const opener = NOT_COUNTY_NAME_OPENERS.exec(written)?.[0] ?? '';
    const county = `${written.slice(opener.length)} County`;
    if (county.startsWith(' ') || county.startsWith('County')) continue;
    const start = (match.index ?? 0) + opener.length;
    if (overlapsAny(found, paragraph, start, start + county.length)) continue;
    const mention = introducedMention(county, start, text, paragraph, gazetteer, context);
    if (!mention) continue;
    // (Placed by the article, as a county the gazetteer lacks after a known town is: see `spanMentions`.)
    mention.candidates = mention.candidates.filter((place) => place.kind === 'region');
    mention.weak = false;
    mention.unplaced = false;
    mention.introducedAsPlace = true;
    mentions.push(mention);
  }
  return mentions;
}

/** After `, `: a capital (`Lockerbie, Scotland`) or `t`/`a` (`Benghazi, the rebel capital`, `a small town`). */
function mayIntroduce(text: string, at: number): boolean {
  let index = at;
  while (codeAt(text, index) === SPACE) index++;
  const code = codeAt(text, index);
  return (code >= 65 && code <= 90) || code === 116 || code === 97;
}

/** `Mr`, `Mrs`, `Ms`, `Dr`, opening a name. */
const COURTESY_TITLE_NAME = /^(?:Mr|Mrs|Ms|Dr)(?:\s|$)/;

/** `Department of `, `Ministry of the `: a body's name going on with `of`, right before a name. */
const BODY_OF_BEFORE = /\b(?:Department|Ministry|Office|Bureau|Agency|Board|Commission|Committee|Institute|Secretary|Minister|Director)\s+of\s+(?:the\s+)?$/;

/**
 * The mention of a name that a phrase introduces as a place, unless it is a person's, a firm's or a
 * people's name. (A module function, not a closure in `introducedMentions`: under tsx every closure
 * made per paragraph also pays for having its name set.)
 */
function introducedMention(
  name: string,
  start: number,
  text: string,
  paragraph: number,
  gazetteer: Gazetteer,
  context: ArticleContext,
): RawMention | undefined {
  const words = name.split(' ');
  if (isPersonSpan(words, gazetteer) || anyWordIn(words, ORGANISATION_WORDS)) return undefined;
  if (words.length === 1 && (context.personWords.has(name) || NOT_PLACE_WORDS.has(name))) return undefined;
  // (`parts of the city, Mr. Jackson did`: a courtesy title opens a person's name.)
  if (COURTESY_TITLE_NAME.test(name)) return undefined;
  if (gazetteer.isDemonym(name)) return undefined;
  const candidates = gazetteer.lookupLoose(name);
  // (`the Tennessee Department of Education, the state had …`: the end of a body's name is no place that
  // an apposition or a clause after it names.)
  if (candidates.length === 0 && BODY_OF_BEFORE.test(text.slice(Math.max(0, start - 24), start))) return undefined;
  const mention = newMention(paragraph, name, start, start + name.length, 'pattern', candidates);
  const within = townOnly(mention.candidates) ? followingContainer(text, mention.start, mention.end, gazetteer) : undefined;
  if (within) mention.within = within;
  return mention;
}

/** A kind of place in the plural, as a list of places is introduced or closed with. */
const PLURAL_KIND = '(?:counties|provinces|states|districts|regions|towns|cities|villages|islands|municipalities|boroughs|parishes|governorates|prefectures)';
/** A plural kind right after a run (` counties`), the end of a list that it closes. */
const PLURAL_KIND_AFTER_AT = new RegExp(String.raw`\s+${PLURAL_KIND}\b`, 'y');
/** One name of a list: up to four capitalised words, one space apart (`St.` the only full stop). */
const LISTED_NAME = String.raw`(?:St\.|\p{Lu}[\p{L}'’-]*)(?: (?:St\.|\p{Lu}[\p{L}'’-]*)){0,3}`;
/** What joins the names of a list: a comma, `and`, `or`, or a comma and one of them. */
const LIST_JOINT = String.raw`(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)`;
/** The first three letters of each plural kind. */
const PLURAL_KIND_OPENINGS: ReadonlySet<string> = new Set(['cou', 'pro', 'sta', 'dis', 'reg', 'tow', 'cit', 'vil', 'isl', 'mun', 'bor', 'par', 'gov', 'pre']);
/** The last letters of the list openers below. */
const LIST_OPENER_ENDINGS = 'edgfs';
/** The words between a plural kind and the list it opens (`counties are `, `provinces such as `). */
const KIND_OPENING_LIST = new RegExp(String.raw`\b${PLURAL_KIND}\s+(?:are|were|include|included|including|of|such\s+as|like)\s+$`);
/** The last word of those (`are`, `as`): the word right before a list's first name. */
const LIST_OPENERS: ReadonlySet<string> = new Set(['are', 'were', 'include', 'included', 'including', 'of', 'as', 'like']);
/** A list of two names or more, from where it starts. */
const LIST_AT = new RegExp(`${LISTED_NAME}(?:${LIST_JOINT}${LISTED_NAME})+`, 'uy');
/** `Alameda, Contra Costa and Santa Clara`: a list, ending where the text given ends. */
const LIST_BEFORE_KIND = new RegExp(`(${LISTED_NAME}(?:${LIST_JOINT}${LISTED_NAME})+)$`, 'u');
const LISTED_NAME_AT = new RegExp(LISTED_NAME, 'gu');

/**
 * `The counties are Alameda, Alpine, Amador …`, `Los Angeles and Orange counties`: a list of two names or
 * more that a plural kind of place introduces or closes names places, known to the gazetteer or not.
 */
export function kindListMentions(text: string, paragraph: number, spans: Span[], gazetteer: Gazetteer, context: ArticleContext): RawMention[] {
  // Read at the runs of capitals, which a list is made of: the run that ends one before a plural kind
  // (`… and Orange counties`), and the run that starts one after the kind's verb (`counties are Alameda`).
  // (An indexed loop and no array until a list is found: this runs for every run of every paragraph.)
  let lists: { list: string; listStart: number }[] | undefined;
  for (let index = 0; index < spans.length; index++) {
    const span = spans[index] as Span;
    const first = span.tokens[0] as Token;
    const last = span.tokens[span.tokens.length - 1] as Token;
    // (Most runs are followed by no such word: three letters rule them out before any pattern runs.)
    PLURAL_KIND_AFTER_AT.lastIndex = last.end;
    if (codeAt(text, last.end) === SPACE && PLURAL_KIND_OPENINGS.has(text.slice(last.end + 1, last.end + 4)) && PLURAL_KIND_AFTER_AT.test(text)) {
      const from = Math.max(0, last.end - 200);
      const before = LIST_BEFORE_KIND.exec(text.slice(from, last.end));
      if (before?.[1]) {
        lists ??= [];
        lists.push({ list: before[1], listStart: from + before.index });
      }
    }
    // (The word before, cut out by hand: this runs for every run of capitals.)
    const opener =
      codeAt(text, first.start - 1) === SPACE && LIST_OPENER_ENDINGS.includes(text.charAt(first.start - 2)) ? text.slice(text.lastIndexOf(' ', first.start - 2) + 1, first.start - 1) : '';
    if (LIST_OPENERS.has(opener) && KIND_OPENING_LIST.test(text.slice(Math.max(0, first.start - 40), first.start))) {
      LIST_AT.lastIndex = first.start;
      const after = LIST_AT.exec(text);
      if (after) {
        lists ??= [];
        lists.push({ list: after[0], listStart: first.start });
      }
    }
  }
  if (lists === undefined) return NO_MENTIONS;
  const mentions: RawMention[] = [];
  for (const { list, listStart } of lists) {
    const listed: RawMention[] = [];
    for (const item of list.matchAll(LISTED_NAME_AT)) {
      const words = item[0].split(/\s+/);
      // (`…, Sierra, and Yuba`: a sentence's own first word is never in the list.)
      while (words.length > 1 && NOT_PLACE_WORDS.has(words[0] as string)) words.shift();
      const name = trimName(words.join(' '));
      const start = listStart + (item.index ?? 0) + item[0].length - words.join(' ').length;
      if (!name || name !== text.slice(start, start + name.length)) continue;
      const mention = introducedMention(name, start, text, paragraph, gazetteer, context);
      if (!mention) continue;
      mention.introducedAsPlace = true;
      listed.push(mention);
    }
    // (`Marin`, `Solano`, `Santa Cruz` among California's counties: the names of one list lie in the
    // country most of them can be in. A well-known city keeps its own (`30 cities including Nashville,
    // Toronto, Denver`); a name the gazetteer has only elsewhere is that country's, unplaced (`Marin`, not
    // Spain's).)
    const country = commonCountry(listed);
    const home = country ? gazetteer.country(country) : undefined;
    for (const mention of listed) {
      if (home && !mention.within && !mention.candidates.some((place) => (place.population ?? 0) >= WELL_KNOWN_CITY)) {
        mention.candidates = mention.candidates.filter((place) => place.countryCode === country);
        mention.within = home;
      }
      mentions.push(mention);
    }
  }
  return mentions;
}

/**
 * The country where more than half of these mentions' likeliest places lie (their most populous candidate),
 * two at least, if one (`London and Sydney` have none: their towns in Canada are no one's first reading).
 */
function commonCountry(mentions: RawMention[]): string | undefined {
  const counts = new Map<string, number>();
  for (const mention of mentions) {
    let likeliest: GazetteerPlace | undefined;
    // (`the nearby states of Lebanon, Israel, Jordan`: a country of the name is its first reading, whatever towns
    // of it are more populous in the gazetteer's count.)
    for (const place of mention.candidates) {
      if (place.kind === 'country') {
        likeliest = place;
        break;
      }
      if ((place.population ?? 0) > (likeliest?.population ?? -1)) likeliest = place;
    }
    const code = likeliest?.countryCode;
    if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  // (Names the gazetteer lacks, `Yolo`, `Tuolumne`, have no say.)
  let placed = 0;
  for (const count of counts.values()) placed += count;
  for (const [code, count] of counts) if (count >= 2 && count * 2 > placed) return code;
  return undefined;
}
