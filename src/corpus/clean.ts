import { DecodingMode, decodeHTML } from 'entities';

// Characters that carry no text: zero-width spaces and joiners, soft hyphens, stray controls. Applied
// after every kind of whitespace (line breaks, tabs, NBSP, thin spaces) has become one plain space, so
// the control characters left are stray ones.
const INVISIBLES = /[\p{Cc}\u00AD\u200B-\u200D\u2060]/gu;
const NOT_ASCII = /[^ -~]/;
const HAS_INVISIBLES = /[\p{Cc}\u00AD\u200B-\u200D\u2060]/u;

/**
 * One paragraph's text as Newsdesk stores it: HTML entities decoded, every run of whitespace (NBSP,
 * tabs, line breaks included) one space, ends trimmed. Strict decoding: only entities closed by `;`
 * count, so `AT&T` or `R&notes` stay as written. Runs once per paragraph of the corpus, hence the
 * fast paths.
 */
export function cleanParagraphText(text: string): string {
  let clean = text.includes('&') ? decodeHTML(text, DecodingMode.Strict) : text;
  // JavaScript's \s covers NBSP, the Unicode spaces and the BOM as well as tabs and line breaks.
  if (/[^\S ]| {2}/.test(clean)) clean = clean.replace(/\s+/g, ' ');
  if (HAS_INVISIBLES.test(clean)) clean = clean.replace(INVISIBLES, '').replace(/ {2,}/g, ' ');
  // One spelling per character ("é" precomposed, not e + accent), so that searches match what they see.
  if (NOT_ASCII.test(clean)) clean = clean.normalize('NFC');
  return clean.trim();
}

/** A run of non-blank lines, as written in the file. */
export interface TextBlock {
  lines: string[];
  /** 1-based line number, in the text handed to {@link splitBlocks}, of the block's first line. */
  line: number;
}

/** Lines with nothing but whitespace (NBSP and `&nbsp;` included) separate paragraphs. */
export function isBlankLine(line: string): boolean {
  return /^(?:\s|&nbsp;|&#160;|&#xa0;)*$/i.test(line);
}

/** Split text into blocks at blank lines. Line endings may be LF, CRLF or CR. */
export function splitBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = [];
  let current: TextBlock | undefined;
  normaliseNewlines(text)
    .split('\n')
    .forEach((line, index) => {
      if (isBlankLine(line)) {
        current = undefined;
        return;
      }
      if (!current) {
        current = { lines: [], line: index + 1 };
        blocks.push(current);
      }
      current.lines.push(line);
    });
  return blocks;
}

export function normaliseNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}
