import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import { z } from 'zod';
import type { Article } from '../corpus/types.js';
import { normaliseWord, STOP_WORDS, termOf, termsOf, wordsOf } from './text.js';

export interface PassageHit {
  articleId: string;
  paragraph: number;
  score: number;
  /** Query terms (as written in the paragraph's text after normalising) that matched. */
  terms: string[];
}

/**
 * How a paragraph's final score is made from the evidence around it. Each part is in [0, 1] before its
 * weight: the paragraph's own BM25 score (relative to the best paragraph), how much of the question its
 * whole article covers, how much its headline covers, its neighbours' scores, and whether it is the lede.
 */
export interface RankingWeights {
  article: number;
  headline: number;
  neighbours: number;
  lede: number;
}

export const DEFAULT_WEIGHTS: RankingWeights = { article: 0.6, headline: 0.3, neighbours: 0.2, lede: 0.05 };

/**
 * What keeps a query cheap: MiniSearch scores every posting of every query term, so a term found in more
 * than this share of paragraphs is left out (it barely moves BM25 anyway), and at most `maxTerms` of the
 * rarest terms are searched.
 */
export interface QueryBudget {
  maxDocumentShare: number;
  /** A term in at most this many paragraphs is always searched: it costs next to nothing. */
  alwaysSearchedBelow: number;
  maxTerms: number;
}

export const DEFAULT_BUDGET: QueryBudget = { maxDocumentShare: 0.05, alwaysSearchedBelow: 100, maxTerms: 8 };

export interface SearchOptions {
  limit?: number;
  offset?: number;
  weights?: RankingWeights;
  budget?: QueryBudget;
}

export interface SearchPage {
  hits: PassageHit[];
  /** How many paragraphs matched in all (for paging). */
  total: number;
  /** The index terms searched, after stop words and pruning. */
  searchedTerms: string[];
}

export interface BuildProgress {
  done: number;
  total: number;
}

export interface BuildOptions {
  onProgress?: (progress: BuildProgress) => void;
}

/** One MiniSearch document: a paragraph, already reduced to its index terms (space-separated). */
interface ParagraphDocument {
  id: number;
  terms: string;
}

/**
 * Paragraphs are analysed once by our own pipeline (tokenise, stop words, Porter) and handed to MiniSearch
 * as space-separated terms, so MiniSearch only splits on spaces. A snapshot must be loaded with exactly
 * these options, which is why they are one constant.
 */
const MINISEARCH_OPTIONS: Options<ParagraphDocument> = {
  idField: 'id',
  fields: ['terms'],
  storeFields: [],
  tokenize: (text) => (text.length === 0 ? [] : text.split(' ')),
  processTerm: (term) => term,
  searchOptions: { combineWith: 'OR' },
};

const SNAPSHOT_VERSION = 2;

const snapshotSchema = z.object({
  version: z.literal(SNAPSHOT_VERSION),
  paragraphCount: z.number().int().nonnegative(),
  /**
   * The vocabulary as parallel arrays (they parse several times faster than objects keyed by term): each
   * index term, how many paragraphs hold it, and the shortest word seen for it (to spell suggestions).
   */
  vocabulary: z.object({ terms: z.array(z.string()), frequencies: z.array(z.number()), surfaces: z.array(z.string()) }),
  miniSearch: z.looseObject({ documentCount: z.number().int().nonnegative() }),
});

type Snapshot = z.infer<typeof snapshotSchema>;

/** The articles' paragraphs laid out flat: MiniSearch document id `i` is paragraph `paragraphOf[i]`. */
interface ParagraphLayout {
  articleOf: Int32Array;
  paragraphOf: Int32Array;
  /** Document id of each article's first paragraph. */
  firstDocument: Int32Array;
  paragraphCount: number;
}

function layoutOf(articles: Article[]): ParagraphLayout {
  const paragraphCount = articles.reduce((sum, article) => sum + article.paragraphs.length, 0);
  const articleOf = new Int32Array(paragraphCount);
  const paragraphOf = new Int32Array(paragraphCount);
  const firstDocument = new Int32Array(articles.length);
  let id = 0;
  articles.forEach((article, articleIndex) => {
    firstDocument[articleIndex] = id;
    for (let paragraph = 1; paragraph <= article.paragraphs.length; paragraph++) {
      articleOf[id] = articleIndex;
      paragraphOf[id] = paragraph;
      id++;
    }
  });
  return { articleOf, paragraphOf, firstDocument, paragraphCount };
}

export class PassageIndex {
  private readonly headlineTerms: Set<string>[];

  private constructor(
    private readonly articles: Article[],
    private readonly layout: ParagraphLayout,
    private readonly miniSearch: MiniSearch<ParagraphDocument>,
    private readonly documentFrequency: Map<string, number>,
    private readonly surfaceForm: Map<string, string>,
  ) {
    this.headlineTerms = articles.map((article) => new Set(termsOf(article.title)));
  }

  static build(articles: Article[], options: BuildOptions = {}): PassageIndex {
    const layout = layoutOf(articles);
    const miniSearch = new MiniSearch<ParagraphDocument>(MINISEARCH_OPTIONS);
    const documentFrequency = new Map<string, number>();
    const surfaceForm = new Map<string, string>();
    const progressEvery = 500;
    let id = 0;
    for (const article of articles) {
      for (const text of article.paragraphs) {
        const terms: string[] = [];
        const seen = new Set<string>();
        for (const word of wordsOf(text)) {
          const term = termOf(word);
          if (term === null) continue;
          terms.push(term);
          if (seen.has(term)) continue;
          seen.add(term);
          documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
          const written = normaliseWord(word);
          const known = surfaceForm.get(term);
          if (known === undefined || written.length < known.length) surfaceForm.set(term, written);
        }
        miniSearch.add({ id, terms: terms.join(' ') });
        id++;
        if (options.onProgress && id % progressEvery === 0) {
          options.onProgress({ done: id, total: layout.paragraphCount });
        }
      }
    }
    options.onProgress?.({ done: id, total: layout.paragraphCount });
    return new PassageIndex(articles, layout, miniSearch, documentFrequency, surfaceForm);
  }

  /**
   * Load a snapshot made by `toJSON` for the same articles. Throws when the snapshot is not one, or was made
   * for a different number of paragraphs (the caller then rebuilds).
   */
  static fromJSON(json: string, articles: Article[]): PassageIndex {
    const parsed = snapshotSchema.safeParse(JSON.parse(json));
    if (!parsed.success) {
      throw new Error(
        `Index snapshot is not a Newsdesk v${SNAPSHOT_VERSION} snapshot (${parsed.error.issues[0]?.message}); delete it to rebuild.`,
      );
    }
    const snapshot = parsed.data;
    const layout = layoutOf(articles);
    if (snapshot.paragraphCount !== layout.paragraphCount) {
      throw new Error(
        `Index snapshot holds ${snapshot.paragraphCount} paragraphs but the corpus has ${layout.paragraphCount}; delete it to rebuild.`,
      );
    }
    const { terms, frequencies, surfaces } = snapshot.vocabulary;
    if (frequencies.length !== terms.length || surfaces.length !== terms.length) {
      throw new Error('Index snapshot vocabulary is inconsistent (arrays of different lengths); delete it to rebuild.');
    }
    const miniSearch = MiniSearch.loadJS<ParagraphDocument>(
      snapshot.miniSearch as unknown as ReturnType<MiniSearch['toJSON']>,
      MINISEARCH_OPTIONS,
    );
    const documentFrequency = new Map<string, number>();
    const surfaceForm = new Map<string, string>();
    terms.forEach((term, i) => {
      documentFrequency.set(term, frequencies[i] as number);
      surfaceForm.set(term, surfaces[i] as string);
    });
    return new PassageIndex(articles, layout, miniSearch, documentFrequency, surfaceForm);
  }

  toJSON(): string {
    const terms = [...this.documentFrequency.keys()];
    const snapshot: Snapshot = {
      version: SNAPSHOT_VERSION,
      paragraphCount: this.layout.paragraphCount,
      vocabulary: {
        terms,
        frequencies: terms.map((term) => this.documentFrequency.get(term) ?? 0),
        surfaces: terms.map((term) => this.surfaceForm.get(term) ?? term),
      },
      miniSearch: this.miniSearch.toJSON() as unknown as Snapshot['miniSearch'],
    };
    return JSON.stringify(snapshot);
  }

  get size(): number {
    return this.layout.paragraphCount;
  }

  /** How many paragraphs hold the index term. */
  frequencyOf(term: string): number {
    return this.documentFrequency.get(term) ?? 0;
  }

  /** The best passages for a question, best first. */
  search(query: string, options: SearchOptions = {}): PassageHit[] {
    return this.searchPage(query, options).hits;
  }

  /** The best passages for a question, from `offset`, with the number of matches in all. */
  searchPage(query: string, options: SearchOptions = {}): SearchPage {
    const limit = options.limit ?? 10;
    const offset = options.offset ?? 0;
    const weights = options.weights ?? DEFAULT_WEIGHTS;
    const queryTerms = termsOf(query).filter((term) => this.documentFrequency.has(term));
    const searchedTerms = this.prune(queryTerms, options.budget ?? DEFAULT_BUDGET);
    if (searchedTerms.length === 0) return { hits: [], total: 0, searchedTerms };

    const results = this.miniSearch.search(searchedTerms.join(' '));
    if (results.length === 0) return { hits: [], total: 0, searchedTerms };

    const scored = this.rank(results, queryTerms, weights);
    scored.sort((a, b) => b.score - a.score);
    const hits = scored.slice(offset, offset + limit).map((candidate) => ({
      articleId: this.articles[this.layout.articleOf[candidate.id] as number]?.id ?? '',
      paragraph: this.layout.paragraphOf[candidate.id] as number,
      score: candidate.score,
      terms: candidate.terms,
    }));
    return { hits, total: scored.length, searchedTerms };
  }

  /**
   * A respelling of the query from the index's vocabulary, for a query that finds nothing: each word the
   * index lacks is replaced by the closest known word. Undefined when nothing close is known.
   */
  suggest(query: string): string | undefined {
    let changed = false;
    const words = wordsOf(query).map((word) => {
      const normalised = normaliseWord(word);
      if (STOP_WORDS.has(normalised)) return word;
      const term = termOf(word);
      if (term !== null && this.documentFrequency.has(term)) return word;
      const closest = this.closestTerm(normalised);
      if (closest === undefined) return word;
      changed = true;
      const suggested = this.surfaceForm.get(closest) ?? closest;
      // Keep the writer's capital: "Qadafi" → "Qaddafi".
      return /^\p{Lu}/u.test(word) ? suggested.charAt(0).toUpperCase() + suggested.slice(1) : suggested;
    });
    return changed ? words.join(' ') : undefined;
  }

  private closestTerm(word: string): string | undefined {
    if (word.length < 3) return undefined;
    const maxDistance = word.length <= 4 ? 1 : word.length <= 7 ? 2 : 3;
    // Fuzzy matching runs on the index's vocabulary only (no document scoring is needed): the stem of a
    // misspelt word is compared with the stems the index holds, and the most frequent close one wins.
    const stem = termOf(word) ?? word;
    let best: string | undefined;
    let bestFrequency = 0;
    for (const candidate of [stem, word]) {
      const matches = this.miniSearch.search(candidate, { fuzzy: maxDistance, prefix: false, maxFuzzy: maxDistance });
      for (const result of matches.slice(0, 50)) {
        for (const term of result.terms) {
          const frequency = this.documentFrequency.get(term) ?? 0;
          if (frequency > bestFrequency) {
            best = term;
            bestFrequency = frequency;
          }
        }
      }
      if (best !== undefined) break;
    }
    return best;
  }

  /** Rarest terms first; drop near-universal ones unless nothing else is left. */
  private prune(terms: string[], budget: QueryBudget): string[] {
    const byRarity = [...terms].sort((a, b) => this.frequencyOf(a) - this.frequencyOf(b));
    const ceiling = Math.max(budget.alwaysSearchedBelow, budget.maxDocumentShare * this.layout.paragraphCount);
    const kept = byRarity.filter((term, rank) => rank === 0 || this.frequencyOf(term) <= ceiling);
    return kept.slice(0, budget.maxTerms);
  }

  private idf(term: string): number {
    const frequency = this.frequencyOf(term);
    return Math.log(1 + (this.layout.paragraphCount - frequency + 0.5) / (frequency + 0.5));
  }

  /** Combine each paragraph's own score with its article's, its headline's and its neighbours'. */
  private rank(
    results: SearchResult[],
    queryTerms: string[],
    weights: RankingWeights,
  ): { id: number; score: number; terms: string[] }[] {
    // Query terms as bits (a question has far fewer than 32 distinct terms; later ones share the last bit).
    const bitOf = new Map<string, number>();
    const idfOfBit: number[] = [];
    let totalIdf = 0;
    queryTerms.forEach((term, i) => {
      const bit = Math.min(i, 30);
      bitOf.set(term, bit);
      const idf = this.idf(term);
      idfOfBit[bit] = (idfOfBit[bit] ?? 0) + idf;
      totalIdf += idf;
    });
    const coverage = (mask: number): number => {
      let sum = 0;
      for (let bit = 0; bit < idfOfBit.length; bit++) if (mask & (1 << bit)) sum += idfOfBit[bit] as number;
      return totalIdf > 0 ? sum / totalIdf : 0;
    };

    const topScore = results[0]?.score || 1;
    const ownScore = new Map<number, number>();
    const articleMask = new Map<number, number>();
    for (const result of results) {
      const id = result.id as number;
      ownScore.set(id, result.score / topScore);
      const article = this.layout.articleOf[id] as number;
      let mask = articleMask.get(article) ?? 0;
      for (const term of result.terms) mask |= 1 << (bitOf.get(term) ?? 31);
      articleMask.set(article, mask);
    }

    const articleEvidence = new Map<number, number>();
    for (const [article, mask] of articleMask) {
      const headline = this.headlineTerms[article] as Set<string>;
      let headlineMask = 0;
      for (const term of headline) {
        const bit = bitOf.get(term);
        if (bit !== undefined) headlineMask |= 1 << bit;
      }
      articleEvidence.set(
        article,
        weights.article * coverage(mask | headlineMask) + weights.headline * coverage(headlineMask),
      );
    }

    return results.map((result) => {
      const id = result.id as number;
      const article = this.layout.articleOf[id] as number;
      const paragraph = this.layout.paragraphOf[id] as number;
      const paragraphCount = this.articles[article]?.paragraphs.length ?? 0;
      const before = paragraph > 1 ? (ownScore.get(id - 1) ?? 0) : 0;
      const after = paragraph < paragraphCount ? (ownScore.get(id + 1) ?? 0) : 0;
      const score =
        (ownScore.get(id) ?? 0) +
        (articleEvidence.get(article) ?? 0) +
        (weights.neighbours * (before + after)) / 2 +
        (paragraph === 1 ? weights.lede : 0);
      return { id, score, terms: result.terms };
    });
  }
}
