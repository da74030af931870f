const APOSTROPHE = 39;
const RIGHT_SINGLE_QUOTE = 0x2019;
const LOWER_S = 115;

const isApostrophe = (code: number): boolean => code === APOSTROPHE || code === RIGHT_SINGLE_QUOTE;

/**
 * How many characters of a possessive end `word` (`’s`, `'s`, or a bare `’` after a plural): 2, 1 or 0.
 * By character codes rather than a RegExp: both analyses ask it of every capitalised word of the corpus.
 */
export function possessiveLength(word: string): number {
  const last = word.charCodeAt(word.length - 1);
  if (isApostrophe(last)) return 1;
  if (last !== LOWER_S || word.length < 2) return 0;
  return isApostrophe(word.charCodeAt(word.length - 2)) ? 2 : 0;
}
