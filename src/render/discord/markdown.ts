import { escapeMarkdown } from 'discord.js';
import type { Highlight, Paging, SourceRef } from '../../answer/types.js';
import { cutText, DISCORD_LIMITS } from '../limits.js';

const ZERO_WIDTH_SPACE = '\u200b';

/**
 * Break every mention Discord would draw or act on: `@everyone`, `@here`, `<@id>`, `<@!id>`, `<@&role>`
 * and `<#channel>`. A zero-width space keeps the text readable while Discord no longer sees a mention.
 * (Replies also send `allowedMentions: { parse: [] }`; this keeps the text from even looking like a ping.)
 */
export function neutraliseMentions(text: string): string {
  return text.replace(/@(everyone|here)/gi, `@${ZERO_WIDTH_SPACE}$1`).replace(/<([@#])/g, `<${ZERO_WIDTH_SPACE}$1`);
}

const ESCAPE_ALL = { heading: true, bulletedList: true, numberedList: true, maskedLink: true } as const;

/**
 * escapeMarkdown leaves some asterisks and backticks alone (inside URLs, the odd one of a `****` run);
 * next to the bold markers Newsdesk adds, such a character would change what is bold or start code.
 * Every one left is escaped.
 */
function escapeLeftovers(escaped: string): string {
  let out = '';
  let backslashes = 0;
  for (const character of escaped) {
    if ((character === '*' || character === '`') && backslashes % 2 === 0) out += '\\';
    out += character;
    backslashes = character === '\\' ? backslashes + 1 : 0;
  }
  return out;
}

/**
 * No Discord text holds more than 4,096 characters, so longer input is shortened before escaping:
 * escapeMarkdown's look-behinds are slow on very long words, and the rest would be cut anyway.
 */
const LONGEST_SHOWN = 4100;

function escapeAll(text: string): string {
  const trimmed = preTrim(text);
  // escapeMarkdown's underscore rules look behind every character, which costs most of a reply's render
  // time; without an underscore they have nothing to do (asterisks are escaped by escapeLeftovers anyway).
  const hasUnderscore = trimmed.includes('_');
  return escapeLeftovers(escapeMarkdown(trimmed, { ...ESCAPE_ALL, italic: hasUnderscore, underline: hasUnderscore }));
}

/**
 * The first `max` characters (and a little more, so that the later cut still finds a word boundary and
 * adds the ellipsis), never ending inside a surrogate pair.
 */
function preTrim(text: string, max = LONGEST_SHOWN): string {
  const keep = Math.min(LONGEST_SHOWN, max + 40);
  if (text.length <= keep) return text;
  return text.slice(0, outOfSurrogatePair(text, keep, -1));
}

/** Corpus or user text, shown as written: no markdown of its own, no mentions, no line-start syntax. */
export function safeText(text: string, roughMax = LONGEST_SHOWN): string {
  return neutraliseMentions(escapeAll(preTrim(text, roughMax)));
}

/** A name in bold, or the plain placeholder when there is no name to show (`****` is not bold). */
export function boldName(text: string, max = 200): string {
  const name = safeInline(text, max);
  return name ? `**${name}**` : '(no name)';
}

/** Text on one line (a title, a name): line breaks would let it start a heading or a quote block. */
export function safeInline(text: string, max?: number): string {
  // Whitespace is collapsed before trimming, so that a trimmed text is always long enough to be cut with an ellipsis.
  const safe = safeText(preTrim(text.replace(/\s+/g, ' ').trim(), max));
  return max === undefined ? safe : cutText(safe, max);
}

/**
 * Text written by the answer layer, where `` `/town Brega` `` marks a command to type: the code spans stay
 * code (their content cannot hold a backtick), everything else is escaped.
 */
export function safeWithCode(text: string, roughMax = DISCORD_LIMITS.content): string {
  return preTrim(text, roughMax)
    // A code span holds no backslash: inside code Discord shows it as it is, so it could not escape anything.
    .split(/(`[^`\n\\]+`)/)
    .map((part) =>
      part.length > 2 && part.startsWith('`') && part.endsWith('`')
        ? `\`${neutraliseMentions(part.slice(1, -1))}\``
        : safeText(part),
    )
    .join('');
}

/**
 * `text` with its highlighted spans in **bold**, everything escaped. Spans are clipped to the text,
 * merged when they overlap and trimmed of whitespace (Discord does not draw `** word**` as bold).
 */
export function highlighted(text: string, highlights: readonly Highlight[], roughMax = LONGEST_SHOWN): string {
  // One space for each whitespace character keeps the highlight offsets valid.
  const flat = preTrim(text, roughMax).replace(/\s/g, ' ');
  const spans = highlights
    .map(({ start, end }) => ({ start: Math.max(0, start), end: Math.min(flat.length, end) }))
    .filter(({ start, end }) => end > start)
    .sort((a, b) => a.start - b.start);
  const merged: Highlight[] = [];
  for (const span of spans) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  let out = '';
  let at = 0;
  for (const span of merged) {
    let { start, end } = span;
    start = outOfSurrogatePair(flat, Math.max(start, at), -1);
    end = outOfSurrogatePair(flat, end, 1);
    while (start < end && /\s/.test(flat[start] ?? '')) start++;
    while (end > start && /\s/.test(flat[end - 1] ?? '')) end--;
    if (end <= start) continue;
    out += escapeAll(flat.slice(at, start));
    out += `**${escapeAll(flat.slice(start, end))}**`;
    at = end;
  }
  out += escapeAll(flat.slice(at));
  // Mentions are broken over the joined text, so that one cannot be put together across a bold marker.
  return neutraliseMentions(out);
}

/** `offset` moved off the middle of a surrogate pair (an emoji), backwards or forwards. */
function outOfSurrogatePair(text: string, offset: number, direction: -1 | 1): number {
  const before = text.charCodeAt(offset - 1);
  const at = text.charCodeAt(offset);
  const splitsPair = before >= 0xd800 && before <= 0xdbff && at >= 0xdc00 && at <= 0xdfff;
  return splitsPair ? offset + (direction === 1 ? 1 : -1) : offset;
}

/** A link Discord will draw, or undefined for anything that is not a plain http(s) URL. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  // Characters that could close the link, read as markdown or as a mention are percent-encoded (the
  // same URL to a server). A user name or password in the URL is dropped: it is never meant for readers.
  const rest = `${parsed.pathname}${parsed.search}${parsed.hash}`.replace(
    /[()<>\s*_~|`@]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  );
  const href = `${parsed.protocol}//${parsed.host}${rest}`;
  return href.length <= 512 ? href : undefined;
}

const SOURCE_TEXT_MAX = 300;

/** A source line in two parts, so that a cut can shorten the words and never break the link. */
export interface SourceParts {
  /** outlet · “title” · byline · date · ¶N (¶N–M), escaped. */
  words: string;
  url?: string;
}

export function sourceParts(source: SourceRef, options: { endParagraph?: number; note?: string } = {}): SourceParts {
  const { endParagraph, note } = options;
  const paragraphs =
    endParagraph !== undefined && endParagraph > source.paragraph ? `¶${source.paragraph}–${endParagraph}` : `¶${source.paragraph}`;
  const byline = source.byline ? (/^by\s/i.test(source.byline) ? source.byline : `by ${source.byline}`) : undefined;
  const parts = [source.outlet, `“${source.title}”`, byline, source.date, paragraphs, note].filter(
    (part): part is string => Boolean(part),
  );
  const url = safeUrl(source.url);
  return { words: safeInline(parts.join(' · '), SOURCE_TEXT_MAX), ...(url ? { url } : {}) };
}

/** The source line within `max` characters: the link kept whole or left out, the words cut. */
export function sourceLine(parts: SourceParts, max: number): string {
  const link = parts.url ? ` · [link](<${parts.url}>)` : '';
  if (parts.words.length + link.length <= max) return `${parts.words}${link}`;
  if (link.length <= max / 2) return `${cutText(parts.words, max - link.length)}${link}`;
  return cutText(parts.words, max);
}

/** "Showing 4–6 of 12" or undefined when one page shows everything. */
export function pagingText(paging: Paging, shown: number): string | undefined {
  if (paging.total <= shown && paging.offset === 0) return undefined;
  if (shown === 0) return `Nothing more to show (${paging.total} in all)`;
  return `Showing ${paging.offset + 1}–${paging.offset + shown} of ${paging.total}`;
}
