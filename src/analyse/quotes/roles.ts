/**
 * Where a role word stands by a name: before it (`Wales coach Mike Rudd`) or in the apposition after it
 * (`Mike Lake, a Yukos spokesman`). The role word is written as the text has it (`coach`), capitalised
 * (`Coach`) or in capitals (`COACH`).
 *
 * These were regular expressions built for each role word. Building one costs far more than running it
 * (half a millisecond for the Unicode classes), and a corpus has hundreds of role words, so the checks
 * are written out here and `test/quotes/roles.test.ts` holds them to the expressions they replace.
 */

/** `\s` as JavaScript reads it. */
function isSpace(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x20 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** `\w` as JavaScript's `\b` reads it: ASCII only. */
function isWordCharacter(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f;
}

/** `\b` at `at`: a word character on exactly one side. */
function isBoundary(text: string, at: number): boolean {
  const before = at > 0 && isWordCharacter(text.charCodeAt(at - 1));
  const after = at < text.length && isWordCharacter(text.charCodeAt(at));
  return before !== after;
}

/** The three ways a role word is written. */
export function roleForms(noun: string): string[] {
  return [noun, `${noun.charAt(0).toUpperCase()}${noun.slice(1)}`, noun.toUpperCase()];
}

/** A capitalised word that may stand between a role word and the name (`Wales coach Mike`). */
const CAPITALISED_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;

/**
 * True when `before` (the text just before a name) ends with the role word and then only capitalised
 * words, each followed by white space: `\b(?:forms)\s+(?:\p{Lu}[\p{L}'’.-]*\s+)*$`.
 */
export function endsWithRole(before: string, forms: readonly string[]): boolean {
  let end = before.length;
  if (end === 0 || !isSpace(before.charCodeAt(end - 1))) return false;
  for (;;) {
    let tokenEnd = end;
    while (tokenEnd > 0 && isSpace(before.charCodeAt(tokenEnd - 1))) tokenEnd--;
    let tokenStart = tokenEnd;
    while (tokenStart > 0 && !isSpace(before.charCodeAt(tokenStart - 1))) tokenStart--;
    if (tokenStart === tokenEnd) return false;
    const token = before.slice(tokenStart, tokenEnd);
    for (const form of forms) {
      if (form.length > 0 && token.endsWith(form) && isBoundary(before, tokenEnd - form.length)) return true;
    }
    if (!CAPITALISED_WORD.test(token)) return false;
    end = tokenStart;
  }
}

const COMMA = 0x2c;
const FULL_STOP = 0x2e;
const SEMICOLON = 0x3b;
/** How many characters may stand between the comma and the role word (`, a Yukos spokesman`). */
const APPOSITION_REACH = 50;

/** A verb (`opens`, `said`, `is`) as the first word after a comma (not `his`, `its`, `this`). */
const VERB_OPENING_AT = /(?!(?:his|its|this|hers|ours|theirs)\b)(?:[a-z]+(?:s|ed)|is|was|has|had|will|would)\b/y;

/** `of `: a word that turns an apposition's role to whom or what it is of. */
const COMPLEMENT_AT = /of\s/y;

/** `44, `: an age set off right after a name, before the role (`Jelena Markovic, 44, a nurse`). */
const AGE_SET_OFF_AT = /\d{1,3},\s+/y;

/**
 * True when an apposition with the role word starts at `at` (just after a name): a comma, white space,
 * then the role word within the same clause: `,\s+(?:[^,.;]{0,50}\s)?(?:forms)\b`.
 */
export function roleInApposition(text: string, at: number, forms: readonly string[]): boolean {
  if (text.charCodeAt(at) !== COMMA || !isSpace(text.charCodeAt(at + 1))) return false;
  let clauseStart = at + 1;
  while (clauseStart < text.length && isSpace(text.charCodeAt(clauseStart))) clauseStart++;
  // (`Jelena Markovic, 44, a Serbian-born nurse,`: news sets the age off before the role; the role is the next clause's.)
  AGE_SET_OFF_AT.lastIndex = clauseStart;
  if (AGE_SET_OFF_AT.test(text)) clauseStart = AGE_SET_OFF_AT.lastIndex;
  // `Kristin Scott Thomas, opens the German festival`: a verb after the comma opens a clause, no apposition.
  VERB_OPENING_AT.lastIndex = clauseStart;
  if (VERB_OPENING_AT.test(text)) return false;
  const last = Math.min(text.length, clauseStart + APPOSITION_REACH + 1);
  for (let wordStart = clauseStart; wordStart <= last; wordStart++) {
    if (wordStart > clauseStart) {
      const skipped = text.charCodeAt(wordStart - 2);
      if (wordStart - 2 >= clauseStart && (skipped === COMMA || skipped === FULL_STOP || skipped === SEMICOLON)) return false;
      if (!isSpace(text.charCodeAt(wordStart - 1))) continue;
      // `Ms Robinson, a friend of the Tory leader,`: after `of` the words say whose friend, not what she is.
      COMPLEMENT_AT.lastIndex = wordStart;
      if (COMPLEMENT_AT.test(text)) return false;
    }
    if (roleWordAt(text, wordStart, forms)) return true;
  }
  return false;
}

/** Whether one of the role's forms stands as a whole word at `at`. */
function roleWordAt(text: string, at: number, forms: readonly string[]): boolean {
  for (const form of forms) {
    if (form.length > 0 && text.startsWith(form, at) && isBoundary(text, at + form.length)) return true;
  }
  return false;
}

/** ` has resigned as `, ` was named as the `: a verb of taking or leaving an office, then `as`. */
const OFFICE_TAKEN_AS_AT =
  /\s+(?:has\s+|had\s+|was\s+|is\s+|will\s+)?(?:been\s+)?(?:resigned|resigns|served|serves|serving|stepped\s+down|steps\s+down|quit|quits|appointed|named|chosen|elected|sworn\s+in|worked|works|retired|retires|took\s+over|stayed\s+on|remains|remained)\s+as\s+(?:(?:the|a|an|its|his|her|their)\s+)?/uy;

/** True when the name that ends at `at` is said to take or leave the office: `Sir Kim Darroch has resigned as UK ambassador`. */
export function roleTakenAs(text: string, at: number, forms: readonly string[]): boolean {
  OFFICE_TAKEN_AS_AT.lastIndex = at;
  const match = OFFICE_TAKEN_AS_AT.exec(text);
  if (!match) return false;
  // The role word, or up to three words before it (`UK ambassador`).
  let from = at + match[0].length;
  for (let words = 0; words <= 3 && from < text.length; words++) {
    if (roleWordAt(text, from, forms)) return true;
    const space = text.indexOf(' ', from);
    if (space < 0 || /[,.;:]/.test(text.slice(from, space))) return false;
    from = space + 1;
  }
  return false;
}
