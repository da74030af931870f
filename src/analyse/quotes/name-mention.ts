import { ACRONYM } from './acronyms.js';
import { firstNameGender, type Gender, LATIN_ACCENTED, withoutAccents } from './given-names.js';
import { lowerOf } from './name-words.js';

/**
 * A name as the scan reports it (`NameMention`) and the constructors that build one, each writing every field
 * in one order so that all mentions share one hidden class (see `bodyMention`). Separate because every reader
 * of a quotation takes mentions, and the constructors serve both the readings of a run and the joins after them.
 */

export interface NameMention {
  /** 0-based paragraph index. */
  paragraph: number;
  start: number;
  end: number;
  /** As written, possessive `'s` dropped (`Col. Ahmaed Omar Bani`). */
  text: string;
  /** The name without titles (`Ahmaed Omar Bani`). */
  bare: string;
  /** Lower-case last word of the name, the key that ties `Mr. Bani` to `Col. Ahmaed Omar Bani`. */
  surname: string;
  /** Lower-case first word when the name has more than one (`ahmaed`). */
  firstName?: string;
  hasTitle: boolean;
  gender?: Gender;
  /** 'yes' from a title or a known first name, 'no' for organisations and places, else 'maybe'. */
  person: 'yes' | 'no' | 'maybe';
  /** Inside a quotation: somebody's words, not the narrative. */
  inQuote: boolean;
}

export function surnameKey(lower: string): string {
  const plain = LATIN_ACCENTED.test(lower) ? withoutAccents(lower) : lower;
  return plain.indexOf('-') < 0 && plain.indexOf('‑') < 0 ? plain : plain.replace(/^(al|el|bin|ibn|abu)[-‑]/, '');
}

/** A mention of one word, every field written out in `mentionOf`'s order (see `NameMention`). */
export function oneWordMention(paragraph: number, start: number, bare: string, gender: Gender | undefined, person: NameMention['person'], inQuote: boolean): NameMention {
  return { paragraph, start, end: start + bare.length, text: bare, bare, surname: surnameKey(lowerOf(bare)), firstName: undefined, hasTitle: false, gender, person, inQuote };
}

/** Whether a mention is a word in capitals that acts, which the scan keeps only as a body (`EMI said`). */
export function isActingInitials(mention: NameMention): boolean {
  return mention.person === 'no' && ACRONYM.test(mention.bare);
}

/** `Antonio "LA" Reid`: the person named around a nickname, with every field in `mentionOf`'s order. */
export function nicknamedMention(text: string, given: NameMention, surname: NameMention): NameMention {
  const firstName = given.bare.split(' ')[0] as string;
  return {
    paragraph: given.paragraph,
    start: given.start,
    end: surname.end,
    text: text.slice(given.start, surname.end),
    bare: `${given.bare} ${surname.bare}`,
    surname: surname.surname,
    firstName: lowerOf(firstName),
    hasTitle: given.hasTitle,
    gender: firstNameGender(firstName),
    person: 'yes',
    inQuote: given.inQuote,
  };
}

/**
 * A body's name from `start` to `end`, in the paragraph of `like`. Every field written out, in `mentionOf`'s
 * order, rather than spread from another mention: a spread object gets another hidden class, and the
 * compiled code reading mentions is thrown away when it meets one.
 */
export function bodyMention(
  text: string,
  start: number,
  end: number,
  like: Pick<NameMention, 'paragraph' | 'inQuote'>,
  surname: string,
  firstName: string | undefined,
  hasTitle: boolean,
  gender: Gender | undefined,
): NameMention {
  const whole = text.slice(start, end);
  return { paragraph: like.paragraph, start, end, text: whole, bare: whole, surname, firstName, hasTitle, gender, person: 'no', inQuote: like.inQuote };
}
