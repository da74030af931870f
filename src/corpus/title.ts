// A short title made from an article's lede, for articles that come without one.

export const DERIVED_TITLE_MAX = 80;
// A clause shorter than this makes a poor title ("In London"), so a cut looks further on.
const MIN_CLAUSE = 25;

// Words whose period does not end a sentence.
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof col gen lt capt sgt maj adm cmdr gov sen rep rev st jr sr co corp inc ltd no vs etc jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
);

/** The first sentence of `text`: up to the first `.`, `!` or `?` that ends one. */
export function firstSentence(text: string): string {
  for (const end of text.matchAll(/[.!?]["”’)]*(?=\s+["“‘(]?[\p{Lu}\d])/gu)) {
    const before = text.slice(0, end.index);
    const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
    const isInitialOrAbbreviation =
      end[0].startsWith('.') && (/^\p{L}$/u.test(word) || word.includes('.') || ABBREVIATIONS.has(word.toLowerCase()));
    if (!isInitialOrAbbreviation) return text.slice(0, end.index + end[0].length);
  }
  return text;
}

/**
 * A title from the lede (the first paragraph without its dateline): its first sentence when short, else
 * its first clause of a useful length, else its first words cut at a word boundary with an ellipsis.
 */
export function titleFromLede(lede: string): string {
  const sentence = firstSentence(lede.trim()).replace(/\.$/, '');
  if (sentence.length <= DERIVED_TITLE_MAX) return tidy(sentence);
  for (const clauseEnd of sentence.matchAll(/,\s|;\s|:\s|\s[—–]\s|\s-\s|\s\(/g)) {
    if (clauseEnd.index >= MIN_CLAUSE && clauseEnd.index <= DERIVED_TITLE_MAX) {
      return tidy(sentence.slice(0, clauseEnd.index));
    }
    if (clauseEnd.index > DERIVED_TITLE_MAX) break;
  }
  const cut = sentence.slice(0, DERIVED_TITLE_MAX);
  const space = cut.lastIndexOf(' ');
  const atWord = space > 0 ? cut.slice(0, space) : cut;
  return `${tidy(atWord)}…`;
}

function tidy(title: string): string {
  const trimmed = title.replace(/[\s,;:—–-]+$/u, '').trim();
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}
