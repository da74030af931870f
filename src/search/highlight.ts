import type { Highlight } from '../answer/types.js';
import { termOf, tokensOf } from './text.js';

/**
 * The spans of `text` whose words share an index term with the query, so `defection` is bold for a
 * question about who `defected`. Adjacent words are kept as separate spans; the renderer joins them.
 */
export function highlightsOf(text: string, queryTerms: ReadonlySet<string>): Highlight[] {
  if (queryTerms.size === 0) return [];
  const highlights: Highlight[] = [];
  for (const token of tokensOf(text)) {
    const term = termOf(token.word);
    if (term !== null && queryTerms.has(term)) highlights.push({ start: token.start, end: token.end });
  }
  return highlights;
}
