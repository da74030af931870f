import { eng as englishStopWords } from 'stopword';
import { isKnownFirstName } from './given-names.js';
import { FIRST_PERSON_CONTRACTIONS, LEADING_FILLER, ORGANISATION_HEAD, PERSON_TITLES } from './lexicon.js';
import { isNonPersonWord, MONTH_WORDS, WEEKDAY } from './name-words.js';
import { ARTICLE_JOINED_NAME } from './names.js';

/**
 * The word-level tests the readers of an attribution clause share: a clause's words as tokens, capitalisation,
 * and whether words look like a full name, a title, a role noun or people in the plural. Separate so that the
 * readers of a clause's parts, phrases and sentences can use them without depending on one another.
 */

const WORD = /[\p{L}\p{N}]+(?:[’'\-.][\p{L}\p{N}]+)*\.?/gu;

// (The list has `i`, but not `I'm` and its kin: `I'm in a band that has been called “urban”` names no one.)
export const STOP_WORDS: ReadonlySet<string> = new Set([...englishStopWords, ...FIRST_PERSON_CONTRACTIONS]);
export const TIME_WORDS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday|tonight|last|this|next|earlier|later)$/i;

export interface Token {
  text: string;
  start: number;
}

/**
 * How many words `tokens(text)` would give, counted only up to `limit` and without building them: most
 * callers compare the count with a small number, and a clause can be a whole long sentence.
 */
export function tokenCountUpTo(text: string, limit: number): number {
  let count = 0;
  WORD.lastIndex = 0;
  while (count < limit && WORD.test(text)) count++;
  return count;
}

/** The first word `tokens(text)` would give, or `''`. */
export function firstTokenText(text: string): string {
  WORD.lastIndex = 0;
  return WORD.exec(text)?.[0] ?? '';
}

export function tokens(text: string): Token[] {
  // An exec loop rather than matchAll: it runs for every clause read, and spares an iterator and a copy.
  const found: Token[] = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) found.push({ text: match[0], start: match.index });
  return found;
}

/**
 * `Obama's`, and `DeSantis’` (a name in -s may take the apostrophe alone, which the word's token leaves
 * out): a capitalised word in the possessive.
 */
export function isCapitalisedPossessive(text: string, word: Token): boolean {
  if (/^[A-Z][\p{L}.-]*['’]s$/u.test(word.text)) return true;
  const after = text.charCodeAt(word.start + word.text.length);
  return (after === 39 || after === 0x2019) && /^[A-Z][\p{L}.-]*s$/u.test(word.text);
}

export function isCapitalised(word: string): boolean {
  const first = word[0];
  if (first !== undefined && first !== first.toLowerCase() && first === first.toUpperCase()) return true;
  // `al-Maliki`, `el-Sisi`: a name with the Arabic article joined to it.
  // (The hyphen's place is tested first: most words in lower case have none there.)
  const hyphenAt = word.charCodeAt(2) === 45 || word.charCodeAt(2) === 0x2011 ? 2 : word.charCodeAt(3) === 45 || word.charCodeAt(3) === 0x2011 ? 3 : -1;
  return hyphenAt > 0 && word.length > 4 && ARTICLE_JOINED_NAME.test(word);
}

export const NAME_PARTICLES = /^(bin|ibn|al|el|de|van|von|der|da|di|la|le|du|del|dos|das|den|ter|ten|della|abu|ben)$/i;

/** `Mr`, `Dr`, `Sir`: a title before a name. */
export function isTitleWord(word: string): boolean {
  return PERSON_TITLES.has(word.replace(/\.$/, '').toLowerCase());
}

/**
 * `Cristianne Close`, `Xi Jinping`, `Mohammed bin Salman`: two to four capitalised words (or name particles)
 * that no word marks as a body, a place, a time or an opening phrase: a person's name, whether or not the
 * lists know its first name. Only where the words around it say a person stands there.
 */
export function looksLikePersonName(text: string): boolean {
  const words = tokens(text);
  if (words.length < 2 || words.length > 4) return false;
  const first = (words[0] as Token).text;
  return (
    isCapitalised(first) &&
    !STOP_WORDS.has(first.toLowerCase()) &&
    !WEEKDAY.test(first) &&
    !MONTH.test(first) &&
    words.every((word) => (isCapitalised(word.text) || NAME_PARTICLES.test(word.text)) && !isNonPersonWord(word.text) && !ORGANISATION_HEAD.test(word.text))
  );
}

/** A month's name. */
export const MONTH = new RegExp(`^(?:${MONTH_WORDS})$`);

/** The last word of a phrase, without the spaces around it. */
export function lastWordOf(text: string): string {
  const trimmed = text.trimEnd();
  return trimmed.slice(trimmed.lastIndexOf(' ') + 1);
}

/** `Colin Asplin`, `Dr Mark Tuffy`: a title or a known first name, then capitalised words, and nothing else. */
export function isFullName(text: string): boolean {
  let words = tokens(text);
  // (`But Tony Banks`: a conjunction opening the sentence is no part of the name.)
  if (words.length > 2 && LEADING_FILLER.has((words[0] as Token).text.toLowerCase())) words = words.slice(1);
  if (words.length < 2 || words.length > 4 || !words.every((word) => isCapitalised(word.text) || NAME_PARTICLES.test(word.text))) return false;
  const first = (words[0] as Token).text;
  return isKnownFirstName(first) || isTitleWord(first);
}

/** Whether the last of the words is capitalised after a capitalised word: the end of a name. */
export function endsName(words: readonly Token[]): boolean {
  return words.length > 1 && isCapitalised((words.at(-1) as Token).text) && isCapitalised((words.at(-2) as Token).text);
}

/** `critics`, `leaders`: a word for people in the plural, whether or not it opens with a capital. */
export function namesPeopleInPlural(word: string): boolean {
  return PEOPLE_IN_PLURAL.test(`${word.charAt(0).toUpperCase()}${word.slice(1)}`);
}

/** `novelist`, `striker`, `boss`: a lower-case word for a person's role, which may stand before a name. */
const ROLE_NOUN_BEFORE_NAME = /^\p{Ll}[\p{Ll}-]*(?:ist|ian|er|or|man|woman|chief|boss|star|coach)$/u;

/** A word for a person's role in lower case (`guitarist`, `star`, `boss`); the pattern above wants a word before its ending. */
export function isRoleNoun(word: string): boolean {
  // (`safety John Lynch`, `quarterback Tom Brady`: a player's position too.)
  return ROLE_NOUN_BEFORE_NAME.test(word) || /^(?:star|boss|chief|coach|legend|icon|veteran|lady|host|anchor|counsel|judge|attorney|envoy|aide|spokesperson|quarterback|linebacker|cornerback|safety|halfback|fullback|tailback|shortstop|goalie|rookie)$/.test(word);
}

/** Plural nouns for people that open a sentence capitalised (`Analysts`, `Lawyers`, `Witnesses`). */
export const PEOPLE_IN_PLURAL =
  /^(?:Tens|Scores|Rivals|Competitors|Opponents|Supporters|Analysts|Experts|Officials|Ministers|Lawyers|Attorneys|Judges|Witnesses|Actors|Critics|Fans|Users|Residents|Campaigners|Protesters|Doctors|Scientists|Researchers|Economists|Teachers|Parents|Students|Workers|Investors|Traders|Shareholders|Voters|Officers|Sources|Insiders|Observers|Commentators|Activists|Executives|Bosses|Managers|Players|DJs|Ecologists|Environmentalists|Retailers|Distributors|Producers|Organisers|Organizers|Viewers|Listeners|Readers|Customers|Consumers|Passengers|Staff|Detectives|Prosecutors|Investigators|Inspectors|Auditors|Diplomats|Delegates|Leaders|Members|Councillors|Backbenchers|Peers|Proponents|Advocates|Backers|Detractors|Defenders|Demonstrators|Aides|Advisers|Advisors|Allies|Historians|Pollsters|Strategists|Lawmakers|Legislators|Donors|Hundreds|Thousands|Dozens)$/;
