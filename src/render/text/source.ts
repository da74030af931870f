import type { Paging, SourceRef } from '../../answer/types.js';
import { cleanText, plainStyle, type TextStyle } from './style.js';

export interface TextRenderOptions {
  style?: TextStyle;
  /** Columns to wrap prose at. */
  width?: number;
}

export interface ResolvedTextOptions {
  style: TextStyle;
  width: number;
}

export function resolveOptions(options: TextRenderOptions = {}): ResolvedTextOptions {
  return { style: options.style ?? plainStyle, width: Math.max(40, options.width ?? 100) };
}

/** The source of a passage: outlet · "title" · byline · date · ¶N (¶N–M) · link. */
export function sourceLine(source: SourceRef, endParagraph?: number): string {
  const paragraphs =
    endParagraph !== undefined && endParagraph > source.paragraph
      ? `¶${source.paragraph}–${endParagraph}`
      : `¶${source.paragraph}`;
  const parts = [
    source.outlet,
    `“${source.title}”`,
    source.byline ? (/^by\s/i.test(source.byline) ? source.byline : `by ${source.byline}`) : undefined,
    source.date,
    paragraphs,
    source.url,
  ];
  return cleanText(parts.filter((part): part is string => Boolean(part)).join(' · '));
}

/** "Showing 4–6 of 12. Type /more for the next page." or undefined when everything is shown. */
export function pagingLine(paging: Paging, shown: number, moreHint: string | undefined): string | undefined {
  if (paging.total <= shown && paging.offset === 0) return undefined;
  const first = paging.offset + 1;
  const last = paging.offset + shown;
  const range = shown === 0 ? `Nothing more to show (${paging.total} in all).` : `Showing ${first}–${last} of ${paging.total}.`;
  return last < paging.total && moreHint ? `${range} ${moreHint}` : range;
}
