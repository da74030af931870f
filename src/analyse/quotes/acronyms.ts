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
export function initialsOf(name: string, keepOf = false): string {
  let initials = '';
  for (const word of name.split(' ')) {
    if (/^[A-Z]{2,}$/.test(word)) initials += word;
    else if (/^[A-Z]/.test(word)) initials += word.charAt(0);
    // (`keepOf`: `DOJ` for `Department of Justice`, `BOE` for `Bank of England`.)
    else if (keepOf && word === 'of') initials += 'O';
  }
  return initials;
}

/** `U.S.`, `UK`, `Chinese`: the country a body is of, opening its name, which its acronym leaves out (`U.S. Immigration and Customs Enforcement`, ICE). */
const NATION_OPENING = /^(?:U\.S\.|US|U\.K\.|UK|[A-Z][a-z]+(?:an|ese|ish))\s/;
/** ` and Prevention`: a last word joined by `and`, which an acronym coined before the name grew leaves out (`Centers for Disease Control and Prevention`, CDC). */
const ADDED_LAST_WORD = /\sand\s[A-Z][a-z]+$/;

/**
 * Whether an acronym abbreviates a name of several words: its initials (see `initialsOf`), perhaps with `of`, and
 * perhaps without the country the name opens with or a last word joined by `and`.
 */
export function abbreviates(name: string, acronym: string): boolean {
  if (!name.includes(' ')) return false;
  const withoutNation = name.replace(NATION_OPENING, '');
  for (const form of new Set([name, withoutNation, withoutNation.replace(ADDED_LAST_WORD, '')])) {
    if (initialsOf(form) === acronym || (form.includes(' of ') && initialsOf(form, true) === acronym)) return true;
  }
  return false;
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

/** `(IAAF)`: an acronym in brackets, where an article spells out what it stands for. */
const BRACKETED_ACRONYM = /\((\p{Lu}{2,6})\)/gu;

/**
 * What each acronym stands for across a corpus, where articles spell it out (`the International Association
 * of Athletics Federations (IAAF)`) and all that do agree: a story that only says `the IAAF` still means the
 * body others name in full. An acronym spelled out two ways (`CAS`) is left out.
 */
export function corpusAcronyms(articles: readonly { paragraphs: readonly string[] }[]): ReadonlyMap<string, string> {
  const found = new Map<string, string | null>();
  for (const article of articles) {
    for (const text of article.paragraphs) {
      // Most paragraphs have no bracket at all: only those that do are searched.
      if (text.indexOf('(') < 0) continue;
      BRACKETED_ACRONYM.lastIndex = 0;
      for (let match = BRACKETED_ACRONYM.exec(text); match !== null; match = BRACKETED_ACRONYM.exec(text)) {
        const acronym = match[1] as string;
        const name = spelledOut([text], acronym);
        if (name === undefined) continue;
        const known = found.get(acronym);
        if (known === undefined) found.set(acronym, name);
        else if (known !== null && known.toLowerCase() !== name.toLowerCase()) found.set(acronym, null);
      }
    }
  }
  const expansions = new Map<string, string>();
  for (const [acronym, name] of found) if (name !== null) expansions.set(acronym, name);
  return expansions;
}
