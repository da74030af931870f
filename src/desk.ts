import { analysePlaces } from './analyse/places/index.js';
import { analyseQuotes } from './analyse/quotes/index.js';
import type { PlaceAnalysis, QuoteAnalysis } from './analyse/types.js';
import type { Article, CorpusProblem } from './corpus/types.js';
import { PassageIndex } from './search/passage-index.js';

/**
 * Everything the answer layer needs about one version of the corpus. A Desk is immutable: when the
 * corpus changes, a new Desk is built and swapped in whole (see `desk-holder.ts`).
 */
export interface Desk {
  /** Content key of the corpus this Desk was built from (see `corpusKey`). */
  corpusKey: string;
  articles: Article[];
  articleById: Map<string, Article>;
  passages: PassageIndex;
  quotes: QuoteAnalysis;
  places: PlaceAnalysis;
  problems: CorpusProblem[];
}

export interface DeskTimings {
  indexMs: number;
  quotesMs: number;
  placesMs: number;
}

export interface DeskParts {
  corpusKey: string;
  articles: Article[];
  problems: CorpusProblem[];
  passages: PassageIndex;
  quotes: QuoteAnalysis;
  places: PlaceAnalysis;
}

export function assembleDesk(parts: DeskParts): Desk {
  return { ...parts, articleById: new Map(parts.articles.map((article) => [article.id, article])) };
}

/** Analyse and index loaded articles. Timings are returned so the benchmark can report each stage. */
export function buildDesk(
  corpusKey: string,
  articles: Article[],
  problems: CorpusProblem[],
): { desk: Desk; timings: DeskTimings } {
  let started = performance.now();
  const passages = PassageIndex.build(articles);
  const indexMs = performance.now() - started;
  started = performance.now();
  const quotes = analyseQuotes(articles);
  const quotesMs = performance.now() - started;
  started = performance.now();
  const places = analysePlaces(articles);
  const placesMs = performance.now() - started;
  return {
    desk: assembleDesk({ corpusKey, articles, problems, passages, quotes, places }),
    timings: { indexMs, quotesMs, placesMs },
  };
}
