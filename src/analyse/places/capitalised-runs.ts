import { possessiveLength as possessiveLengthOf } from '../possessive.js';
import { TITLE_ABBREVIATIONS } from './words.js';

/**
 * The runs of capitalised words that every reading of a paragraph starts from, and the small readings of a
 * word or of the text around it that all the passes share (a bare word, the word before, a sentence's start,
 * the shape of a word: an acronym, a verb's form, a compound). Apart from the rules so that every pass splits
 * and reads text the same way, and none has to import another pass to do it.
 */

/** One word of a capitalised run. */
export interface Token {
  text: string;
  /** The word without a possessive or a title's full stop (`Libya’s` → `Libya`). */
  word: string;
  start: number;
  end: number;
}

// A capitalised word (with inner hyphens and apostrophes), an Arabic-article form (`el-Brega`),
// or an initialism (`U.S.`), also after a hyphen (`China-U.S.`).
const TOKEN = /(?:\b(?:al|el|ad|as|an|ar|ash|at|az|ed|es|ul)-[A-Z][\p{L}'’]*(?:-[\p{L}]+)*|\b[A-Z](?:\.[A-Z])+\.?|\b[A-Z][\p{L}'’]*(?:-(?:[A-Z](?:\.[A-Z])+\.?|[\p{L}]+))*\.?)/gu;
const POSSESSIVE = /['’]s?$/;

export const VERB_FORM = /^(?:[A-Z][a-z-]*(?:ing|ed)|Said|Says)$/;
/** A word joined to a lower-case one (`In-form`, `Cash-strapped`, `Paris-based`). */
export const COMPOUND = /-\p{Ll}/u;

/** The days of the week, which US style writes after a place with no `on` (`fleeing Berlin Monday`). */
export const WEEKDAYS: ReadonlySet<string> = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);

export interface Span {
  tokens: Token[];
  paragraph: number;
}

/**
 * `Republican-dominated`, `Kremlin-backed`: who holds or backs something, as one compound adjective (not
 * `Chennai-based Tata`, a firm's name after it; nor `Ross-van Dorp`, a surname).
 */
const COMPOUND_ADJECTIVE = /^\p{Lu}[\p{L}'’.]*-(?:dominated|backed|led|controlled|run|held|occupied|ruled|allied|leaning|friendly)$/u;

/** Runs of capitalised words separated by single spaces, a title's full stop kept with it. */
export function capitalisedSpans(text: string, paragraph: number): Span[] {
  const spans: Span[] = [];
  let current: Token[] = [];
  let lastEnd = -1;
  // `exec` in a loop rather than `matchAll`: this runs for every capitalised word of the corpus, mostly
  // before the JIT has compiled it, and the iterator protocol costs more than the matching itself there.
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match !== null; match = TOKEN.exec(text)) {
    let word = match[0];
    const start = match.index;
    let endsSentence = false;
    if (word.charCodeAt(word.length - 1) === FULL_STOP) {
      const bare = word.slice(0, -1);
      if (!TITLE_ABBREVIATIONS.has(bare) && !INITIALS.test(bare)) {
        word = bare;
        endsSentence = true;
      } else if (INITIALS.test(bare)) {
        // (`adults across the U.S. The margin of error`: initials' full stop may end the sentence too.)
        SENTENCE_OPENER_AT.lastIndex = start + word.length;
        endsSentence = SENTENCE_OPENER_AT.test(text);
      }
    }
    const possessiveLength = possessiveLengthOf(word);
    const token = { text: word, word: bareOf(word, possessiveLength), start, end: start + word.length };
    // (`the U.S. IPOs of small Chinese companies`: the country's initials before a plural acronym end a run of their own.)
    const initialsBefore = current.length === 1 && COUNTRY_INITIALS.test((current[0] as Token).text) && ACRONYM_PLURAL.test(word);
    const joined = current.length > 0 && start === lastEnd + 1 && text.charCodeAt(lastEnd) === SPACE && !initialsBefore;
    if (!joined && current.length > 0) {
      spans.push({ tokens: current, paragraph });
      current = [];
    }
    current.push(token);
    lastEnd = token.end;
    // (`Republican-dominated Alabama`, `Kremlin-backed`: a compound adjective ends its own run, so the name
    // after it stands alone.)
    if (endsSentence || possessiveLength > 0 || (word.includes('-') && COMPOUND_ADJECTIVE.test(word))) {
      spans.push({ tokens: current, paragraph });
      current = [];
      lastEnd = -1;
    }
  }
  if (current.length > 0) spans.push({ tokens: current, paragraph });
  return spans;
}

/** `U.S.`, `UK`: a country written as its initials. */
const COUNTRY_INITIALS = /^(?:U\.S\.|US|U\.K\.|UK)$/;
/** `IPOs`, `CEOs`: an acronym in the plural. */
const ACRONYM_PLURAL = /^[A-Z]{2,}s$/;

/** ` The`, ` It`: a word that opens a sentence, right after a full stop. */
const SENTENCE_OPENER_AT = / (?:The|A|An|It|He|She|They|We|I|You|This|That|These|Those|There|But|And|However|In|On|About|To|As|At|For|If|When|While|After|Before|Since|Many|Some|Most|All|Our|His|Her|Its|Their|Yet|So|Now|Still|Meanwhile|Also|What|Why|How|Who|Even|Only|Not|No)\b/y;

export const FULL_STOP = 46;
export const APOSTROPHE = 39;
export const RIGHT_QUOTE = 0x2019;
export const SPACE = 32;
const INITIALS = /^[A-Z](?:\.[A-Z])*$/;
export const COMMA = 44;
export const DOLLAR = 36;

/**
 * The character code at `offset`, or -1 past the end. Names often end their paragraph, and a read past
 * the end (`text[end]`) throws away the caller's optimised code ("out of bounds" deoptimisation).
 */
export function codeAt(text: string, offset: number): number {
  return offset < text.length ? text.charCodeAt(offset) : -1;
}

/** `word` without its possessive and then a final full stop: `word.replace(POSSESSIVE, '').replace(/\.$/, '')`. */
function bareOf(word: string, possessiveLength: number): string {
  let end = word.length - possessiveLength;
  if (end > 0 && word.charCodeAt(end - 1) === FULL_STOP) end--;
  return end === word.length ? word : word.slice(0, end);
}

export function bareWord(token: Token): string {
  return token.word;
}

/**
 * The bare words of a run. Built by `push` rather than `map` (once the JIT inlines `map`, its results are
 * "holey" arrays, another hidden class, and optimised code that meets both is thrown away: a "wrong map"
 * deoptimisation), and searched below by indexed loops rather than `some`/`every`/`slice` callbacks: this
 * runs for every run of two words or more, mostly before the JIT has compiled it.
 */
export function wordsOf(tokens: Token[]): string[] {
  const words: string[] = [];
  for (let index = 0; index < tokens.length; index++) words.push((tokens[index] as Token).word);
  return words;
}

/** Whether any of `words[from]` … `words[to - 1]` is in `set`. */
export function anyWordIn(words: string[], set: ReadonlySet<string>, from = 0, to = words.length): boolean {
  for (let index = from; index < to; index++) if (set.has(words[index] as string)) return true;
  return false;
}

/** Whether all of `words[from]` … `words[to - 1]` are in `set` (true for none). */
export function allWordsIn(words: string[], set: ReadonlySet<string>, from: number, to: number): boolean {
  for (let index = from; index < to; index++) if (!set.has(words[index] as string)) return false;
  return true;
}

export const ACRONYM = /^[A-Z]{3,}$/;

export function precedingWord(text: string, start: number): string {
  const before = text.slice(Math.max(0, start - 30), start);
  const match = /([\p{L}]+)\s+$/u.exec(before);
  return match?.[1] ?? '';
}

/**
 * The name written from `start` to `end`, without a possessive, or a final full stop unless it closes
 * an initialism (`U.S.`). Character tests, not RegExps: this runs for every name tried in the gazetteer.
 */
export function nameBetween(text: string, start: number, end: number): string {
  let name = text.slice(start, end);
  const possessiveLength = possessiveLengthOf(name);
  if (possessiveLength > 0) name = name.slice(0, -possessiveLength);
  if (name.charCodeAt(name.length - 1) === FULL_STOP && !/^[A-Z](?:\.[A-Z])+$/.test(text.slice(start, end - 1))) {
    name = name.slice(0, -1);
  }
  return name;
}

export function opensSentenceAt(text: string, start: number): boolean {
  // (`WASHINGTON, Dec. 5 (UPI) — A North Carolina man`: a dateline's dash opens the story's first sentence.)
  return /(?:^|[.!?:"“—–]\s*|--\s*)$/.test(text.slice(Math.max(0, start - 4), start));
}

export function trimName(name: string): string {
  return name.replace(POSSESSIVE, '').replace(/\.$/, '').trim();
}
