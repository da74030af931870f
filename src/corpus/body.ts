import { cleanParagraphText } from './clean.js';
import { bylineFromCredits, creditsText, isCreditsLine } from './credits.js';
import { findDateline } from './dateline.js';
import { joinNames, looksLikeNameList, splitNames } from './names.js';

/** One paragraph-to-be as it came out of the file: its raw text and whether it was a single line. */
export interface RawBlock {
  text: string;
  singleLine: boolean;
}

/** What the body of an article holds once its furniture (headline, byline, credits) is taken off. */
export interface ArticleBody {
  paragraphs: string[];
  headline?: string;
  /** From a "By …" line at the top. */
  byline?: string;
  dateline?: string;
  /** Paragraph 1 without its dateline: what a title is made from. */
  lede?: string;
  credits?: string;
  bylineFromCredits?: string;
}

const HEADLINE_MAX_LENGTH = 150;
const HEADLINE_MAX_WORDS = 25;

/**
 * A headline is a first line standing alone (a blank line after it, more text to come) that does not
 * read as a paragraph: short, not ending like a sentence (`.`, `,`, `;`, `:`; a `?` or `!` is fine, as
 * is an ellipsis), and not opening with a dateline. A one-sentence lede ends with a period, so it stays
 * paragraph 1.
 */
export function looksLikeHeadline(text: string): boolean {
  if (text.length === 0 || text.length > HEADLINE_MAX_LENGTH) return false;
  if (text.split(/\s+/).length > HEADLINE_MAX_WORDS) return false;
  const ending = text.replace(/["”’')\]]+$/u, '');
  if (/[.,;:]$/.test(ending) && !/(?:\.\.\.|…)$/.test(ending)) return false;
  return findDateline(text) === undefined && !isCreditsLine(text) && bylineLine(text) === undefined;
}

/**
 * Whether the first block is a headline: it reads as one, or it is a short line that stands before the
 * story's dateline ("Obama Says Museum Will Tell of 'Suffering.'" then "WASHINGTON -- President ..."), a
 * dateline being where a story's text begins.
 */
function isHeadline(text: string, blocks: { text: string }[]): boolean {
  if (looksLikeHeadline(text)) return true;
  if (text.length > HEADLINE_MAX_LENGTH || findDateline(text) || isCreditsLine(text) || bylineLine(text)) return false;
  const next = blocks[1]?.text ?? '';
  const story = bylineLine(next) ? (blocks[2]?.text ?? '') : next;
  return findDateline(story) !== undefined;
}

/** The names in a "By C. J. Chivers and David D. Kirkpatrick" line (a trailing ", Reuters" dropped). */
export function bylineLine(text: string): string | undefined {
  const names = /^by\s+(.{3,120}?)\.?$/i.exec(text)?.[1];
  if (!names) return undefined;
  if (looksLikeNameList(names)) return joinNames(splitNames(names));
  const beforeAffiliation = names.replace(/\s*[,|–—-]\s*[^,|–—-]+$/u, '');
  return beforeAffiliation !== names && looksLikeNameList(beforeAffiliation)
    ? joinNames(splitNames(beforeAffiliation))
    : undefined;
}

/**
 * Read an article body from its blocks: entities decoded and whitespace cleaned; the headline (when
 * `findHeadline`), a "By" line, the dateline of paragraph 1 (kept in its text) and closing credits found.
 */
export function readBody(rawBlocks: RawBlock[], options: { findHeadline: boolean }): ArticleBody {
  const blocks = rawBlocks
    .map((block) => ({ ...block, text: cleanParagraphText(block.text) }))
    .filter((block) => block.text !== '');
  const body: ArticleBody = { paragraphs: [] };

  const first = blocks[0];
  if (options.findHeadline && first?.singleLine && blocks.length > 1 && isHeadline(first.text, blocks)) {
    body.headline = first.text;
    blocks.shift();
  }
  const byline = blocks.length > 1 && blocks[0]?.singleLine ? bylineLine(blocks[0].text) : undefined;
  if (byline) {
    body.byline = byline;
    blocks.shift();
  }

  const credits: string[] = [];
  while (blocks.length > 1 && isCreditsLine(blocks[blocks.length - 1]?.text ?? '')) {
    credits.unshift(blocks.pop()?.text ?? '');
  }
  if (credits.length > 0) {
    body.credits = creditsText(credits);
    const reporters = bylineFromCredits(body.credits);
    if (reporters) body.bylineFromCredits = reporters;
  }

  body.paragraphs = blocks.map((block) => block.text);
  const lede = body.paragraphs[0];
  if (lede !== undefined) {
    const dateline = findDateline(lede);
    if (dateline) body.dateline = dateline.place;
    body.lede = lede.slice(dateline?.length ?? 0).trim();
  }
  return body;
}
