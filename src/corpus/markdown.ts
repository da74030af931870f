import { normaliseNewlines } from './clean.js';

/**
 * Markdown read as news text, kept simple: paragraphs, list items and block quotes become paragraphs;
 * headings, rules, code blocks, images, HTML comments and link definitions are dropped; inline markup
 * gives way to its text (`[text](url)` → text, `**bold**` → bold). The text is only ever read, never
 * rendered, so nothing here can run or load anything.
 */
export interface MarkdownBody {
  /** A level-1 heading that opens the body, before any paragraph: the article's title when it has none. */
  leadingHeading?: string;
  /** Raw paragraph texts, markup removed; entities and whitespace are cleaned later. */
  blocks: string[];
}

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^\s{0,3}(#{1,6})(?:\s+(.*?))?\s*#*\s*$/;
const SETEXT_UNDERLINE = /^\s{0,3}(?:=+|-+)\s*$/;
const RULE = /^\s{0,3}([-*_])(?:\s*\1){2,}\s*$/;
const LINK_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*\S+/;
const LIST_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])\s+(.*)$/;
const BLOCK_QUOTE = /^\s{0,3}(?:>\s?)+/;

export function readMarkdown(source: string): MarkdownBody {
  const lines = normaliseNewlines(source).replace(/<!--[\s\S]*?-->/g, '').split('\n');
  const blocks: string[][] = [];
  let current: string[] | undefined;
  let fence: string | undefined;
  let leadingHeading: string | undefined;
  const endBlock = () => {
    current = undefined;
  };
  const startBlock = (line: string) => {
    current = [line];
    blocks.push(current);
  };

  for (const rawLine of lines) {
    if (fence) {
      if (rawLine.trim().startsWith(fence)) fence = undefined;
      continue;
    }
    const fenceOpen = FENCE.exec(rawLine);
    if (fenceOpen?.[1]) {
      fence = fenceOpen[1];
      endBlock();
      continue;
    }
    const line = rawLine.replace(BLOCK_QUOTE, '');
    if (line.trim() === '') {
      endBlock();
      continue;
    }
    const heading = ATX_HEADING.exec(line);
    if (heading) {
      if (heading[1] === '#' && blocks.length === 0 && leadingHeading === undefined) {
        leadingHeading = stripInlineMarkup(heading[2] ?? '').trim() || undefined;
      }
      endBlock();
      continue;
    }
    // "Title\n=====": the line above was a heading, not a paragraph.
    if (current?.length === 1 && SETEXT_UNDERLINE.test(line)) {
      blocks.pop();
      endBlock();
      continue;
    }
    if (RULE.test(line) || LINK_DEFINITION.test(line)) {
      endBlock();
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      startBlock(item[1] ?? '');
      continue;
    }
    if (current) current.push(line);
    else startBlock(line);
  }

  return {
    ...(leadingHeading ? { leadingHeading } : {}),
    blocks: blocks.map((block) => stripInlineMarkup(block.join('\n'))).filter((block) => block.trim() !== ''),
  };
}

// Backslash-escaped characters are parked in the Private Use Area so that no markup rule touches them.
const ESCAPABLE = /\\([\\`*_{}[\]()#+\-.!>~|<])/g;
const PARKED_BASE = 0xe000;

// Every span a rule may match is bounded, so that text with many unclosed markers (`**`, `[`, `~~`)
// costs linear time rather than quadratic: markup rarely spans more than a few hundred characters.
const SPAN = 500;

const IMAGE = new RegExp(String.raw`!\[[^\]]{0,${SPAN}}\](?:\([^)]{0,${SPAN}}\)|\[[^\]]{0,${SPAN}}\])`, 'g');
const INLINE_LINK = new RegExp(
  String.raw`\[([^[\]]{0,${SPAN}})\]\((?:[^()\s]|\([^()\s]{0,${SPAN}}\)){0,${SPAN}}(?:\s+(?:"[^"]{0,${SPAN}}"|'[^']{0,${SPAN}}'))?\s*\)`,
  'g',
);
const REFERENCE_LINK = new RegExp(String.raw`\[([^[\]]{1,${SPAN}})\]\[[^[\]]{0,${SPAN}}\]`, 'g');
const STRONG = new RegExp(String.raw`(\*\*|__)(?=\S)([\s\S]{0,${SPAN}}?\S)\1`, 'g');
const STRIKE = new RegExp(String.raw`~~(?=\S)([\s\S]{0,${SPAN}}?\S)~~`, 'g');
const CODE = new RegExp(String.raw`(\`+)([\s\S]{0,${SPAN}}?[^\`])\1(?!\`)`, 'g');

export function stripInlineMarkup(text: string): string {
  return text
    .replace(ESCAPABLE, (_, character: string) => String.fromCharCode(PARKED_BASE + character.charCodeAt(0)))
    .replace(IMAGE, '')
    .replace(INLINE_LINK, '$1')
    .replace(REFERENCE_LINK, '$1')
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1')
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>/g, '')
    .replace(CODE, '$2')
    .replace(STRONG, '$2')
    .replace(/(?<![\p{L}\p{N}*\\])\*(?=\S)([^*]*?\S)\*(?![\p{L}\p{N}*])/gu, '$1')
    .replace(/(?<![\p{L}\p{N}_])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}_])/gu, '$1')
    .replace(STRIKE, '$1')
    .replace(/[\uE000-\uE07F]/g, (parked) => String.fromCharCode(parked.charCodeAt(0) - PARKED_BASE));
}
