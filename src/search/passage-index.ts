import type { Article } from '../corpus/types.js';

export interface PassageHit {
  articleId: string;
  paragraph: number;
  score: number;
  /** Query terms (as written in the paragraph's text after normalising) that matched. */
  terms: string[];
}

// Placeholder: the MiniSearch passage index lands with issue 2.
export class PassageIndex {
  private constructor(private readonly articles: Article[]) {}
  static build(articles: Article[]): PassageIndex {
    return new PassageIndex(articles);
  }
  static fromJSON(_json: string, articles: Article[]): PassageIndex {
    return new PassageIndex(articles);
  }
  toJSON(): string {
    return '{}';
  }
  get size(): number {
    return this.articles.reduce((sum, article) => sum + article.paragraphs.length, 0);
  }
  search(_query: string, _options: { limit?: number } = {}): PassageHit[] {
    return [];
  }
}
