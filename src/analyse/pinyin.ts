/**
 * Chinese names as English news writes them, in pinyin: a family name of one syllable, then a given name of
 * one or two (`Wei Wenhua`, `Lu Xiang`). Both the quotation reader (whose gender lists would misread `Lu`)
 * and the place detector (whose gazetteer would take `Wei` for Weifang) need to know one when they see it.
 */

/** The vowels that end a syllable of pinyin, longest first. */
const FINAL = 'iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|a|e|i|o|u';
/** The consonants that open a syllable, capitalised as a name's first letter, and in lower case. */
const CAPITAL_INITIAL = 'Zh|Ch|Sh|[BPMFDTNLGKHJQXRZCSYW]';
const INITIAL = 'zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw]';
/** `Wei`, `Zhang`: one capitalised syllable. */
const ONE_SYLLABLE = new RegExp(`^(?:${CAPITAL_INITIAL})(?:${FINAL})$`);
/** `Wenhua`, `Huiyao`: two syllables, the first capitalised. */
const TWO_SYLLABLES = new RegExp(`^(?:${CAPITAL_INITIAL})(?:${FINAL})(?:${INITIAL})(?:${FINAL})$`);

/** How many syllables of pinyin a capitalised word is made of: 1 or 2, or 0 when it is no such word. */
export function pinyinSyllables(word: string): 0 | 1 | 2 {
  return ONE_SYLLABLE.test(word) ? 1 : TWO_SYLLABLES.test(word) ? 2 : 0;
}
