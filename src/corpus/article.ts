import type { ArticleBody, RawBlock } from './body.js';
import { cleanParagraphText, splitBlocks } from './clean.js';
import type { ArticleMetadata } from './metadata.js';
import { titleFromLede } from './title.js';
import type { Article } from './types.js';

// A line of only `---`, `***`, `* * *` or `===`: a section break, not text.
const RULE_LINE = /^\s*([-*_=~])(?:\s*\1){2,}\s*$/;

export function plainTextBlocks(text: string): RawBlock[] {
  return splitBlocks(text)
    .map((block) => block.lines.filter((line) => !RULE_LINE.test(line)))
    .filter((lines) => lines.length > 0)
    .map((lines) => ({ text: lines.join('\n'), singleLine: lines.length === 1 }));
}

/**
 * The blocks without a first one that only repeats the title the metadata gives (exports often put the
 * headline at the top of the text as well): it is not paragraph 1. Case and end punctuation aside.
 */
export function withoutRepeatedTitle(blocks: RawBlock[], title: string | undefined): RawBlock[] {
  const first = blocks[0];
  if (title === undefined || !first || blocks.length < 2) return blocks;
  return comparable(first.text) === comparable(title) ? blocks.slice(1) : blocks;
}

function comparable(text: string): string {
  return cleanParagraphText(text)
    .toLowerCase()
    .replace(/[\s.!?;:,'"‘’“”]+/g, ' ')
    .trim();
}

/**
 * Fill in an article. Which value wins, from weakest to strongest: derived from the text (title from the
 * lede, byline from the credits), found in the text (headline, "By" line), given as metadata.
 */
export function buildArticle(
  id: string,
  source: string,
  body: ArticleBody,
  metadata: ArticleMetadata,
  heading?: string,
): Article {
  const givenTitle = metadata.title ?? body.headline ?? heading;
  const byline = metadata.byline ?? body.byline ?? body.bylineFromCredits;
  return {
    id,
    // A lede of only punctuation gives no title; the file's name is better than an empty one.
    title: givenTitle ?? (titleFromLede(body.lede ?? '') || titleFromLede(body.paragraphs[0] ?? '') || id),
    titleIsDerived: givenTitle === undefined,
    ...(metadata.url ? { url: metadata.url } : {}),
    ...(metadata.date ? { date: metadata.date } : {}),
    ...(byline ? { byline } : {}),
    ...(metadata.outlet ? { outlet: metadata.outlet } : {}),
    tags: metadata.tags ?? [],
    ...(body.dateline ? { dateline: body.dateline } : {}),
    ...(body.credits ? { credits: body.credits } : {}),
    paragraphs: body.paragraphs,
    source,
  };
}
