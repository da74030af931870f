import { readFileSync } from 'node:fs';
import { decodeHTML } from 'entities';
import { analysePlaces, placeMentionRecords } from '../../src/analyse/places/index.js';
import type { PlaceAnalysis } from '../../src/analyse/types.js';
import type { Article } from '../../src/corpus/types.js';

/** An article from paragraphs, with a dateline read off the first when it has one. */
export function article(id: string, paragraphs: string[], extra: Partial<Article> = {}): Article {
  const dateline = /^([A-Z][A-Z .'-]+, [A-Z][\p{L} .]+?) —/u.exec(paragraphs[0] ?? '')?.[1];
  const result: Article = { id, title: id, titleIsDerived: true, tags: [], paragraphs, source: `${id}.txt`, ...extra };
  if (dateline && !extra.dateline) result.dateline = dateline;
  return result;
}

/**
 * The seed article as the corpus loader reads it: entities decoded, paragraphs split on blank lines,
 * the closing credits line left out of the body.
 */
export function seedArticle(): Article {
  const raw = decodeHTML(readFileSync(new URL('../../corpus/000_12d0a6ac5ab71e0b.txt', import.meta.url), 'utf8'));
  const blocks = raw
    .split(/\n\s*\n/)
    .map((block) => block.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const paragraphs = blocks.filter((block) => !/ reported from .*contributed reporting/.test(block));
  return article('000_12d0a6ac5ab71e0b', paragraphs, { dateline: 'BREGA, Libya' });
}

export interface Found {
  paragraph: number;
  name: string;
  place: string;
  country?: string;
}

/** The mentions found in articles, as `newsdesk places --json` writes them. */
export function found(articles: Article[]): { analysis: PlaceAnalysis; rows: Found[] } {
  const analysis = analysePlaces(articles);
  const rows = placeMentionRecords(analysis).map(({ paragraph, name, place, country }) => {
    const row: Found = { paragraph, name, place };
    if (country) row.country = country;
    return row;
  });
  return { analysis, rows };
}

export function names(articles: Article[]): string[] {
  return found(articles).rows.map((row) => row.name);
}
