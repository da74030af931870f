/**
 * Finding spans between double quote marks, paragraph by paragraph, in one pass over the characters.
 * Straight quotes carry no direction, and curly ones are sometimes typed the wrong way round, so each mark
 * is read as opening or closing from what stands on either side of it, as a typesetter would.
 */

/** One stretch of text between quote marks, in one paragraph. */
export interface QuotePiece {
  /** 0-based paragraph index. */
  paragraph: number;
  /** Offsets of the piece, quote marks included. */
  start: number;
  end: number;
  /** Offsets of the quoted words, marks excluded. */
  contentStart: number;
  contentEnd: number;
  /** False when the paragraph ends before the quotation closes. */
  closed: boolean;
  /** True when the piece reopens a quotation that the previous paragraph left open. */
  continuesPrevious: boolean;
}

/**
 * A double quote mark: one glyph, or two single ones typed for it (`''` and `’’` closing, or either way
 * round; `‘‘` and ``` `` ``` opening), as wire copy and older newspaper text write them. Some wire copy
 * closes quotations with a double prime (`″`); elsewhere that glyph is inches or seconds, so it counts
 * only where it can close an open quotation.
 */
const DOUBLE_QUOTE_MARK = /''|’’|‘‘|``|["“”„«»″]/g;
const DOUBLE_PRIME = '″';

/** The one glyph a mark of two single ones stands for. */
function glyphOf(mark: string): string {
  if (mark.length === 1) return mark;
  if (mark === '’’') return '”';
  if (mark === "''") return '"';
  return '“';
}
const OPENING_GLYPHS = new Set(['“', '„', '«']);
const CLOSING_GLYPHS = new Set(['”', '»']);

function isDoubleQuote(char: string | undefined): boolean {
  return char === '"' || (char !== undefined && (OPENING_GLYPHS.has(char) || CLOSING_GLYPHS.has(char)));
}

function isSpace(char: string | undefined): boolean {
  return char === undefined || char === ' ' || char === '\n' || char === '\t' || char === '\u00a0' || char === '\r';
}

const BEFORE_OPENING = /[\s([{—–\-/‘'…]/;
const AFTER_CLOSING = /[\s.,;:!?)\]}—–\-’'…*]/;

function roleOf(text: string, index: number, open: boolean, char: string, length: number): 'open' | 'close' {
  const previous = index > 0 ? text[index - 1] : undefined;
  const next = text[index + length];
  const opensLike =
    next !== undefined && !isSpace(next) && (previous === undefined || BEFORE_OPENING.test(previous) || isDoubleQuote(previous));
  const closesLike =
    previous !== undefined &&
    !isSpace(previous) &&
    (next === undefined || AFTER_CLOSING.test(next) || isDoubleQuote(next));
  if (OPENING_GLYPHS.has(char)) return closesLike && !opensLike ? 'close' : 'open';
  // A paragraph that starts with a mark starts with a quotation, whichever way the mark was typed.
  if (previous === undefined && !open) return 'open';
  if (CLOSING_GLYPHS.has(char)) return opensLike && !closesLike ? 'open' : 'close';
  if (opensLike && !closesLike) return 'open';
  if (closesLike && !opensLike) return 'close';
  return open ? 'close' : 'open';
}

/** The end of the sentence before a last sentence that ends in a colon. */
const INTRODUCING_SENTENCE = /[.!?]\s+[^.!?"“”]*:\s*$/;
const COLON = 58;

function piece(paragraph: number, start: number, end: number, closed: boolean, text: string, opening = 1, closing = 1): QuotePiece {
  const contentStart = start + opening;
  let contentEnd = closed ? end - closing : end;
  while (contentEnd > contentStart && isSpace(text[contentEnd - 1])) contentEnd--;
  return { paragraph, start, end: closed ? end : contentEnd, contentStart, contentEnd, closed, continuesPrevious: false };
}

/** The quote pieces of one paragraph, in order. */
export function findPieces(text: string, paragraph: number): QuotePiece[] {
  const pieces: QuotePiece[] = [];
  let openAt = -1;
  let openLength = 1;
  let openGlyph = '';
  /** Curly quotations nested inside a curly quotation (`“… what he calls “hell” than …”`). */
  let nested = 0;
  DOUBLE_QUOTE_MARK.lastIndex = 0;
  for (let mark = DOUBLE_QUOTE_MARK.exec(text); mark !== null; mark = DOUBLE_QUOTE_MARK.exec(text)) {
    const index = mark.index;
    const length = mark[0].length;
    let glyph = glyphOf(mark[0]);
    if (glyph === DOUBLE_PRIME) {
      if (openAt < 0 || roleOf(text, index, true, '”', length) !== 'close') continue;
      glyph = '”';
    }
    const role = roleOf(text, index, openAt >= 0, glyph, length);
    if (openAt < 0) {
      if (role === 'open') {
        openAt = index;
        openLength = length;
        openGlyph = glyph;
      }
      continue;
    }
    const curly = glyph !== '"' && openGlyph !== '"';
    if (curly && role === 'open' && glyph === '“' && /\s/.test(text[index - 1] ?? '') && text.indexOf('”', index) > 0 && text.indexOf('”', text.indexOf('”', index) + 1) > 0) {
      nested++;
      continue;
    }
    if (curly && role === 'close' && nested > 0) {
      nested--;
      continue;
    }
    if (role === 'close') {
      if (index > openAt + openLength) pieces.push(piece(paragraph, openAt, index + length, true, text, openLength, length));
      openAt = -1;
    } else {
      // A second opening mark: the first quotation was never closed. End it where the new one starts, or
      // before the sentence that introduces the new one with a colon (`… Aliadiere. Gunners boss Arsene
      // Wenger said: "…`): that sentence is the writer's, and it names who speaks next.
      const introduced = text.charCodeAt(index - 2) === COLON ? INTRODUCING_SENTENCE.exec(text.slice(openAt + openLength, index)) : null;
      pieces.push(piece(paragraph, openAt, introduced ? openAt + openLength + 1 + introduced.index : index, false, text, openLength));
      openAt = index;
      openLength = length;
      openGlyph = glyph;
    }
  }
  if (openAt >= 0 && openAt < text.length - openLength) pieces.push(piece(paragraph, openAt, text.length, false, text, openLength));
  return pieces;
}

/** The quote pieces of every paragraph, with quotations that run over a paragraph break linked. */
export function findArticlePieces(paragraphs: readonly string[]): QuotePiece[][] {
  // Filled by `push`, not `map`, for one hidden class however far the JIT has got (see `extractArticleQuotes`).
  const all: QuotePiece[][] = [];
  for (let index = 0; index < paragraphs.length; index++) all.push(findPieces(paragraphs[index] as string, index));
  for (let index = 1; index < all.length; index++) {
    const previous = all[index - 1]?.at(-1);
    const first = all[index]?.[0];
    if (previous && !previous.closed && first && first.start === 0) first.continuesPrevious = true;
  }
  return all;
}

/** A single mark that may open a quotation: at a paragraph's start or after a space or a bracket, before a word. */
const SINGLE_OPENING = /(?:^|[\s([{—–])['‘](?=[\p{L}\p{N}…¿¡])/gu;
/** The same, read only where it stands (from the character before the mark), not searched for further on. */
const SINGLE_OPENING_AT = new RegExp(SINGLE_OPENING.source, 'uy');
/** After a closing single mark: the paragraph's end, a space or punctuation (not a letter: `I'll`). */
const AFTER_SINGLE_CLOSING = /^(?:$|[\s.,;:!?)\]}—–…-])/;
/** ` plan`, ` union`: a word in lower case after `s'`, which makes the mark a plural's possessive (`the Democrats' plan`), unless it is a word that goes on after a quotation. */
const POSSESSED_AFTER = /^ (?!(?:and|or|but|as|to|in|of|on|for|from|with|at|by|he|she|they|it|we|said|says|told|added|the|a|an|is|was|were|are|that|which|when|while|after|before|because|instead)\b)\p{Ll}/u;

/**
 * The quotations of an article that writes them between single marks (`A source told CNN that the official 'did
 * not have direct knowledge'`, as British tabloids do), as spans `[paragraph, open, close]`; none when the
 * article quotes between double marks, whose single marks are nested quotations and apostrophes.
 */
function singleQuotedSpans(paragraphs: readonly string[]): [number, number, number][] {
  const spans: [number, number, number][] = [];
  let doubles = 0;
  for (let paragraph = 0; paragraph < paragraphs.length; paragraph++) {
    const text = paragraphs[paragraph] as string;
    const pieces = findPieces(text, paragraph);
    doubles += pieces.length;
    let open = -1;
    for (let index = 0; index < text.length; index++) {
      const char = text.charCodeAt(index);
      if (char !== 39 && char !== 0x2018 && char !== 0x2019) continue;
      if (pieces.some((piece) => index > piece.start && index < piece.end)) continue;
      if (open < 0) {
        SINGLE_OPENING_AT.lastIndex = Math.max(0, index - 1);
        if (char !== 0x2019 && SINGLE_OPENING_AT.test(text) && SINGLE_OPENING_AT.lastIndex === index + 1) open = index;
        continue;
      }
      const previous = text[index - 1] ?? ' ';
      const after = text.slice(index + 1, index + 16);
      if (char === 0x2018 || isSpace(previous) || !AFTER_SINGLE_CLOSING.test(after)) continue;
      if (previous === 's' && POSSESSED_AFTER.test(after)) continue;
      spans.push([paragraph, open, index]);
      open = -1;
    }
    // (A quotation that runs on into the next paragraph, which opens a mark again.)
    if (open >= 0 && open < text.length - 1) spans.push([paragraph, open, -1]);
  }
  // (Not an article of single-quoted terms, `the term 'urban' is open to interpretation`: two at least are
  // sentences of speech, of five words or more, ending in their own punctuation.)
  const spoken = spans.filter(([paragraph, open, close]) => close > 0 && SPOKEN_SENTENCE.test((paragraphs[paragraph] as string).slice(open + 1, close))).length;
  return spans.length >= 3 && spans.length > doubles && spoken >= 2 ? spans : [];
}

/** Five words or more, the last closed by a comma or a sentence's mark: what someone said, not a term. */
const SPOKEN_SENTENCE = /^(?:\S+\s+){4,}\S*[.,!?]$/;

/**
 * The paragraphs as the quotation finder reads them: unchanged, unless the article quotes between single marks;
 * then those marks become double ones and the double marks inside them single ones, one character for one, so
 * that every offset stays where it was.
 */
export function doubleQuoted(paragraphs: readonly string[]): readonly string[] {
  let candidates = 0;
  for (const text of paragraphs) {
    SINGLE_OPENING.lastIndex = 0;
    while (SINGLE_OPENING.exec(text) !== null) candidates++;
  }
  if (candidates < 3) return paragraphs;
  const spans = singleQuotedSpans(paragraphs);
  if (spans.length === 0) return paragraphs;
  const swapped = paragraphs.map((text) => text.split(''));
  for (const [paragraph, open, close] of spans) {
    const chars = swapped[paragraph] as string[];
    const end = close < 0 ? chars.length : close;
    for (let index = open + 1; index < end; index++) {
      const char = chars[index];
      if (char === '"') chars[index] = "'";
      else if (char === '“') chars[index] = '‘';
      else if (char === '”') chars[index] = '’';
    }
    chars[open] = '“';
    if (close >= 0) chars[close] = '”';
  }
  return swapped.map((chars) => chars.join(''));
}
