import { joinNames } from '../../corpus/names.js';
import type { QuotePiece } from './marks.js';
import type { ArticleReading } from './reading.js';

/**
 * Nouns for people or bodies in the plural, in classes of words that may stand for one another (`the two
 * firms` for `EADS and BAE Systems, the European defence and aerospace companies`).
 */
const GROUP_NOUN_CLASSES: readonly (readonly string[])[] = [
  ['firms', 'companies', 'groups', 'banks', 'carmakers', 'airlines', 'makers', 'giants', 'rivals', 'partners'],
  ['researchers', 'scientists', 'academics', 'authors', 'experts'],
  ['judges'],
  ['artists', 'designers', 'developers', 'founders', 'inventors'],
  ['brothers', 'sisters', 'pair', 'duo', 'couple', 'twins', 'partners'],
  ['senators', 'lawmakers', 'leaders', 'legislators', 'congressmen', 'congresswomen'],
];
const GROUP_NOUNS = [...new Set(GROUP_NOUN_CLASSES.flat())];

/**
 * `the two firms`, `the researchers`, `both companies`, `the two`: people or bodies in the plural, spoken of
 * as one speaker. The words they say belong to those the article last named together (`Elan and Biogen Idec`,
 * `Lord Justice Rix and Mr Justice Forbes`).
 */
const PLURAL_GROUP = new RegExp(`^(?:(?:[Tt]he|[Bb]oth)\\s+(?:(?:two|three|four|five)\\s+)?(?:[a-z-]+\\s+)?(${GROUP_NOUNS.join('|')})|[Tt]he\\s+(two|three))$`);

/** A capitalised name of one to five words (`Biogen Idec`, `Mr. Justice Forbes`, `Langlands`); only an abbreviation keeps its full stop. */
const WORD = String.raw`(?:\p{Lu}\p{Ll}{0,2}\.|\p{Lu}[\p{L}'’-]*)`;
const NAME = String.raw`${WORD}(?:\s+(?:(?:de|van|von|der|du|da|di|of)\s+)?${WORD}){0,4}`;

/** Names listed with `and` or `&`: `Sony, Philips, Matsushita and Samsung`, `Langlands & Bell`. */
const NAMED_TOGETHER = new RegExp(String.raw`(?<![\p{L}'’-])${NAME}(?:,\s+${NAME}){0,5},?\s+(?:and|&)\s+${NAME}`, 'gu');

/** Words that open a sentence or a clause and so are no part of the first name listed. */
const OPENING_WORDS = /^(?:(?:But|And|Yet|So|Then|When|While|The|Both)\s+)+/u;

/**
 * A verb right after the names, or after an apposition set off by commas, so that they are its subject
 * (`Elan and Biogen Idec plunged`, `EADS and BAE Systems, the … firms which own Airbus, welcomed`).
 */
const ACTS_AFTER =
  /^(?:,[^,.;:"“”]{1,80},)?\s+(?:(?:have|has|had|are|were|will|would|can|could|also|then|both|jointly)\s+)?(?:[a-z]+ed|said|says|told|are|were|have|had|will|want|wants|hope|hopes|plan|plans|say|warn|fell|rose|won|lost|made|took|gave|began|came|went|met|sent|led|built|held|wrote|spoke)\b/;

/** A verb of speech right before the names (`said Jonathan Wolpaw and Dennis McFarlane`). */
const SPEECH_BEFORE = /\b(?:said|says|told|added|according\s+to)\s+$/;

/** A plural noun right before the names (`construction companies Adhi Karya and Semen Gresik`). */
const NOUN_BEFORE = /\b([a-z]+)\s+$/;

/** A plural noun in an apposition right after the names (`, the European defence and aerospace firms`). */
const NOUN_IN_APPOSITION = /^,\s+(?:the\s+|two\s+)*(?:[\p{L}-]+\s+){0,5}?([a-z]+)\s*(?:,|which|who|that)/u;

/** How many paragraphs back, counting the speaker's own, the names are looked for. */
const PARAGRAPHS_BACK = 3;

function nounClass(noun: string): readonly string[] | undefined {
  return GROUP_NOUN_CLASSES.find((nouns) => nouns.includes(noun));
}

/** The group noun a plural description ends on (`firms` in `the two firms`), if it is one. */
export function pluralGroupNoun(description: string): string | undefined {
  const match = PLURAL_GROUP.exec(description);
  return match?.[1] ?? match?.[2];
}

/**
 * The names a plural description stands for: the last ones listed together before `offset` that act or
 * speak, outside quotations, in the speaker's paragraph or the few before it. Names the article calls by
 * another kind of noun (`authors Jenny Colgan and Amanda Craig` for `the judges`) are not them.
 */
export function groupNamedBefore(reading: ArticleReading, noun: string, paragraph: number, offset: number): string | undefined {
  const fitting = nounClass(noun);
  for (let index = paragraph; index >= Math.max(0, paragraph - PARAGRAPHS_BACK + 1); index--) {
    // (`Mitch McConnell (R-KY) and Kevin McCarthy (R-CA)`: a party tag in brackets, blanked, offsets kept.)
    const written = reading.paragraphs[index] as string;
    const text = written.includes('(') ? written.replace(/\([^()]{1,20}\)/g, (tag) => ' '.repeat(tag.length)) : written;
    const pieces = reading.piecesByParagraph[index] as QuotePiece[];
    const limit = index === paragraph ? offset : text.length;
    let last: { start: number; end: number } | undefined;
    for (const match of text.matchAll(NAMED_TOGETHER)) {
      const start = match.index;
      if (start >= limit) break;
      if (pieces.some((piece) => piece.start <= start && start < piece.end)) continue;
      const end = start + match[0].length;
      const after = text.slice(end, end + 120);
      const before = text.slice(Math.max(0, start - 40), start);
      // Only names that act or speak: `Tysabri and Avonex.` are things the sentence is about.
      if (!ACTS_AFTER.test(after) && !SPEECH_BEFORE.test(before)) continue;
      const called = [NOUN_BEFORE.exec(before)?.[1], NOUN_IN_APPOSITION.exec(after)?.[1]].filter((word): word is string => word !== undefined && GROUP_NOUNS.includes(word));
      if (called.some((word) => !fitting?.includes(word))) continue;
      last = { start: start + (OPENING_WORDS.exec(match[0])?.[0].length ?? 0), end };
    }
    if (last) return namesListed(reading, index, last.start, last.end) ?? text.slice(last.start, last.end);
  }
  return undefined;
}

/**
 * The names of a list as the article's people are called (`Senate Majority Leader Mitch McConnell (R-KY) and
 * House Minority Leader Kevin McCarthy` → `Mitch McConnell and Kevin McCarthy`), when every item is one of them
 * known by a full name.
 */
function namesListed(reading: ArticleReading, paragraph: number, start: number, end: number): string | undefined {
  const names: string[] = [];
  const text = reading.paragraphs[paragraph] as string;
  for (const mention of reading.mentionsByParagraph[paragraph] ?? []) {
    // (Not a party's tag in brackets, `(R-KY)`.)
    if (mention.start < start || mention.start >= end || text.charAt(mention.start - 1) === '(') continue;
    const person = reading.people.byMention.get(mention);
    // (A surname alone is left as written, with its title: `Lord Justice Rix and Mr Justice Forbes`.)
    if (!person?.name.includes(' ')) return undefined;
    if (!names.includes(person.name)) names.push(person.name);
  }
  if (names.length < 2) return undefined;
  return joinNames(names);
}
