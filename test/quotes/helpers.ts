import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeHTML } from 'entities';
import { analyseQuotes } from '../../src/analyse/quotes/index.js';
import type { Quotation } from '../../src/analyse/types.js';
import type { Article } from '../../src/corpus/types.js';
import type { Desk, } from '../../src/desk.js';
import { testDesk } from '../support/desk.js';

/** An article from paragraphs written in a test. */
export function article(id: string, paragraphs: string[]): Article {
  return { id, title: id, titleIsDerived: true, tags: [], paragraphs, source: `${id}.txt` };
}

/** Each quotation of one article written from these paragraphs, with its speaker. */
export function speakersOf(...paragraphs: string[]): [string, string | undefined][] {
  return analyseQuotes([article('a', paragraphs)]).quotations.map((quotation: Quotation) => [quotation.text, quotation.speaker]);
}

/**
 * The seed article by a minimal reading of its own: entities decoded, paragraphs split at blank lines,
 * the closing credits line (`X reported from …`) left out.
 */
export function seedArticle(): Article {
  const path = fileURLToPath(new URL('../../corpus/000_12d0a6ac5ab71e0b.txt', import.meta.url));
  const paragraphs = decodeHTML(readFileSync(path, 'utf8'))
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0 && !/\breported from\b/.test(paragraph));
  return article('000_12d0a6ac5ab71e0b', paragraphs);
}

/** A Desk over the given articles, with no places. */
export function deskOf(articles: Article[]): Desk {
  return testDesk(articles, { quotes: analyseQuotes(articles) });
}
