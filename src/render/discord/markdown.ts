import { escapeMarkdown } from 'discord.js';
import type { Highlight, Paging, SourceRef } from '../../answer/types.js';
import { cutText } from '../limits.js';

const ZERO_WIDTH_SPACE = '\u200b';

/**
 * Break every mention Discord would draw or act on: `@everyone`, `@here`, `<@id>`, `<@!id>`, `<@&role>`
 * and `<#channel>`. A zero-width space keeps the text readable while Discord no longer sees a mention.
 * (Replies also send `allowedMentions: { parse: [] }`; this keeps the text from even looking like a ping.)
 */
export function neutraliseMentions(text: string): string {
  return text.replace(/@(everyone|here)/gi, `@${ZERO_WIDTH_SPACE}$1`).replace(/<([@#])/g, `<${ZERO_WIDTH_SPACE}$1`);
}

/** Corpus or user text, shown as written: no markdown of its own, no mentions, no line-start syntax. */
export function safeText(text: string): string {
  const escaped = escapeMarkdown(text, { heading: true, bulletedList: true, numberedList: true, maskedLink: true });
  return neutraliseMentions(escaped);
}

/** Text on one line (a title, a name): line breaks would let it start a heading or a quote block. */
export function safeInline(text: string): string {
  return safeText(text.replace(/\s+/g, ' ').trim());
}

/**
 * Text written by the answer layer, where `` `/town Brega` `` marks a command to type: the code spans stay
 * code (their content cannot hold a backtick), everything else is escaped.
 */
export function safeWithCode(text: string): string {
  return text
    .split(/(`[^`\n]+`)/)
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
export function highlighted(text: string, highlights: readonly Highlight[]): string {
  // One space for each whitespace character keeps the highlight offsets valid.
  const flat = text.replace(/\s/g, ' ');
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
    while (start < end && /\s/.test(flat[start] ?? '')) start++;
    while (end > start && /\s/.test(flat[end - 1] ?? '')) end--;
    if (end <= start) continue;
    out += escapeMarkdown(flat.slice(at, start), { heading: true, bulletedList: true, numberedList: true, maskedLink: true });
    out += `**${escapeMarkdown(flat.slice(start, end), { maskedLink: true })}**`;
    at = end;
  }
  out += escapeMarkdown(flat.slice(at), { heading: true, bulletedList: true, numberedList: true, maskedLink: true });
  // Mentions are broken over the joined text, so that one cannot be put together across a bold marker.
  return neutraliseMentions(out);
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
  const href = parsed.href.replace(/[()<>\s]/g, (character) => encodeURIComponent(character));
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
  return { words: cutText(safeInline(parts.join(' · ')), SOURCE_TEXT_MAX), ...(url ? { url } : {}) };
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
