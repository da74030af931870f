import { fileURLToPath } from 'node:url';
import { analysePlaces, placeMentionRecords } from '../../src/analyse/places/index.js';
import type { PlaceAnalysis } from '../../src/analyse/types.js';
import { loadCorpus } from '../../src/corpus/load.js';
import type { Article } from '../../src/corpus/types.js';

/** An article from paragraphs, with a dateline read off the first when it has one. */
export function article(id: string, paragraphs: string[], extra: Partial<Article> = {}): Article {
  const dateline = /^([A-Z][A-Z .'-]+, [A-Z][\p{L} .]+?) —/u.exec(paragraphs[0] ?? '')?.[1];
  const result: Article = { id, title: id, titleIsDerived: true, tags: [], paragraphs, source: `${id}.txt`, ...extra };
  if (dateline && !extra.dateline) result.dateline = dateline;
  return result;
}

/** The seed article, read by the project's corpus loader (dateline kept, credits line out of the body). */
export async function seedArticle(): Promise<Article> {
  const corpus = await loadCorpus(fileURLToPath(new URL('../../corpus', import.meta.url)));
  const seed = corpus.articles.find((article) => article.id === '000_12d0a6ac5ab71e0b');
  if (!seed) throw new Error('the seed article is missing from corpus/');
  return seed;
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
