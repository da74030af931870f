import type { ExtractedQuotation, ResolvedSpeaker } from './extract.js';
import { isKnownFirstName } from './given-names.js';
import type { QuotePiece } from './marks.js';
import type { NameMention } from './name-mention.js';
import type { IssuerEvent } from './organisations.js';
import { type ArticlePeople, type ArticlePerson, firstPersonInTitle } from './people.js';

/**
 * One article as the quotation reader goes through it, and the text helpers every step of the reading
 * uses: sentence ends, word counts, a stretch of text with its quotations blanked.
 */

/** A sentence of an article: its paragraph (`where`) and where it starts and ends there. */
export type SentencePlace = { where: number; start: number; end: number };

/**
 * An article's paragraphs, quote pieces and name mentions; what has been read so far; and each
 * paragraph's sentence ends and lower-case text, worked out the first time they are asked for.
 *
 * The article's helpers are methods of this class, or functions of their modules that take the reading,
 * not arrow functions in constants made per article: tsx compiles with esbuild's keepNames, which sets
 * the name of every named closure each time it is made, and two dozen of them per article cost about a
 * tenth of the quotation stage. A method needs no such call.
 */
export class ArticleReading {
  /** Who spoke the last quotation given to a person, and where it ends. */
  lastSpeaker: ArticlePerson | undefined;
  lastSpeakerAt = { paragraph: -1, offset: -1 };
  /** A question (`“…?” Robertson asked.`) that closed the last paragraph quoted: who asked it, who spoke before it (to whom it is likely put), and where. */
  lastQuestion: { asker: ArticlePerson; answerer: ArticlePerson; paragraph: number } | undefined;
  /** The unnamed person (`a spokeswoman`) who spoke last, if no named person has spoken since. */
  lastDescribed: { speaker: ResolvedSpeaker & { kind: 'description' }; paragraph: number; offset: number } | undefined;
  /** The quotation accepted last, and its paragraph. */
  previousAccepted: { quotation: ExtractedQuotation; paragraph: number } | undefined;
  /** The last paragraph that held a piece of an accepted quotation (a quotation over several paragraphs reaches its last). */
  lastQuotedParagraph = -1;
  // Who issued each statement is only needed for `It said:`, which few articles have.
  issuers: IssuerEvent[] | undefined;
  /** Likewise for complaints, drafts and orders, read apart so that none is taken for an issued document. */
  filedIssuers: IssuerEvent[] | undefined;
  /** The article's title, when it has one of its own. */
  title: string | undefined;
  private titlePersonRead = false;
  private titlePersonFound: ArticlePerson | undefined;
  // Sentence ends are needed only near quotations and pronouns: most paragraphs never ask for theirs.
  private readonly endsCache: (number[] | undefined)[];
  private readonly narrativeEndsCache: (number[] | undefined)[];
  private readonly lowerCaseCache: (string | undefined)[];

  constructor(
    readonly paragraphs: readonly string[],
    readonly piecesByParagraph: QuotePiece[][],
    readonly people: ArticlePeople,
    readonly mentionsByParagraph: NameMention[][],
  ) {
    this.endsCache = new Array(paragraphs.length);
    this.narrativeEndsCache = new Array(paragraphs.length);
    this.lowerCaseCache = new Array(paragraphs.length);
  }

  /**
   * The person the title names first (`Djokovic strong and healthy …`), whom the story is about, when no
   * gender given says otherwise: the last resort of an epithet or a pronoun that nothing near it settles,
   * and known as a person from then on.
   */
  titlePersonFitting(gender: 'm' | 'f' | undefined): ArticlePerson | undefined {
    if (!this.titlePersonRead) {
      this.titlePersonRead = true;
      this.titlePersonFound = this.title ? firstPersonInTitle(this.title, this.people) : undefined;
    }
    const titled = this.titlePersonFound;
    if (!titled || (gender && titled.gender && titled.gender !== gender)) return undefined;
    if (titled.person === 'maybe') titled.person = 'yes';
    return titled;
  }

  /** Offsets just after each sentence end of a paragraph, outside its quotations. */
  endsOf(paragraph: number): number[] {
    this.endsCache[paragraph] ??= sentenceEnds(this.paragraphs[paragraph] as string, this.piecesByParagraph[paragraph] as QuotePiece[]);
    return this.endsCache[paragraph];
  }

  /**
   * Sentence ends, counting also a quotation that closes a sentence before the narrative goes on
   * (`… another couple of years." Dawson played …`): who did what after a quotation is a new sentence.
   */
  narrativeEndsOf(paragraph: number): number[] {
    let ends = this.narrativeEndsCache[paragraph];
    if (!ends) {
      const text = this.paragraphs[paragraph] as string;
      const closing = (this.piecesByParagraph[paragraph] as QuotePiece[])
        .filter((piece) => piece.closed && /[.!?]['’]?$/.test(text.slice(piece.contentStart, piece.contentEnd)) && /^\s+[A-Z]/.test(text.slice(piece.end, piece.end + 3)))
        .map((piece) => piece.end);
      ends = closing.length === 0 ? this.endsOf(paragraph) : [...new Set([...this.endsOf(paragraph), ...closing])].sort((a, b) => a - b);
      this.narrativeEndsCache[paragraph] = ends;
    }
    return ends;
  }

  lowerCaseOf(paragraph: number): string {
    this.lowerCaseCache[paragraph] ??= (this.paragraphs[paragraph] as string).toLowerCase();
    return this.lowerCaseCache[paragraph];
  }

  /** The sentence just before the one that holds an offset (see `sentenceJustBefore`). */
  sentenceBeforeOffset(paragraph: number, offset: number, quotedToo = false): SentencePlace | undefined {
    return this.sentenceJustBefore(paragraph, this.sentenceStartAt(paragraph, offset), quotedToo);
  }

  /** Where the sentence holding an offset starts (an offset at a sentence's end opens the next one). */
  sentenceStartAt(paragraph: number, offset: number): number {
    let start = 0;
    for (const end of this.endsOf(paragraph)) if (end <= offset) start = end;
    return start;
  }

  /**
   * The rest of a piece's sentence past later quotations, blanked to spaces (offsets kept): `Such a
   * “secular” state would be markedly “less tolerant”, Rt Rev Scott-Joynt argued.` closes on the
   * attribution of both pieces.
   */
  sentenceTailPast(paragraph: number, index: number): string {
    const text = this.paragraphs[paragraph] as string;
    const pieces = this.piecesByParagraph[paragraph] as QuotePiece[];
    const piece = pieces[index] as QuotePiece;
    const end = this.endsOf(paragraph).find((at) => at > piece.end) ?? text.length;
    return withPiecesBlanked(text, piece.end, end, pieces);
  }

  /** The name mention that covers an offset. */
  mentionAt(paragraph: number, offset: number): NameMention | undefined {
    return this.mentionsByParagraph[paragraph]?.find((mention) => offset >= mention.start && offset < mention.end);
  }

  /** The first name mention that starts after `start` and ends by `end`. */
  mentionWithin(paragraph: number, start: number, end: number): NameMention | undefined {
    return this.mentionsByParagraph[paragraph]?.find((mention) => mention.start > start && mention.end <= end);
  }

  /** The name mention a sentence's subject, read at `at` with its length, stands on: the one there, or within it. */
  subjectMention(paragraph: number, at: number, length: number): NameMention | undefined {
    return this.mentionAt(paragraph, at) ?? this.mentionWithin(paragraph, at - 1, at + length);
  }

  /** The sentence just before a position (in the paragraph before, at a paragraph's start), if it holds no quotation. */
  sentenceJustBefore(paragraph: number, sentenceStart: number, quotedToo = false): SentencePlace | undefined {
    let where = paragraph;
    let end = sentenceStart;
    if (end === 0) {
      if (paragraph === 0) return undefined;
      where = paragraph - 1;
      end = (this.paragraphs[where] as string).length;
    }
    const text = this.paragraphs[where] as string;
    // `"…any impact yet." Treasury Secretary John Snow put …`: a quotation that ends a sentence ends it here too.
    const start = this.narrativeEndsOf(where).filter((at) => at < end && text.slice(at, end).trim() !== '').at(-1) ?? 0;
    // (`…, Dilbagh Singh, also backed the idea of “deradicalisation” centres.`: a word or two quoted inside the
    // sentence leave it the writer's.)
    if (!quotedToo && (this.piecesByParagraph[where] as QuotePiece[]).some((piece) => piece.end > start && piece.start < end && !quotedInPassing(text, piece, start, end))) return undefined;
    return { where, start, end };
  }

  /**
   * The four sentences before a position, nearest first, at most two paragraphs back (the position's own
   * sentence, cut at it, first): where `they` is looked for, by `pairBefore` and `groupBefore`.
   */
  sentencesBefore(paragraph: number, offset: number): { index: number; text: string; from: number; to: number }[] {
    const sentences: { index: number; text: string; from: number; to: number }[] = [];
    for (let index = paragraph; index >= Math.max(0, paragraph - 2) && sentences.length < 4; index--) {
      const text = this.paragraphs[index] as string;
      const bounds = [0, ...this.narrativeEndsOf(index)];
      for (let sentence = bounds.length - 1; sentence >= 0 && sentences.length < 4; sentence--) {
        const from = bounds[sentence] as number;
        if (index === paragraph && from >= offset) continue;
        const to = Math.min(sentence + 1 < bounds.length ? (bounds[sentence + 1] as number) : text.length, index === paragraph ? offset : text.length);
        sentences.push({ index, text, from, to });
      }
    }
    return sentences;
  }

  /**
   * The sentence just before a position (see `sentenceJustBefore`), its paragraph's text, and the name
   * mentions in it outside quotations, in order: where the subject of that sentence is looked for.
   */
  namesInSentenceJustBefore(paragraph: number, sentenceStart: number): { text: string; start: number; mentions: NameMention[] } | undefined {
    const before = this.sentenceJustBefore(paragraph, sentenceStart);
    if (!before) return undefined;
    const mentions: NameMention[] = [];
    for (const mention of this.mentionsByParagraph[before.where] ?? []) {
      if (!mention.inQuote && mention.start >= before.start && mention.start < before.end) mentions.push(mention);
    }
    return { text: this.paragraphs[before.where] as string, start: before.start, mentions };
  }
}

/**
 * Whether a piece is a word or two quoted inside a sentence's own words, which run on after it (`the idea of
 * “deradicalisation” centres`), not set off before a cue (`to “legalise their property”, Mr Saakashvili stressed`).
 */
function quotedInPassing(text: string, piece: QuotePiece, start: number, end: number): boolean {
  // (`… during an interview Sunday on CBS' “60 Minutes.”`: the name of a show or a work, in capitals, is no one's words.)
  if (QUOTED_TITLE.test(text.slice(piece.contentStart, piece.contentEnd))) return true;
  if (text.slice(start, piece.start).trim() === '' || piece.end >= end || !RUNS_ON_AT.test(text.slice(piece.end, piece.end + 2))) return false;
  return countWordsUpTo(text.slice(piece.contentStart, piece.contentEnd), 4) <= 3;
}

/** `60 Minutes.`, `State of the Union`: two to four words, each capitalised or a figure (small words between), as a show or a work is called. */
const QUOTED_TITLE = /^(?:\p{Lu}[\p{L}'’-]*|\d+)(?:\s+(?:(?:the|of|and|a|in|on|for)\s+){0,2}(?:\p{Lu}[\p{L}'’-]*|\d+)){1,3}[.,]?$/u;

/** A space and a letter: the sentence's words go on right after a quotation. */
const RUNS_ON_AT = /^\s\p{L}/u;

const ABBREVIATION = /(?:^|[\s(])(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Col|Lt|Capt|Sgt|Det|Cpl|Insp|Supt|Const|Cst|Sen|Sens|Rep|Reps|Gov|Prof|Rev|Adm|Maj|Cmdr|Del|No|vs|v|etc|Inc|Co|Corp|Ltd|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|Ft|Mt|U\.S|U\.N|[A-Z](?:\.[A-Z])+)$/;

/** `-U.S`, `-U.K`, `-U.N`: a country's or a body's initials after a hyphen (`Cuban-U.S. relations`). */
const HYPHENED_COUNTRY_INITIALS = /-U\.[SKN]$/;

/** A full stop, `!` or `?` before a space, a newline or the end: where a sentence may end. */
const SENTENCE_MARK = /[.!?](?=[ \u00a0\n]|$)/g;

/** Whether the mark at `index` (found by `SENTENCE_MARK`) ends a sentence rather than an abbreviation. */
function endsSentenceAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  // `gay group OutRage! said`, `Yahoo! says`: a mark in a name, which a lower-case word follows, ends nothing.
  if (code === 33 || code === 63) {
    const next = text.charCodeAt(index + 2);
    return text.charCodeAt(index + 1) !== 32 || !(next >= 97 && next <= 122);
  }
  // `U.S. officials` continues; `in the U.S. The` may end, but that is rare enough to ignore.
  // (`Cuban-U.S. relations`: the initials after a hyphen too, but not a party tag's state, `D-R.I.`, which may end one.)
  if (code !== 46) return true;
  const before = text.slice(Math.max(0, index - 6), index);
  // (`Shortly before 10 a.m. ET, Trump slammed`, `said at 1 p.m. that`: a time's `a.m.` ends nothing before its time
  // zone or a word in lower case.)
  if (CLOCK_ENDING.test(before) && CLOCK_GOES_ON_AT.test(text.slice(index + 1, index + 6))) return false;
  if (!ABBREVIATION.test(before) && !HYPHENED_COUNTRY_INITIALS.test(text.slice(Math.max(0, index - 4), index))) return true;
  // `living in the U.S. He said`: a subject pronoun after initials or a firm's `Inc.` opens the next sentence
  // (after a title it may be a name: `Mr. He`, a Chinese surname).
  if (PRONOUN_OPENING_AT.test(text.slice(index + 1, index + 7)) && INITIALS_OR_FIRM_ENDING.test(before)) return true;
  // (`… capacity to attack the U.S. Matt Olsen, then the head of …, told`: so does a given name and a surname after
  // `the` and initials, where a noun phrase ends.)
  const named = THE_INITIALS_ENDING.test(text.slice(Math.max(0, index - 8), index)) ? FULL_NAME_OPENING_AT.exec(text.slice(index + 1, index + 40)) : null;
  return named?.[1] !== undefined && isKnownFirstName(named[1]);
}

/** `10 a.m`, `6 p.m`: a time of day on the clock, up to its last full stop. */
const CLOCK_ENDING = /\d\s?[ap]\.m$/;
/** ` ET,`, ` EST `, ` that`: a time zone's initials after a time, or a word in lower case. */
const CLOCK_GOES_ON_AT = /^ (?:ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|GMT|BST|UTC|[a-z])/;

/** `the U.S`, `the U.K`: initials that a noun phrase ends on. */
const THE_INITIALS_ENDING = /\bthe [A-Z](?:\.[A-Z])+$/;
/** ` Matt Olsen,`, ` Matt Olsen told`: a given name and a surname, then a comma or a word in lower case. */
const FULL_NAME_OPENING_AT = /^ (\p{Lu}\p{Ll}+) \p{Lu}\p{Ll}+(?:,| \p{Ll})/u;

/** A subject pronoun as the next word: ` He `, ` They'`. */
const PRONOUN_OPENING_AT = /^ (?:He|She|It|They|We|I)\b(?![.'’-]\p{Lu})/u;
/** `U.S`, `D.C`, `Inc`: an abbreviation that is no title before a name. */
const INITIALS_OR_FIRM_ENDING = /(?:^|[\s(])(?:[A-Z](?:\.[A-Z])+|Inc|Co|Corp|Ltd|etc|Jr|Sr)$/;

/**
 * Offsets just after each sentence end outside quotations. Between quotations one RegExp pass finds the
 * marks: a loop over every character in JS cost more, since it mostly runs before the JIT compiles it.
 * The walk over the pieces is the one the character loop made, so the answer is the same to the offset.
 */
function sentenceEnds(text: string, pieces: QuotePiece[]): number[] {
  const ends: number[] = [];
  let pieceIndex = 0;
  let index = 0;
  while (index < text.length) {
    const current = pieces[pieceIndex];
    if (current && index >= current.start) {
      if (index < current.end) {
        index = current.end;
        continue;
      }
      // The first offset after a piece is read with the next piece still ahead.
      pieceIndex++;
      if (isMarkAt(text, index) && endsSentenceAt(text, index)) ends.push(index + 1);
      index++;
      continue;
    }
    // Up to the next piece, every offset is read.
    const limit = current ? Math.min(current.start, text.length) : text.length;
    SENTENCE_MARK.lastIndex = index;
    for (let match = SENTENCE_MARK.exec(text); match !== null && match.index < limit; match = SENTENCE_MARK.exec(text)) {
      if (endsSentenceAt(text, match.index)) ends.push(match.index + 1);
    }
    index = limit;
  }
  return ends;
}

/** `SENTENCE_MARK` at this one offset. */
function isMarkAt(text: string, index: number): boolean {
  const char = text.charCodeAt(index);
  if (char !== 46 && char !== 33 && char !== 63) return false;
  // The end of the text is checked, not read: a read past it deoptimises the compiled caller.
  if (index + 1 >= text.length) return true;
  const next = text.charCodeAt(index + 1);
  return next === 32 || next === 0xa0 || next === 10;
}

/**
 * The sentence around a span of a paragraph, from its sentence ends: it starts at the last end at or before
 * `from` and ends at the first end past `to` (the paragraph's `length` when there is none).
 */
export function sentenceAround(ends: readonly number[], from: number, to: number, length: number): { start: number; end: number } {
  let start = 0;
  let end = length;
  for (const candidate of ends) {
    if (candidate <= from) start = candidate;
    else if (candidate > to) {
      end = candidate;
      break;
    }
  }
  return { start, end };
}

/**
 * A word: a letter or digit (any character above U+00BF counts as a letter) and what follows it up to
 * the next character that is neither one nor an apostrophe.
 */
const WORD_RUN = /[0-9A-Za-z\u00c0-\uffff][0-9A-Za-z\u00c0-\uffff']*/g;

/**
 * Words in a text, counted without building them, up to `limit`: every caller only compares the count
 * with a small number, and quotations are long, so counting stops as soon as the answer is known.
 */
export function countWordsUpTo(text: string, limit: number): number {
  let count = 0;
  WORD_RUN.lastIndex = 0;
  while (count < limit && WORD_RUN.test(text)) count++;
  return count;
}

/**
 * What a quotation is blanked to: a no-break space, white space to every pattern (`\s`) but told apart from the
 * plain spaces that blank a party's tag (`, D-Md.,`); one byte, as most of a corpus's text is, which keeps V8's
 * strings and patterns on their faster one-byte path.
 */
const QUOTATION_BLANK = '\u00a0';

/** `text` from `from` to `to`, with the quotations in it blanked (`QUOTATION_BLANK`) so that offsets keep. */
export function withPiecesBlanked(text: string, from: number, to: number, pieces: readonly QuotePiece[]): string {
  let slice = text.slice(from, to);
  for (const piece of pieces) {
    if (piece.end <= from || piece.start >= to) continue;
    const start = Math.max(piece.start, from) - from;
    const end = Math.min(piece.end, to) - from;
    // (`Pressing Egypt's government “to respect basic human rights,” U.S. Secretary of State John Kerry said`: a comma
    // closing the quotation inside its marks closes the sentence's clause too, and is kept.)
    const closingComma = piece.contentEnd - from - 1;
    const blank = QUOTATION_BLANK.repeat(end - start);
    const kept = closingComma > start && closingComma < end && text[piece.contentEnd - 1] === ',' ? `${blank.slice(0, closingComma - start)},${blank.slice(closingComma - start + 1)}` : blank;
    slice = slice.slice(0, start) + kept + slice.slice(end);
  }
  return slice;
}

/** The paragraphs that open a story (a title, then the lead), where an office may be named before its holder. */
export const LEAD_PARAGRAPHS = 2;
