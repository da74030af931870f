/**
 * Acronyms and the names they abbreviate: `the WHO` for `the World Health Organisation`, `the QCA` for
 * `the Qualifications and Curriculum Authority (QCA)`.
 */

/** `WHO`, `UKIP`, `OECD`: a name in capitals that may abbreviate a longer one. */
export const ACRONYM = /^[A-Z]{2,6}$/;

/**
 * The letters an acronym of a name would have: each capitalised word's initial, all the letters of a
 * word in capitals (`UK Independence Party` → UKIP); `of`, `and`, `for` are left out.
 */
export function initialsOf(name: string): string {
  let initials = '';
  for (const word of name.split(' ')) {
    if (/^[A-Z]{2,}$/.test(word)) initials += word;
    else if (/^[A-Z]/.test(word)) initials += word.charAt(0);
  }
  return initials;
}

/** Capitalised words, with the small words names keep inside them, right before an opening bracket. */
const NAME_BEFORE_BRACKET = /(?:\p{Lu}[\p{L}'’&-]*,?\s+(?:(?:of|and|for|the|on|de|du|des|la|le)\s+)*)+$/u;

/**
 * The name an article spells out before giving its acronym in brackets (`the Qualifications and
 * Curriculum Authority (QCA)`), if it does: the shortest run of words before the bracket whose initials
 * are the acronym.
 */
export function spelledOut(paragraphs: readonly string[], acronym: string): string | undefined {
  if (!ACRONYM.test(acronym)) return undefined;
  const bracket = `(${acronym})`;
  for (const text of paragraphs) {
    const at = text.indexOf(bracket);
    if (at < 0) continue;
    const run = NAME_BEFORE_BRACKET.exec(text.slice(Math.max(0, at - 120), at))?.[0].trim();
    if (!run) continue;
    const words = run.split(/\s+/);
    for (let start = words.length - 1; start >= 0; start--) {
      if (!/^\p{Lu}/u.test(words[start] as string)) continue;
      const name = words.slice(start).join(' ');
      if (initialsOf(name) === acronym) return name;
    }
  }
  return undefined;
}
