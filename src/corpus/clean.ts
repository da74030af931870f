import { DecodingMode, decodeHTML } from 'entities';

// Spaces that are not ASCII space but must read as one (NBSP, thin and figure spaces, tab...).
const ODD_SPACES = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
// Characters that carry no text: zero-width spaces and joiners, BOMs, soft hyphens, stray controls.
// Applied after line breaks and tabs have become spaces, so every control character left is stray.
const INVISIBLES = /[\p{Cc}\u00AD\u200B-\u200D\u2060\uFEFF]/gu;

/**
 * One paragraph's text as Newsdesk stores it: HTML entities decoded, odd spaces made plain, runs of
 * spaces collapsed, ends trimmed. Strict decoding: only entities closed by `;` count, so `AT&T` or
 * `R&notes` stay as written.
 */
export function cleanParagraphText(text: string): string {
  return decodeHTML(text, DecodingMode.Strict)
    .replace(/\s*[\r\n]\s*/g, ' ')
    .replace(ODD_SPACES, ' ')
    .replace(INVISIBLES, '')
    .replace(/ {2,}/g, ' ')
    .trim();
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
  return text.replace(/\r\n?/g, '\n');
}
