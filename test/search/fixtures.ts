import { readFileSync } from 'node:fs';
import { decodeHTML } from 'entities';
import type { Article } from '../../src/corpus/types.js';
import type { Desk } from '../../src/desk.js';
import { testDesk } from '../support/desk.js';

/** A small article written by a test: paragraphs in, everything else defaulted. */
export function article(id: string, title: string, paragraphs: string[]): Article {
  return { id, title, titleIsDerived: false, tags: [], paragraphs, source: `${id}.txt` };
}

/**
 * The seed article read the simple way (entities decoded, blank-line paragraphs, the closing credits line
 * left out), so these tests do not depend on the corpus loader.
 */
export function seedArticle(): Article {
  const text = decodeHTML(readFileSync(new URL('../../corpus/000_12d0a6ac5ab71e0b.txt', import.meta.url), 'utf8'));
  const blocks = text
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter((block) => block.length > 0);
  const paragraphs = blocks.filter((block) => !/ reported from /.test(block));
  return {
    ...article('000_12d0a6ac5ab71e0b', 'Libyan minister defects as rebels retreat', paragraphs),
    dateline: 'BREGA, Libya',
    outlet: 'The New York Times',
  };
}

/** A Desk over the given articles with no quotations or places (the /ask tests need only the index). */
export function deskOf(articles: Article[]): Desk {
  return testDesk(articles);
}
