import { isKnownFirstName } from './given-names.js';
import { ORGANISATION_HEAD } from './lexicon.js';
import { bodyMention, type NameMention, nicknamedMention, surnameKey } from './name-mention.js';
import { GENERATION, lowerOf, MONTH_WORDS, OPENING_MARKS, WEEKDAY_WORDS } from './name-words.js';

/**
 * Mentions joined across the words between them into one name, once a paragraph's runs are read: bodies through
 * `of`, `for`, `on`, `in`, `and` or `&` (`the Muslim Council of Britain`), an office-holder's office, numbered
 * stations and Commons committees, a generation set off by a comma, and a nickname in quotes between a first name
 * and a surname. Separate because it reads the paragraph's mentions together, not one run.
 */

/** `the Commons work and pensions committee`: a committee of a house of Parliament, named in lower case after it. */
const HOUSE_COMMITTEE_AT = /['’]?(?: (?:[a-z]+|&)){1,5} committee\b/y;

/**
 * `Radio 1`, `Channel 4`: a station named by its number, which is part of its name (`Radio 4` is not `Radio 1`);
 * so is `Number 10`, Downing Street.
 */
const NUMBERED_STATION = /\b(?:(?:Radio|Channel) \d{1,2}|Number 10)(?![\d.,:%])\b/g;

/**
 * `BBC Radio 1`, and `Radio 1` opening a sentence (a lone `Radio` is no name): the mention runs on to the
 * number, or is made for the station.
 */
export function numberStations(text: string, paragraph: number, inQuote: (offset: number) => boolean, mentions: NameMention[]): void {
  NUMBERED_STATION.lastIndex = 0;
  for (let match = NUMBERED_STATION.exec(text); match !== null; match = NUMBERED_STATION.exec(text)) {
    const end = match.index + match[0].length;
    const at = mentions.findIndex((mention) => mention.start <= match.index && mention.end >= match.index + 5 && mention.end <= end);
    const start = at >= 0 ? (mentions[at] as NameMention).start : match.index;
    // (Keyed by `radio 1`, so that `BBC Radio 1` and `Radio 1` are one body.)
    const station = bodyMention(text, start, end, { paragraph, inQuote: inQuote(start) }, match[0].toLowerCase(), undefined, false, undefined);
    if (at >= 0) mentions[at] = station;
    else {
      const after = mentions.findIndex((mention) => mention.start > start);
      mentions.splice(after < 0 ? mentions.length : after, 0, station);
    }
  }
}

export function nameHouseCommittees(text: string, mentions: NameMention[]): void {
  for (let at = 0; at < mentions.length; at++) {
    const mention = mentions[at] as NameMention;
    if (mention.bare !== 'Commons' && mention.bare !== 'Lords') continue;
    HOUSE_COMMITTEE_AT.lastIndex = mention.end;
    if (!HOUSE_COMMITTEE_AT.test(text)) continue;
    mentions[at] = bodyMention(text, mention.start, HOUSE_COMMITTEE_AT.lastIndex, mention, mention.surname, undefined, false, undefined);
  }
}

/**
 * `Muslim Council` + ` of ` + `Britain` is one name, `the Muslim Council of Britain`: a run that ends in an
 * organisation's word goes on through `of` or `for` into the next run.
 */
export function joinOrganisationNames(text: string, mentions: NameMention[]): NameMention[] {
  const joined: NameMention[] = [];
  for (let index = 0; index < mentions.length; index++) {
    const mention = mentions[index] as NameMention;
    const previous = joined.at(-1);
    const gap = previous ? text.slice(previous.end, mention.start) : '';
    // (`the Movement for the Emancipation` + ` of the ` + `Niger Delta`: so does a body's name already joined,
    // whose first word is a body's.)
    const bodyJoined = previous !== undefined && / (?:of|for) /.test(previous.bare) && ORGANISATION_HEAD.test(previous.bare.slice(0, previous.bare.indexOf(' ')));
    // (`civil rights group Color of Change`, `The group, Organize for Justice,`: so does a name brought in by the word for a group.)
    // (`the Council on Foreign Relations`, `the Commission on Presidential Debates`: so through `on`, after a word
    // for a body that studies or rules on a field; `the U.S. Embassy in Moscow`, `the British Consulate in Lagos`: and
    // through `in`, a country's post abroad, named by where it is. Not a day, `the Committee on Tuesday`, nor a person.)
    const namedThrough = (BODY_ON_GAP.test(gap) && BODY_ON_LAST_WORD.test(previous?.text ?? '')) || (gap === ' in ' && DIPLOMATIC_POST_LAST_WORD.test(previous?.text ?? ''));
    if (previous && namedThrough && !mention.hasTitle && mention.person !== 'yes' && !WHEN_WORD.test(mention.bare)) {
      joined[joined.length - 1] = bodyMention(text, previous.start, mention.end, previous, previous.surname, previous.firstName, previous.hasTitle, previous.gender);
      continue;
    }
    if (
      previous &&
      (gap === ' of ' || gap === ' for ' || gap === ' of the ' || gap === ' for the ') &&
      (endsInBodyWord(previous.text) || bodyJoined || GROUP_WORD_BEFORE.test(text.slice(Math.max(0, previous.start - 16), previous.start))) &&
      !mention.hasTitle
    ) {
      joined[joined.length - 1] = bodyMention(text, previous.start, mention.end, previous, previous.surname, previous.firstName, previous.hasTitle, previous.gender);
      continue;
    }
    // `Antonio "LA" Reid`, `Ronnie "The Rocket" O'Sullivan`: a nickname in quotes between a first name and a
    // surname leaves one person's name.
    // (`Juan Carlos “J.C.” Polanco`: so between two given names and a surname, where the nickname in its marks
    // made a mention of its own.)
    const nicknameMention = previous !== undefined && OPENING_MARKS.has(text.charAt(previous.start - 1)) && CLOSING_MARK_AT.test(text.charAt(previous.end));
    const given = nicknameMention ? joined.at(-2) : previous;
    if (given && given.person !== 'no' && mention.person !== 'no' && !mention.hasTitle && NICKNAME_GAP.test(text.slice(given.end, mention.start)) && givenNamesOnly(given.bare)) {
      if (nicknameMention) joined.pop();
      joined[joined.length - 1] = nicknamedMention(text, given, mention);
      continue;
    }
    // (`Tom Brown, Jr., founder of …`: a generation set off by a comma is the name's, as `Donald Trump Jr.` is.)
    if (previous && previous.person !== 'no' && previous.bare.includes(' ') && (gap === ', ' || gap === ',') && GENERATION.test(mention.bare)) {
      joined[joined.length - 1] = { ...previous, end: mention.end, text: text.slice(previous.start, mention.end), bare: `${previous.bare} ${mention.bare}` };
      continue;
    }
    // `Ernst & Young`, `Procter & Gamble`: two names joined by `&` are one body's.
    if (previous && gap === ' & ' && !mention.hasTitle && !previous.hasTitle) {
      joined[joined.length - 1] = bodyMention(text, previous.start, mention.end, previous, mention.surname, undefined, false, undefined);
      continue;
    }
    // (`U.S. Customs and Border Protection`, `Immigration and Customs Enforcement`: so are two joined by `and`
    // when the second ends in a body's word; not `Bill Shuster and Jeff Denham`, nor one opening on a known
    // first name, though `US Customs` opens on an unknown one.)
    // (`the Centers for Disease Control and Prevention`: after a body's name that runs on through `of` or `for`, one such word is enough.)
    const bodyWordAfterAnd = BODY_WORD_ENDING_AND.test(mention.bare) || (BODY_WORD_ENDING_AND.test(` ${mention.bare}`) && / (?:of|for) /.test(previous?.bare ?? ''));
    if (previous && gap === ' and ' && !mention.hasTitle && !previous.hasTitle && previous.person !== 'yes' && !isKnownFirstName(previous.bare.split(' ', 1)[0] ?? '') && bodyWordAfterAnd) {
      joined[joined.length - 1] = bodyMention(text, previous.start, mention.end, previous, mention.surname, undefined, false, undefined);
      continue;
    }
    // `a spokesman for the Department for Transport`: the body's word alone was no mention, but heads the name.
    // (`the Department of Trade and Industry`: so does a body's name that runs on with `and`.)
    const head = mention.hasTitle ? null : bodyWordsBefore(text, mention.start)?.exec(text.slice(Math.max(0, mention.start - 60), mention.start));
    // (`the Centers for Disease Control`: or a body's word in the plural.)
    // (`Americans for Prosperity`, `Democracy for America`: or who campaigners are, or what for, before `for`.)
    // (`the Center on Poverty and Inequality`: through `on`, only a body's word that takes it, before no day.)
    const onHead = head?.[2] !== 'on' || (BODY_ON_LAST_WORD.test(head[1] ?? '') && mention.person !== 'yes' && !WHEN_WORD.test(mention.bare));
    if (head?.[1] && onHead && (ORGANISATION_HEAD.test(head[1].endsWith('s') ? head[1].slice(0, -1) : head[1]) || (ADVOCATES.test(head[1]) && head[0].includes(' for ') && mention.person !== 'yes'))) {
      const headStart = mention.start - head[0].length;
      // (The name's first part, `Department of Trade`, may be a mention already: the whole replaces it.)
      while ((joined.at(-1)?.start ?? -1) >= headStart) joined.pop();
      // `the California Governor's Office of Emergency Services`: an office-holder's office is a body of its own.
      const holder = joined.at(-1);
      const ofHolder = holder !== undefined && OFFICE_OF_HOLDER.test(head[1]) && POSSESSIVE_GAP.test(text.slice(holder.end, headStart)) && OFFICE_HOLDER_WORD.test(holder.bare);
      if (ofHolder) joined.pop();
      const start = ofHolder ? holder.start : headStart;
      joined.push(bodyMention(text, start, mention.end, mention, mention.surname, mention.firstName, false, undefined));
      continue;
    }
    // `the Los Angeles County Sheriff's Department said`: the office's word alone was no mention.
    // (The sticky pattern first: it fails at once after nearly every mention, where no `'s Office` follows.)
    HOLDER_OFFICE_AT.lastIndex = mention.end;
    const officeAfter = HOLDER_OFFICE_AT.exec(text);
    const office = officeAfter !== null && OFFICE_HOLDER_WORD.test(mention.bare) ? officeAfter : null;
    joined.push(office === null ? withBodyOf(text, mention, mentions[index + 1]?.start ?? text.length) : bodyMention(text, mention.start, mention.end + office[0].length, mention, mention.surname, undefined, false, undefined));
  }
  return joined;
}

/** ` on `, ` on the `: what a body's name says it works on comes after it (`Council on Foreign Relations`). */
const BODY_ON_GAP = /^ on (?:the )?$/;
/** `Council`, `Commission`, `Center`: a body that studies, advises or rules on a field, and is named by it with `on`. */
const BODY_ON_LAST_WORD = /\b(?:Council|Commission|Committee|Subcommittee|Center|Centre|Institute|Board|Panel|Conference|Forum|Caucus|Coalition|Alliance|Project|Network)$/;
/** `Embassy`, `Consulate`: a country's post in another, named with `in` and where it is. */
const DIPLOMATIC_POST_LAST_WORD = /\b(?:Embassy|Consulate|High Commission|Mission)$/;
/** `Tuesday`, `March 3`: a day or a month, which says when, not what a body is on. */
const WHEN_WORD = new RegExp(`^(?:${WEEKDAY_WORDS}|${MONTH_WORDS})\\b`);

/** ` group `, ` nonprofit, `: a word for a body of people joined for a cause, just before its name. */
const GROUP_WORD_BEFORE = /\s(?:group|organi[sz]ation|nonprofit|coalition|alliance|charity|campaign|movement),?\s$/;

/** Whether a name ends in a body's word (`the Health Council`), perhaps in the plural (`the U.S. Centers`). */
function endsInBodyWord(name: string): boolean {
  return ORGANISATION_HEAD.test(name) || (name.endsWith('s') && ORGANISATION_HEAD.test(name.slice(0, -1)));
}

/** `Border Protection`, `Customs Enforcement`: a name ending in a word for what a body does or is, after ` and `. */
const BODY_WORD_ENDING_AND = /\s(?:Protection|Enforcement|Services|Security|Prevention|Development|Affairs|Administration|Agency|Commission|Authority|Bureau|Council|Institute|Association|Foundation|Industry|Technology|Explosives)$/;

/** ` of Justice`, ` of the Interior`: `of` and capitals right after a body's word, the rest of its name. */
const BODY_OF_REST_AT = /^ of (?:the )?\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*/u;

/** ` for Justice`, ` of Change`: `of` or `for` and capitals after a group's first words, the rest of its name. */
const GROUP_NAME_REST_AT = /^ (?:of|for) (?:the )?\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)*/u;

/**
 * `the U.S. Department of Justice`: a body's name whose words after `of` made no mention of their own (a lone
 * `Justice` reads as a title) goes on with them; it is a body's name, not `U.S. Department` cut short.
 */
function withBodyOf(text: string, mention: NameMention, nextStart: number): NameMention {
  // (`The group, Organize for Justice,`: so does a name brought in by the word for a group, through `for` too.)
  const groupNamed = !ORGANISATION_HEAD.test(mention.text) && GROUP_WORD_BEFORE.test(text.slice(Math.max(0, mention.start - 16), mention.start));
  if (!(ORGANISATION_HEAD.test(mention.text) || groupNamed) || text.charCodeAt(mention.end) !== 32) return mention;
  const rest = (groupNamed ? GROUP_NAME_REST_AT : BODY_OF_REST_AT).exec(text.slice(mention.end, mention.end + 80));
  // (Words after `of` that made a mention are joined to the body as such: see `joinOrganisationNames`.)
  if (!rest || mention.end + rest[0].length > nextStart) return mention;
  // (Known by the words after `of`: `Justice`, not `Department`, which every ministry shares.)
  const lastWord = rest[0].slice(rest[0].lastIndexOf(' ') + 1);
  return bodyMention(text, mention.start, mention.end + rest[0].length, mention, surnameKey(lowerOf(lastWord)), undefined, false, undefined);
}

/** Who campaigners say they are, or what for, opening a group's name before ` for `: `Americans`, `Democracy`. */
const ADVOCATES =
  /^(?:Americans|Britons|Citizens|People|Women|Mothers|Parents|Families|Veterans|Students|Physicians|Doctors|Nurses|Lawyers|Scientists|Christians|Catholics|Evangelicals|Jews|Muslims|Republicans|Democrats|Conservatives|Liberals|Progressives|Patriots|Taxpayers|Voters|Friends|Democracy|Freedom|Justice|Action|Progress|Peace|Campaign)$/;

/** The words that name an office-holder's office: `the Sheriff's Department`, `the Governor's Office of …`. */
const HOLDER_OFFICE_WORDS = 'Office|Department|Bureau';
/** `'s Office`, `'s Department`: an office-holder's office, named by its word alone. */
const HOLDER_OFFICE_AT = new RegExp(`['’]s (?:${HOLDER_OFFICE_WORDS})\\b(?! (?:of|for) )`, 'y');
export const HOLDER_OFFICE_AFTER = new RegExp(`['’]s (?:${HOLDER_OFFICE_WORDS})\\b`);

/** What stands between a possessive name and the next: `'s `. */
const POSSESSIVE_GAP = /^['’]s $/;
/** The words that open an office-holder's office. */
const OFFICE_OF_HOLDER = new RegExp(`^(?:${HOLDER_OFFICE_WORDS})$`);
/** An office whose holder has an office of their own: `Governor's`, `District Attorney's`, `Sheriff's`. */
const OFFICE_HOLDER_WORD = /\b(?:Governor|Mayor|Sheriff|Attorney|General|Coroner|Comptroller|Prosecutor|President|Secretary|Chancellor|Minister|Commissioner|Treasurer|Auditor|Examiner|Marshal|Clerk)$/;

/** ` "LA" `, ` "The Rocket" `: a short nickname in quotes between two parts of a name. */
const NICKNAME_GAP = /^ ["“][^"“”]{1,30}["”] $/;
/** A closing quote mark, straight or curly. */
const CLOSING_MARK_AT = /^["”]$/;

/** `Ronnie`, `Juan Carlos`: one given name, or two, the first known to the lists. */
function givenNamesOnly(bare: string): boolean {
  const words = bare.split(' ');
  return words.length <= 2 && isKnownFirstName(words[0] as string) && (words.length === 1 || isKnownFirstName(words[1] as string));
}

/**
 * The pattern for a body's words that may stand before a name at an offset (`Department for `, `Department of
 * Trade and `), chosen by a plain test of the words just before it; null when neither can.
 */
export function bodyWordsBefore(text: string, at: number): RegExp | null {
  return afterOfOrFor(text, at) ? DROPPED_BODY_BEFORE : text.endsWith(' and ', at) ? DROPPED_BODY_AND_BEFORE : null;
}

/** Whether `of ` or `for ` (perhaps with `the `) ends just before an offset: a plain test before the pattern. */
function afterOfOrFor(text: string, at: number): boolean {
  const end = text.endsWith('the ', at) ? at - 4 : at;
  return end > 8 && (text.endsWith(' of ', end) || text.endsWith(' for ', end) || text.endsWith(' on ', end));
}

/** `Department for `, `Ministry of the `: a capitalised word and `of` or `for` just before a name. */
const DROPPED_BODY_BEFORE = /\b([A-Z][a-z]+) (of|for|on)(?: the)? $/;
/** `Department of Trade and `, `Department for Culture, Media and `: the same, with the words the name joins. */
// (`Centers for Disease Control and `: the words joined may be two.)
const DROPPED_BODY_AND_BEFORE = /\b([A-Z][a-z]+) (of|for|on)(?: the)? [A-Z][a-z]+(?: [A-Z][a-z]+)?(?:, [A-Z][a-z]+)* and $/;
