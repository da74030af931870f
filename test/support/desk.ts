import type { PlaceAnalysis, QuoteAnalysis } from '../../src/analyse/types.js';
import type { Article, CorpusProblem } from '../../src/corpus/types.js';
import { assembleDesk, type Desk } from '../../src/desk.js';
import { PassageIndex } from '../../src/search/passage-index.js';

export interface TestDeskParts {
  corpusKey?: string;
  problems?: CorpusProblem[];
  quotes?: QuoteAnalysis;
  places?: PlaceAnalysis;
}

/** A Desk over articles written in a test: the index built, and no quotations or places unless given. */
export function testDesk(articles: Article[], parts: TestDeskParts = {}): Desk {
  return assembleDesk({
    corpusKey: parts.corpusKey ?? 'test',
    articles,
    problems: parts.problems ?? [],
    passages: PassageIndex.build(articles),
    quotes: parts.quotes ?? { quotations: [], speakers: [] },
    places: parts.places ?? { places: [], mentions: [] },
  });
}
