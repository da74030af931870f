import type { Highlight } from '../../answer/types.js';

/**
 * How terminal text is decorated. On a TTY highlights are ANSI bold; when the output goes to a file or a
 * pipe the text is left plain, so that it stays greppable.
 */
export interface TextStyle {
  bold(text: string): string;
  dim(text: string): string;
}

export const plainStyle: TextStyle = { bold: (text) => text, dim: (text) => text };

export const ansiStyle: TextStyle = {
  bold: (text) => `\u001b[1m${text}\u001b[22m`,
  dim: (text) => `\u001b[2m${text}\u001b[22m`,
};

export function styleFor(stream: { isTTY?: boolean }): TextStyle {
  return stream.isTTY && !process.env.NO_COLOR ? ansiStyle : plainStyle;
}

// Corpus text is untrusted: a control character or an escape sequence in an article must not reach the
// terminal and move the cursor, retitle the window or hide text.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export function cleanText(text: string): string {
  return text.replace(CONTROL, '');
}

/** `text` with its highlighted spans in bold. Overlapping or out-of-range spans are merged or clipped. */
export function highlight(text: string, highlights: Highlight[], style: TextStyle): string {
  const spans = highlights
    .map(({ start, end }) => ({ start: Math.max(0, start), end: Math.min(text.length, end) }))
    .filter(({ start, end }) => end > start)
    .sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const span of spans) {
    if (span.end <= at) continue;
    const start = Math.max(span.start, at);
    out += cleanText(text.slice(at, start)) + style.bold(cleanText(text.slice(start, span.end)));
    at = span.end;
  }
  return out + cleanText(text.slice(at));
}

/** Wrap prose to `width` columns, indenting every line by `indent`. Words longer than a line stay whole. */
export function wrap(text: string, width: number, indent = ''): string {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let visible = 0;
    for (const word of paragraph.split(/ +/)) {
      if (word === '') continue;
      const length = visibleLength(word);
      if (visible > 0 && visible + 1 + length > width - indent.length) {
        lines.push(indent + line);
        line = word;
        visible = length;
      } else {
        line = visible > 0 ? `${line} ${word}` : word;
        visible += (visible > 0 ? 1 : 0) + length;
      }
    }
    lines.push(indent + line);
  }
  return lines.join('\n');
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI sequences start with ESC.
const ANSI = /\u001b\[[0-9;]*m/g;

function visibleLength(text: string): number {
  return [...text.replace(ANSI, '')].length;
}
