import type { Article } from '../corpus/types.js';
import type { Passage, SourceRef } from './types.js';

/** The source line of one paragraph of an article. */
export function sourceOf(article: Article, paragraph: number): SourceRef {
  const source: SourceRef = { articleId: article.id, paragraph, title: article.title };
  if (article.outlet) source.outlet = article.outlet;
  if (article.byline) source.byline = article.byline;
  if (article.date) source.date = article.date;
  if (article.url) source.url = article.url;
  if (article.dateline) source.dateline = article.dateline;
  return source;
}

/** A paragraph with its source and no highlights. */
export function passageOf(article: Article, paragraph: number): Passage {
  return { ...sourceOf(article, paragraph), text: article.paragraphs[paragraph - 1] ?? '', highlights: [] };
}
