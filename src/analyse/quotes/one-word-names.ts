import { firstNameGender, genderOfWordBefore, isKnownFirstName, isNameInLy, kinWordBefore } from './given-names.js';
import { NATIONAL_NOUNS } from './lexicon.js';
import { type NameMention, oneWordMention } from './name-mention.js';
import { dropPossessive, isNonPersonWord, isTitle, isUsState, lowerOf, matchAt, NATIONALITY, NOT_NAME_WORDS, opensSentence, PARTY_MEMBER, PEOPLES, roleBeforeName, SKIPPED_OPENERS, SPEECH_VERB_AT, THE_BEFORE, US_STATE_NAMES, VERB_AFTER_AT } from './name-words.js';

/**
 * A run of one capitalised word (`Koussa`, `EMI`, `Virginia`): whether it may name someone, a body that acts
 * or is cited for news, or nothing (a town before its state, a sentence adverb, a party's epithet). Separate
 * from the reading of longer runs, which cuts off titles and descriptions this reading never meets, though that
 * reading hands its one-word runs here.
 */

const YEAR_OLD = 'year-old ';
// (`… is Haso Bultum, 27.`: or closing the sentence.)
const AGE_AFTER_AT = /,\s\d{1,3}(?:,|\.(?:\s|$))/y;

/**
 * `The Scot initially defended Beattie`: a word for a person of a nation after `the` is an epithet for
 * someone, no name (and no body that acts).
 */
export function isNationalEpithet(text: string, word: string, start: number): boolean {
  // `e` and a space just before: one comparison rules out nearly every word, which the scan meets by the thousand.
  if (start < 3 || text.charCodeAt(start - 2) !== 101) return false;
  return THE_BEFORE.test(text.slice(Math.max(0, start - 4), start)) && NATIONAL_OF_ONE_WORD.test(word);
}

/** (`The Scotsman` is a newspaper.) */
const NATIONAL_OF_ONE_WORD = new RegExp(`^(?!Scotsman$)(?:${NATIONAL_NOUNS})$`);

/** `18-year-old Mirza`, `Martinez, 32,`: only people are given an age. */
export function withAge(text: string, start: number, end: number): boolean {
  // `d` then a space: the end of `year-old ` (one comparison rules out nearly every name).
  // Offsets checked first: reading past either end of a string makes V8 drop the compiled code.
  if (start >= YEAR_OLD.length && text.charCodeAt(start - 2) === 100 && text.startsWith(YEAR_OLD, start - YEAR_OLD.length)) return !NATIONALITY.test(text.slice(start, end));
  if (end >= text.length) return false;
  const next = text.charCodeAt(end);
  // (`Destinee Mangum - the 16-year-old who was travelling`, `Caro Gonzales, a 26-year-old nurse,`: or one set off after the name.)
  if ((next === 44 || next === 32) && matchAt(AGE_IN_APPOSITION_AT, text, end)) return true;
  if (next !== 44) return false;
  AGE_AFTER_AT.lastIndex = end;
  return AGE_AFTER_AT.test(text);
}

/** `, a 26-year-old`, ` - the 16-year-old`: an age in apposition after a name, set off by a comma or a dash. */
const AGE_IN_APPOSITION_AT = /(?:,| [-–—]) (?:a|the) \d{1,3}-year-old\b/y;

/** The common case, one capitalised word with no title: cheaper than the general path. */
export function loneWordMention(text: string, paragraph: number, word: string, start: number, inQuote: (offset: number) => boolean): NameMention | null {
  const bare = dropPossessive(word);
  const lower = lowerOf(bare);
  // (`the Department of Justice`, `the Department of Energy`: a title's or a thing's word after a department
  // is its name, which the body's word before it heads; see `joinOrganisationNames`.)
  if (bare.length > 2 && DEPARTMENT_OF_BEFORE.test(text.slice(Math.max(0, start - 24), start))) return oneWordMention(paragraph, start, bare, undefined, 'no', inQuote(start));
  if (bare.length < 2 || NOT_NAME_WORDS.has(lower) || SKIPPED_OPENERS.has(lower) || isTitle(bare)) return null;
  if (inTownAndState(text, start, start + bare.length, bare) || UNIVERSITY_CAMPUS_BEFORE.test(text.slice(Math.max(0, start - 48), start))) return null;
  // A lone organisation or calendar word (`Congress`, `Monday`) can never be a person's name form;
  // dropping it here saves most of the scan's work. A word in capitals (`BBC`) is kept only as a body that acts.
  // (`Lake said that …` after `Celinda Lake`: one that speaks is kept as a thing's word, which a person of
  // that surname claims, so that the `she` after it has someone to go back to.)
  if (isNonPersonWord(bare)) {
    SPEECH_VERB_AT.lastIndex = start + word.length;
    return SPEECH_VERB_AT.test(text) ? oneWordMention(paragraph, start, bare, undefined, 'no', inQuote(start)) : null;
  }
  // (`claimed Americans knew`: a people in the plural is no one's name, nor a body's; but `Royal College of
  // Physicians` goes on past `of`.)
  if (PEOPLES.test(bare) && !text.endsWith(' of ', start)) return null;
  // `Separately, B&B said`: a sentence adverb and its comma name no one (those that never name anyone,
  // `Overall`, `Meanwhile`, are skipped with the sentence openers above).
  if (SENTENCE_ADVERBS.has(bare) && text.charCodeAt(start + word.length) === 44) return null;
  // (`Originally published under …`, `Ultimately voters chose`: an adverb in -ly opening a sentence before
  // a word in lower case; not `Reilly said`, `Emily told`.)
  if (bare.endsWith('ly') && !isNameInLy(bare) && opensSentence(text, start) && /^ \p{Ll}/u.test(text.slice(start + word.length, start + word.length + 2))) return null;
  if (isNationalEpithet(text, bare, start) || (PARTY_MEMBER.test(bare) && THE_BEFORE.test(text.slice(Math.max(0, start - 4), start)))) return null;
  // (`Roe v. Wade`: the parties of a case are its name, no one who speaks in the story.)
  if (CASE_PARTY_BEFORE.test(text.slice(Math.max(0, start - 5), start)) || CASE_PARTY_AFTER.test(text.slice(start + word.length, start + word.length + 5))) return null;
  if (/^[A-Z]{2,}$/.test(bare)) return actingAcronym(text, paragraph, bare, start, inQuote);
  // `Fletcher's daughter Jill`: a first name after a word for kin is a person's.
  const kin = kinWordBefore(text, start) && isKnownFirstName(bare);
  // (`the girl, Nevaeh,`: a first name no list knows, after a word that says a person's gender, is that person's.)
  // (Set off by its comma: `what a great man Gordon was` brings in no one.)
  const worded = kin || text.charCodeAt(start - 1) !== 32 || text.charCodeAt(start - 2) !== 44 ? undefined : genderOfWordBefore(text, start);
  // (`reggae star Sizzla`, `striker Rooney`: so is a lone surname or stage name after a word for a role.)
  const person = kin || worded !== undefined || withAge(text, start, start + word.length) || (roleBeforeName(text, start) && !isKnownFirstName(bare)) ? 'yes' : 'maybe';
  return oneWordMention(paragraph, start, bare, kin ? firstNameGender(bare) : worded, person, inQuote(start));
}
/** `, Mo.`, `, Pennsylvania,`: a state set off after a town, abbreviated or whole (not `Virginia Tech`, `Georgia's`). */
const STATE_SET_OFF_AT = /^, ((?:[A-Z][a-z]*\.)+|[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=$|[,;:)]|\.(?:$|\s))/;
/** A capitalised word and the comma that set off a state after it (`Springfield, `). */
const TOWN_BEFORE_STATE = /\b[A-Z][\w.'’-]*, $/;

/**
 * `in Ferguson, Mo., saying`, `in Springfield, Virginia, the latest example of what …`: a town and the US
 * state after it are places, neither of them anyone who speaks (`Virginia` is a first name, `Ferguson` a
 * surname).
 */
function inTownAndState(text: string, start: number, end: number, bare: string): boolean {
  return (
    stateSetOffAfter(text, end) ||
    (US_STATE_NAMES.has(bare) && text.charCodeAt(start - 2) === 44 && TOWN_BEFORE_STATE.test(text.slice(Math.max(0, start - 30), start)) && /^(?:$|[,.;:)])/.test(text.slice(end, end + 1)))
  );
}

/** Whether a US state, set off by a comma, follows `end` (`Ferguson` before `, Mo.,`): what ends there is a town. */
export function stateSetOffAfter(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 44) return false;
  const state = STATE_SET_OFF_AT.exec(text.slice(end, end + 20))?.[1];
  return state !== undefined && isUsState(state);
}

/** `the University of Alaska, ` before `Fairbanks`: a state university, then the campus, a town. */
const UNIVERSITY_CAMPUS_BEFORE = /\bUniversity of (?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+, $/;

/** ` v. `, ` vs. `: a case's parties on either side. */
const CASE_PARTY_BEFORE = /\sv(?:s)?\.\s$/;
const CASE_PARTY_AFTER = /^\sv(?:s)?\.\s/;

/**
 * `EMI said`, `the BPI has`: a word in capitals that acts is a body's name, a mention that a later `the
 * company said` may stand for; so is a medium cited for news (`according to CNN`, `CBS correspondent Lara Logan`),
 * which `the network` may. Any other (`the BBC`, `US`) stays out, as most are no one who speaks.
 */
function actingAcronym(text: string, paragraph: number, bare: string, start: number, inQuote: (offset: number) => boolean): NameMention | null {
  VERB_AFTER_AT.lastIndex = start + bare.length;
  const acts = VERB_AFTER_AT.test(text);
  const before = text.slice(Math.max(0, start - 20), start);
  const cited = CITED_BEFORE_NAME.test(before) || citedForNewsAfter(text.slice(start + bare.length, start + bare.length + 160));
  return acts || cited || KIND_BEFORE.test(before.slice(-16)) ? oneWordMention(paragraph, start, bare, undefined, 'no', inQuote(start)) : null;
}

/** `According to the `, `reported by `: a source of news cited right before its name. */
export const CITED_BEFORE_NAME = /(?:\b[Aa]ccording\s+to|\breported\s+by|\bpublished\s+by)\s+(?:the\s+)?$/;

/**
 * ` reported`, ` first reported`, ` published`: what a source of news did, right after its name, or after an
 * apposition set off by dashes (`CNN – an American news network – published a story`).
 */
const REPORTED_AFTER_NAME = /^(?:\s+[–—]\s+[^–—“”"]{1,120}?\s+[–—])?\s+(?:(?:first|also|later|previously)\s+)?(?:reported|reports|published|publishes)\b/;

/**
 * ` correspondent`, ` chief political anchor`, `’s reporters`: a journalist of the medium whose name stands right
 * before, or owns the journalist through words that describe them (not `told reporters`, `is the host of`).
 */
const JOURNALIST_AFTER_NAME =
  /^(?:['’]s\s+(?:(?!(?:is|was|are|were|has|had|and|or|as|the|a|an|its|his|her|their|who|whose)\s)[a-z]+\s+){0,2}?|\s+(?:(?:chief|senior|political|national|foreign|investigative|contributing|executive|managing|news|opinion|radio|television|talk|show|guest|staff)\s+)?)(?:correspondent|reporter|anchor|host|columnist|producer|editor|journalist)s?\b/;

/** Whether the words after a name cite it for news: it reported or published, or its journalist follows. */
export function citedForNewsAfter(after: string): boolean {
  return REPORTED_AFTER_NAME.test(after) || JOURNALIST_AFTER_NAME.test(after);
}

/** `Spanish daily ABC`, `broadcaster ITV`: a word for a kind of body just before a name in capitals makes it one. */
const KIND_BEFORE = /\b(?:daily|paper|newspaper|tabloid|magazine|broadcaster|network|channel|firm|company|group|giant|maker|carmaker|bank|airline|carrier|agency|watchdog|regulator|union|federation)\s$/;

/** Adverbs that open a sentence before a comma (`Separately,`, `Today,`): only there surely no name (`Today` is also a programme). */
const SENTENCE_ADVERBS: ReadonlySet<string> = new Set(
  'Separately Today Yesterday Hence Initially Previously Recently Additionally Crucially Importantly Interestingly Surprisingly Unfortunately Fortunately Hopefully Obviously Apparently Reportedly Typically Traditionally Historically Currently Originally Subsequently Consequently Accordingly Admittedly'.split(' '),
);

/** `the Department of `, `Ministry of `: a government body's word and `of`, right before its name. */
const DEPARTMENT_OF_BEFORE = /\b(?:Department|Ministry|Bureau)\s+of\s+(?:the\s+)?$/;
