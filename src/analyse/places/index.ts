import type { Article } from '../../corpus/types.js';
import type { PlaceAnalysis } from '../types.js';

// Placeholder until place detection lands (issue 4).
export function analysePlaces(_articles: Article[]): PlaceAnalysis {
  return { places: [], mentions: [] };
}
