import { possessiveLength } from '../possessive.js';
import { isKnownFirstName } from './given-names.js';
import { bodyWordsBefore, HOLDER_OFFICE_AFTER, joinOrganisationNames, nameHouseCommittees, numberStations } from './joined-names.js';
import { mentionOf, type Word } from './multi-word-names.js';
import type { NameMention } from './name-mention.js';
import { CAPITALISED_OPENERS, isNonPersonWord, lowerOf, PARTY_MEMBER, POST_NOMINALS, SKIPPED_OPENERS, THE_BEFORE, WEEKDAY } from './name-words.js';
import { loneWordMention } from './one-word-names.js';

/**
 * Capitalised name phrases (`Col. Ahmaed Omar Bani`, `Mr. Koussa`, `Jay Carney`) found by a scan over the
 * words of a paragraph. Whether a phrase names a person is decided from its title, its first name, and
 * later from how the article uses it (the subject of `said` is someone).
 *
 * This module finds the capitalised runs and splits them into words; a run is read in `one-word-names.ts` or
 * `multi-word-names.ts`, mentions are joined across runs in `joined-names.ts`, the mention itself is in
 * `name-mention.ts`, and the words they all test are in `name-words.ts` and `given-names.ts`.
 */

const PARTICLES = new Set(['bin', 'ibn', 'al', 'el', 'de', 'van', 'von', 'der', 'da', 'di', 'la', 'le', 'du', 'del', 'dos', 'abu', 'ben', 'st.']);

/** Words that open a sentence and are never the last word of a name. */
const SENTENCE_OPENERS = new Set(['The', 'A', 'An', 'It', 'He', 'She', 'This', 'But', 'We', 'They', 'In', 'His', 'Her']);

/** Whether a word ending in a period ends a sentence rather than an abbreviation or initial. */
function endsSentence(word: string): boolean {
  if (word.charCodeAt(word.length - 1) !== 46) return false;
  const bare = word.slice(0, -1);
  if (bare.length === 1 || bare.includes('.')) return false;
  // Case counts: `Ft.` is Fort, `FT.` the Financial Times ending a sentence. Only a short title is written
  // with a stop (`Gen.`, `Prof.`): `… known as Jason King.` ends a sentence.
  return !ABBREVIATED_TITLE.test(bare) && !/^(?:Jr|Sr|St|Ft|Mt|No|Co|Corp|Inc|Ltd|Bros)$/.test(bare);
}

/** Titles written short with a stop (`Mr.`, `Gen.`, `Prof.`); a whole word (`King`, `President`) takes none. */
const ABBREVIATED_TITLE = /^(?:Mr|Mrs|Ms|Dr|Gen|Col|Lt|Sgt|Capt|Cpl|Maj|Adm|Cmdr|Prof|Rev|Sen|Rep|Gov|Pres|Insp|Supt|Det|Cllr|Hon|Fr|Br|Msgr|Const|Cst|Del)$/i;
/** `Late`, `Early`: a time of day, before the day it falls on. */
const TIME_OF_DAY_WORD = /^(?:Late|Early)$/;

/** Bodies a plural's apostrophe may stand before inside one name (`the British Bankers' Association`). */
const BODY_AFTER_PLURAL = 'Association|Union|Guild|Federation|Party|League|Council|Society|Alliance|Coalition|Institute|Trust|Forum|Organi[sz]ation|Network|Movement|Front|Congress|Confederation|Fund|Club';
/**
 * One capitalised word of a run: letters with inner apostrophes, hyphens or full stops, perhaps a plural's
 * apostrophe before a body's word (`Writers’ Guild`; not `the Gunners' Cesc Fabregas`), perhaps a full stop.
 */
const RUN_WORD = String.raw`[A-Z\u00c0-\u00de][A-Za-z0-9\u00c0-\u024f]*(?:[’'\-.][A-Za-z0-9\u00c0-\u024f]+)*(?:(?<=s)['’](?=[ \u00a0](?:${BODY_AFTER_PLURAL})\b))?\.?`;
/** The Arabic article or kin word joined to a name by a hyphen (`Nouri al-Maliki`, `Abdel Fattah el-Sisi`). */
const ARTICLE_PREFIX = String.raw`(?:al|el|ad|as|an|ar|ash|at|az|ul|bin|ibn|abu)[-\u2011]`;
/** A word that is a name with that prefix (`al-Maliki`): capitalised, for reading a clause. */
export const ARTICLE_JOINED_NAME = new RegExp(String.raw`^${ARTICLE_PREFIX}[A-Z\u00c0-\u00de]`);
/** The same prefix right before a run's capital (`al-Maliki said`), which the run then opens with. */
const ARTICLE_PREFIX_BEFORE = new RegExp(String.raw`(?:^|[ \u00a0("“‘'])(${ARTICLE_PREFIX})$`);
/**
 * A run of capitalised words joined by single spaces, with lower-case particles inside (`Osama bin Laden`).
 * Matching whole runs, rather than every word, keeps the scan cheap: most words are lower case.
 */
// Latin letters (with accents) spelled out rather than \p{L}: without the `u` flag the scan is much cheaper.
const CAPITALISED_RUN = new RegExp(
  String.raw`${RUN_WORD}(?:[ \u00a0](?:(?:bin|ibn|al|el|de|van|von|der|da|di|la|le|du|del|dos|das|den|ter|ten|della|abu|ben)[ \u00a0])*(?:${ARTICLE_PREFIX})?${RUN_WORD})*`,
  'g',
);
/** The same run, anchored: tested at a capital found by hand, it gives the run's end with no match array. */
const CAPITALISED_RUN_AT = new RegExp(CAPITALISED_RUN.source, 'y');

/** A capital that may open a run: A-Z and the Latin-1 capitals, as in CAPITALISED_RUN. */
const RUN_CAPITAL = /[A-Z\u00c0-\u00de]/g;

/** Every capitalised name phrase of a paragraph. `inQuote` tells whether an offset lies inside a quotation. */
export function scanNames(text: string, paragraph: number, inQuote: (offset: number) => boolean): NameMention[] {
  const mentions: NameMention[] = [];
  // A global test finds the next capital without a match array; its lastIndex tells where it was.
  RUN_CAPITAL.lastIndex = 0;
  while (RUN_CAPITAL.test(text)) {
    let runStart = RUN_CAPITAL.lastIndex - 1;
    CAPITALISED_RUN_AT.lastIndex = runStart;
    if (!CAPITALISED_RUN_AT.test(text)) continue;
    const runEnd = CAPITALISED_RUN_AT.lastIndex;
    // `al-Maliki said`: the article opens the name (a hyphen before a capital is rare, so the test is too).
    if (text.charCodeAt(runStart - 1) === 45 || text.charCodeAt(runStart - 1) === 0x2011) {
      const prefix = ARTICLE_PREFIX_BEFORE.exec(text.slice(Math.max(0, runStart - 5), runStart));
      if (prefix?.[1]) runStart -= prefix[1].length;
    }
    const runText = text.slice(runStart, runEnd);
    // The scan goes on after the run.
    RUN_CAPITAL.lastIndex = runEnd;
    const hasNoBreakSpace = runText.indexOf('\u00a0') >= 0;
    if (runText.indexOf(' ') < 0 && !hasNoBreakSpace) {
      // A lone word is the commonest run; a sentence opener (`The`, `But`, `He`) is never a name.
      if (CAPITALISED_OPENERS.has(runText) || SKIPPED_OPENERS.has(lowerOf(runText))) {
        continue;
      }
      const word = endsSentence(runText) ? runText.slice(0, -1) : runText;
      const mention = loneWordMention(text, paragraph, word, runStart, inQuote);
      if (mention) mentions.push(mention);
      continue;
    }
    let run: Word[] = [];
    // The run's words, split at single spaces by hand.
    let wordStart = runStart;
    while (wordStart < runEnd) {
      // The next space found natively; a run with a no-break space in it (rare) is walked by hand.
      let wordEnd = hasNoBreakSpace ? wordStart : runText.indexOf(' ', wordStart - runStart) + runStart;
      if (wordEnd < runStart) wordEnd = runEnd;
      if (hasNoBreakSpace) while (wordEnd < runEnd && text.charCodeAt(wordEnd) !== 32 && text.charCodeAt(wordEnd) !== 0xa0) wordEnd++;
      const start = wordStart;
      const wordText = text.slice(wordStart, wordEnd);
      wordStart = wordEnd + 1;
      if (wordText.length === 0) continue;
      if (endsSentence(wordText)) {
        // A sentence-ending period closes the name before it; `Mr.` and initials do not.
        run.push({ text: wordText.slice(0, -1), start, end: start + wordText.length - 1 });
        flushRun(text, paragraph, run, inQuote, mentions);
        run = [];
      } else {
        run.push({ text: wordText, start, end: start + wordText.length });
        // `Blair's`: a possessive ends the name (a bare `’` after a plural does not).
        if (possessiveLength(wordText) === 2) {
          flushRun(text, paragraph, run, inQuote, mentions);
          run = [];
        }
      }
    }
    flushRun(text, paragraph, run, inQuote, mentions);
  }
  if (text.indexOf(' committee') >= 0) nameHouseCommittees(text, mentions);
  if (text.indexOf('Radio ') >= 0 || text.indexOf('Channel ') >= 0 || text.indexOf('Number 10') >= 0) numberStations(text, paragraph, inQuote, mentions);
  // Most paragraphs' mentions join nothing: one mention is checked before the general pass.
  if (
    mentions.length === 0 ||
    (mentions.length === 1 && bodyWordsBefore(text, (mentions[0] as NameMention).start) === null && !HOLDER_OFFICE_AFTER.test(text) && !text.includes(' of ') && !text.includes(' for '))
  ) {
    return mentions;
  }
  return joinOrganisationNames(text, mentions);
}

function flushRun(text: string, paragraph: number, run: Word[], inQuote: (offset: number) => boolean, mentions: NameMention[]): void {
  while (run.length > 0 && PARTICLES.has(lowerOf((run.at(-1) as Word).text))) run.pop();
  // `Andrew Tyrie MP`, `Jane Lee QC`: letters after a name are not part of it; nor is the `The` of a
  // sentence whose full stop went missing (`Vadim Mitroshin The dispute`).
  while (run.length > 1 && (POST_NOMINALS.has((run.at(-1) as Word).text) || SENTENCE_OPENERS.has((run.at(-1) as Word).text))) run.pop();
  // `Justin Trudeau Saturday said`, `Portman Thursday told`: the day after a full name or a surname says
  // when, and is no part of it (but `Mike Friday` is the England coach: a given name before it).
  if (run.length > 1 && WEEKDAY.test((run.at(-1) as Word).text) && (run.length > 2 || !isKnownFirstName((run[0] as Word).text))) run.pop();
  // (`On Monday Trump said`: nor the day before one, with its preposition.)
  const day = WEEKDAY.test((run[0] as Word | undefined)?.text ?? '') ? 0 : run.length > 2 && (run[0] as Word).text === 'On' && WEEKDAY.test((run[1] as Word).text) ? 1 : -1;
  if (day >= 0 && run.length > day + 1 && !isNonPersonWord((run.at(-1) as Word).text)) run.splice(0, day + 1);
  if (run.length === 0) return;
  // (`Late Monday night, CNN …`, `Early Tuesday, Trump …`: a time of day before its day is no name.)
  if (TIME_OF_DAY_WORD.test((run[0] as Word).text) && (run.length === 1 || WEEKDAY.test((run[1] as Word).text))) return;
  // `the Oklahoma Republican`, `the Nevada Democrat`: a party's member named by state and party is an
  // epithet, as `the Argentine` is, not a name.
  if (PARTY_MEMBER.test((run.at(-1) as Word).text) && THE_BEFORE.test(text.slice(Math.max(0, (run[0] as Word).start - 4), (run[0] as Word).start))) return;
  const mention = mentionOf(text, paragraph, run, inQuote);
  if (mention) mentions.push(mention);
}
