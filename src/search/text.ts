import { stemmer } from 'stemmer';
import { eng as standardEnglishStopWords } from 'stopword';

/**
 * The text pipeline shared by the index, the query and the highlighter: every place that turns words into
 * index terms goes through `termOf`, so a highlighted word is always one the index matched.
 */

/**
 * Words that carry no topic in a question. The `stopword` package's English list, plus what questions and
 * contractions add: question words it lacks, auxiliaries, and the stray letters left by `Libya's` and
 * `don't` once apostrophes split words.
 */
const QUESTION_AND_CONTRACTION_WORDS = [
  'why',
  'whom',
  'whose',
  'does',
  'doing',
  'done',
  'say',
  'says',
  'according',
  's',
  't',
  'd',
  'll',
  're',
  've',
  'm',
];

export const STOP_WORDS: ReadonlySet<string> = new Set([...standardEnglishStopWords, ...QUESTION_AND_CONTRACTION_WORDS]);

/** Letters and digits in a row; apostrophes, hyphens and other punctuation split words. */
const WORD = /[\p{L}\p{N}]+/gu;
const COMBINING_MARKS = /\p{M}+/gu;

export interface Token {
  /** The word as written. */
  word: string;
  start: number;
  end: number;
}

/** Every word of `text` with its UTF-16 offsets. */
export function tokensOf(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    tokens.push({ word: match[0], start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/** The words of `text`, for MiniSearch's `tokenize`. */
export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Lower case without accents, so `Café` and `cafe` meet. */
export function normaliseWord(word: string): string {
  const lower = word.toLowerCase();
  // Only decompose when there is something outside ASCII: it is the hot path of indexing.
  return /[^ -~]/.test(lower) ? lower.normalize('NFKD').replace(COMBINING_MARKS, '') : lower;
}

/** The index term of a word (Porter stem of its normalised form), or null for a stop word. */
export function termOf(word: string): string | null {
  const normalised = normaliseWord(word);
  if (normalised.length === 0 || STOP_WORDS.has(normalised)) return null;
  return stemmer(normalised);
}

/** The distinct index terms of a text, in order of first appearance. */
export function termsOf(text: string): string[] {
  const terms = new Set<string>();
  for (const word of wordsOf(text)) {
    const term = termOf(word);
    if (term !== null) terms.add(term);
  }
  return [...terms];
}
