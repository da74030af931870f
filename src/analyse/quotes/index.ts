import type { Article } from '../../corpus/types.js';
import type { QuoteAnalysis } from '../types.js';

// Placeholder until quotation extraction lands (issue 3).
export function analyseQuotes(_articles: Article[]): QuoteAnalysis {
  return { quotations: [], speakers: [] };
}
