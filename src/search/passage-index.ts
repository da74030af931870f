import MiniSearch, { type Options } from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import { z } from 'zod';
import type { Article } from '../corpus/types.js';
import { normaliseWord, PIPELINE_FINGERPRINT, relatedTermsOf, STOP_WORDS, termOf, termsOf, wordsOf } from './text.js';

export interface PassageHit {
  articleId: string;
  paragraph: number;
  score: number;
  /** Query terms (index terms: normalised and stemmed) that matched the paragraph. */
  terms: string[];
}

/**
 * How a paragraph's final score is made from the evidence around it. Each part is in [0, 1] before its
 * weight: the paragraph's own BM25 score (relative to the best paragraph), how much of the question its
 * whole article covers, how much its headline covers, its neighbours' scores,
 * whether it is the lede, and whether it holds the kind of answer asked for.
 */
export interface RankingWeights {
  article: number;
  headline: number;
  neighbours: number;
  /**
   * Extra weight of the paragraph just before. News states the fact and gives the detail next ("A little-
   * known company has bought Yukos's unit." then "Baikal Finance Group outbid Gazprom…"): the paragraph
   * after a strong match is a candidate even when it shares no word with the question.
   */
  followOn: number;
  lede: number;
  /** Bonus for a paragraph that holds the kind of thing asked for (see `SearchOptions.answerCue`). */
  answerCue: number;
  /**
   * How strongly the article as a whole is about the question: per query term, BM25-style saturation of
   * the number of its paragraphs that hold the term (idf-weighted), relative to the best article. A story
   * about Time Warner's profits says "profit" in several paragraphs; a passing mention says it once.
   */
  articleSpread: number;
  /**
   * How much of the question one sentence of the paragraph holds (idf-weighted, best sentence), checked
   * for the best candidates only: the question's words together in one sentence are closer evidence than
   * the same words spread over a paragraph. Off by default: it did not help on the BBC tuning half.
   */
  sentence: number;
  /**
   * Weight of a word related to a question's word (`relatedTermsOf`: "earnings" for "profits") against
   * the word itself; 0 searches the question's own words only. A related word counts as its question word.
   * Off by default: on the BBC tuning half it moved nothing up and pushed some SQuAD-style answers down.
   */
  related: number;
}

export const DEFAULT_WEIGHTS: RankingWeights = {
  article: 0.6,
  headline: 0.3,
  neighbours: 0.2,
  followOn: 0.85,
  lede: 0.05,
  answerCue: 0.6,
  articleSpread: 0.3,
  sentence: 0,
  related: 0,
};

/** How many of the best candidates bring the paragraph after them in (see `RankingWeights.followOn`). */
const FOLLOW_ON_DEPTH = 20;

/** How many of the best candidates are checked against `answerCue` (the check reads their text). */
const ANSWER_CUE_DEPTH = 20;

/** How many of a question's common words (the rarest first) bring their paragraphs in as candidates. */
const COMMON_SEED_TERMS = 2;
/** Only common words in at most this share of paragraphs do so (each seed costs its postings' scoring). */
const COMMON_SEED_SHARE = 0.03;

/** Saturation of the article spread: the second paragraph naming a term adds less than the first. */
const SPREAD_K = 1;

/**
 * A term in more than this share of paragraphs (and more than `COMMON_TERM_FLOOR` of them) is "common".
 * MiniSearch scores every posting of every term it is asked for, building an object for each, so common
 * terms are kept out of its queries: it finds the candidates from the rarer terms, and the common terms'
 * BM25 share is added from a compact table of their postings (typed arrays), for those candidates only.
 */
const COMMON_TERM_SHARE = 0.01;
const COMMON_TERM_FLOOR = 50;
/** MiniSearch's BM25+ parameters (its defaults), used for the common terms' share too. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

/** Limits on the work one query may cause. */
export interface QueryBudget {
  /** At most this many distinct terms are used, the rarest first. */
  maxTerms: number;
  /** Terms in more than this share of paragraphs are ignored (they are nearly everywhere). */
  maxCommonShare: number;
}

export const DEFAULT_BUDGET: QueryBudget = { maxTerms: 10, maxCommonShare: 0.25 };

export interface SearchOptions {
  /**
   * Whether a paragraph's text holds the kind of answer the question asks for (a date for "when", an
   * amount for "how much"). Among the best candidates, those that do get `weights.answerCue`.
   */
  answerCue?: (text: string) => boolean;
  limit?: number;
  offset?: number;
  weights?: RankingWeights;
  budget?: QueryBudget;
}

export interface SearchPage {
  hits: PassageHit[];
  /** How many paragraphs matched in all (for paging). */
  total: number;
  /** The index terms searched, after stop words and the budget. */
  searchedTerms: string[];
}

/** Building reads every paragraph twice (analysis, then indexing): `total` is twice the paragraph count. */
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
 * these options, which is why they are a constant.
 */
const splitOnSpaces = (text: string): string[] => (text.length === 0 ? [] : text.split(' '));
const asIs = (term: string): string => term;

const PARAGRAPH_OPTIONS: Options<ParagraphDocument> = {
  idField: 'id',
  fields: ['terms'],
  storeFields: [],
  tokenize: splitOnSpaces,
  processTerm: asIs,
  searchOptions: { combineWith: 'OR' },
};

const SNAPSHOT_VERSION = 5;

const miniSearchJsonSchema = z.looseObject({ documentCount: z.number().int().nonnegative() });

const snapshotSchema = z.object({
  version: z.literal(SNAPSHOT_VERSION),
  /** The stop words and verb forms the terms were made with (see `PIPELINE_FINGERPRINT`). */
  pipeline: z.literal(PIPELINE_FINGERPRINT),
  paragraphCount: z.number().int().nonnegative(),
  /**
   * The vocabulary as parallel arrays (they parse several times faster than objects keyed by term): each
   * index term, how many paragraphs hold it, and the shortest word seen for it (to spell suggestions).
   */
  vocabulary: z.object({ terms: z.array(z.string()), frequencies: z.array(z.number()), surfaces: z.array(z.string()) }),
  /** Number of terms in each paragraph (BM25's length normalisation for the common terms). */
  paragraphLengths: z.base64(),
  /**
   * The common terms' postings, flat: term i's are at [offsets[i], offsets[i + 1]). The number arrays are
   * typed arrays in base64 (Uint32 lengths and offsets and paragraphs, Uint16 counts): a quarter of a
   * million numbers parse far faster so than as JSON numbers.
   */
  commonPostings: z.object({
    terms: z.array(z.string()),
    offsets: z.base64(),
    paragraphs: z.base64(),
    counts: z.base64(),
  }),
  paragraphIndex: miniSearchJsonSchema,
});

type Snapshot = z.infer<typeof snapshotSchema>;
type MiniSearchJson = ReturnType<MiniSearch['toJSON']>;

/** The articles' paragraphs laid out flat: MiniSearch document id `i` is paragraph `paragraphOf[i]`. */
interface ParagraphLayout {
  articleOf: Int32Array;
  paragraphOf: Int32Array;
  paragraphCount: number;
}

function layoutOf(articles: Article[]): ParagraphLayout {
  const paragraphCount = articles.reduce((sum, article) => sum + article.paragraphs.length, 0);
  const articleOf = new Int32Array(paragraphCount);
  const paragraphOf = new Int32Array(paragraphCount);
  let id = 0;
  articles.forEach((article, articleIndex) => {
    for (let paragraph = 1; paragraph <= article.paragraphs.length; paragraph++) {
      articleOf[id] = articleIndex;
      paragraphOf[id] = paragraph;
      id++;
    }
  });
  return { articleOf, paragraphOf, paragraphCount };
}

function encode(numbers: Uint32Array | Uint16Array): string {
  return Buffer.from(numbers.buffer, numbers.byteOffset, numbers.byteLength).toString('base64');
}

/** The bytes of a base64 string, copied so that a typed array can be laid over them (aligned). */
function bytesOf(base64: string, width: number): ArrayBuffer {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.byteLength % width !== 0) {
    throw new Error('Index snapshot holds a damaged number array; delete it to rebuild.');
  }
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return copy.buffer;
}

const decodeUint32 = (base64: string): Uint32Array => new Uint32Array(bytesOf(base64, 4));
const decodeUint16 = (base64: string): Uint16Array => new Uint16Array(bytesOf(base64, 2));

interface Posting {
  paragraphs: Int32Array;
  counts: Uint16Array;
}

/** Everything besides the two MiniSearch indexes that a snapshot carries. */
interface Vocabulary {
  documentFrequency: Map<string, number>;
  surfaceForm: Map<string, string>;
  paragraphLengths: Float64Array;
  commonPostings: Map<string, Posting>;
}

/** A paragraph that matched at least one searched term, while its score is being put together. */
interface Candidate {
  id: number;
  /** BM25+ summed over matched terms (before MiniSearch's multiplication by the number matched). */
  bm25: number;
  terms: string[];
  score: number;
}

function commonPostingsOf(joinedTerms: string[], documentFrequency: Map<string, number>): Map<string, Posting> {
  const ceiling = Math.max(COMMON_TERM_FLOOR, COMMON_TERM_SHARE * joinedTerms.length);
  const lists = new Map<string, { paragraphs: number[]; counts: number[] }>();
  for (const [term, frequency] of documentFrequency) {
    if (frequency > ceiling) lists.set(term, { paragraphs: [], counts: [] });
  }
  joinedTerms.forEach((joined, id) => {
    const counts = new Map<string, number>();
    for (const term of splitOnSpaces(joined)) {
      if (lists.has(term)) counts.set(term, (counts.get(term) ?? 0) + 1);
    }
    for (const [term, count] of counts) {
      const list = lists.get(term);
      list?.paragraphs.push(id);
      list?.counts.push(count);
    }
  });
  return new Map(
    [...lists].map(([term, list]) => [term, { paragraphs: Int32Array.from(list.paragraphs), counts: Uint16Array.from(list.counts) }]),
  );
}

/** The idf-weighted share of the query terms held by the paragraph's best sentence. */
function bestSentenceIdf(text: string, idfOf: Map<string, number>): number {
  let best = 0;
  for (const sentence of text.split(/(?<=[.!?]["”’)]*)\s+(?=["“‘(]?[\p{Lu}\p{N}])/u)) {
    const seen = new Set<string>();
    let sum = 0;
    for (const word of wordsOf(sentence)) {
      const term = termOf(word);
      if (term === null || seen.has(term)) continue;
      seen.add(term);
      sum += idfOf.get(term) ?? 0;
    }
    best = Math.max(best, sum);
  }
  return best;
}

export class PassageIndex {
  private readonly headlineTerms: Set<string>[];
  private readonly averageLength: number;
  /** The vocabulary as a radix tree for spelling suggestions, built the first time one is needed. */
  private vocabularyTree: SearchableMap<number> | undefined;
  /** Scratch space for one query: candidate slot of each paragraph, or -1. Reset after every query. */
  private readonly slotOf: Int32Array;

  private constructor(
    private readonly articles: Article[],
    private readonly layout: ParagraphLayout,
    private readonly paragraphIndex: MiniSearch<ParagraphDocument>,
    private readonly vocabulary: Vocabulary,
  ) {
    this.headlineTerms = articles.map((article) => new Set(termsOf(article.title)));
    const lengths = vocabulary.paragraphLengths;
    this.averageLength = lengths.reduce((sum, length) => sum + length, 0) / Math.max(1, lengths.length);
    this.slotOf = new Int32Array(layout.paragraphCount).fill(-1);
  }

  static build(articles: Article[], options: BuildOptions = {}): PassageIndex {
    const layout = layoutOf(articles);
    const paragraphIndex = new MiniSearch<ParagraphDocument>(PARAGRAPH_OPTIONS);
    const documentFrequency = new Map<string, number>();
    const surfaceForm = new Map<string, string>();
    const joinedTerms: string[] = [];
    const paragraphLengths = new Float64Array(layout.paragraphCount);
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
        joinedTerms.push(terms.join(' '));
        paragraphLengths[id] = terms.length;
        id++;
        if (options.onProgress && id % progressEvery === 0) {
          options.onProgress({ done: id, total: 2 * layout.paragraphCount });
        }
      }
    }
    // MiniSearch is never asked for a common term (the table scores those), so it does not hold them:
    // a smaller index to build, save and load.
    const commonPostings = commonPostingsOf(joinedTerms, documentFrequency);
    joinedTerms.forEach((joined, paragraphId) => {
      const rareTerms = splitOnSpaces(joined).filter((term) => !commonPostings.has(term));
      paragraphIndex.add({ id: paragraphId, terms: rareTerms.join(' ') });
      const done = layout.paragraphCount + paragraphId + 1;
      if (options.onProgress && done % progressEvery === 0) options.onProgress({ done, total: 2 * layout.paragraphCount });
    });
    options.onProgress?.({ done: 2 * layout.paragraphCount, total: 2 * layout.paragraphCount });
    return new PassageIndex(articles, layout, paragraphIndex, {
      documentFrequency,
      surfaceForm,
      paragraphLengths,
      commonPostings,
    });
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
    const { terms, frequencies, surfaces } = snapshot.vocabulary;
    const paragraphLengths = Float64Array.from(decodeUint32(snapshot.paragraphLengths));
    const common = {
      terms: snapshot.commonPostings.terms,
      offsets: decodeUint32(snapshot.commonPostings.offsets),
      paragraphs: decodeUint32(snapshot.commonPostings.paragraphs),
      counts: decodeUint16(snapshot.commonPostings.counts),
    };
    if (snapshot.paragraphCount !== layout.paragraphCount || paragraphLengths.length !== layout.paragraphCount) {
      throw new Error(
        `Index snapshot holds ${snapshot.paragraphCount} paragraphs but the corpus has ${layout.paragraphCount}; delete it to rebuild.`,
      );
    }
    if (
      frequencies.length !== terms.length ||
      surfaces.length !== terms.length ||
      common.offsets.length !== common.terms.length + 1 ||
      common.counts.length !== common.paragraphs.length
    ) {
      throw new Error('Index snapshot is inconsistent (arrays of different lengths); delete it to rebuild.');
    }
    const paragraphIndex = MiniSearch.loadJS<ParagraphDocument>(
      snapshot.paragraphIndex as unknown as MiniSearchJson,
      PARAGRAPH_OPTIONS,
    );
    const documentFrequency = new Map<string, number>();
    const surfaceForm = new Map<string, string>();
    terms.forEach((term, i) => {
      documentFrequency.set(term, frequencies[i] as number);
      surfaceForm.set(term, surfaces[i] as string);
    });
    const allParagraphs = Int32Array.from(common.paragraphs);
    const allCounts = common.counts;
    const commonPostings = new Map<string, Posting>();
    common.terms.forEach((term, i) => {
      const start = common.offsets[i] as number;
      const end = common.offsets[i + 1] as number;
      commonPostings.set(term, { paragraphs: allParagraphs.subarray(start, end), counts: allCounts.subarray(start, end) });
    });
    return new PassageIndex(articles, layout, paragraphIndex, {
      documentFrequency,
      surfaceForm,
      paragraphLengths,
      commonPostings,
    });
  }

  toJSON(): string {
    const { documentFrequency, surfaceForm, commonPostings, paragraphLengths } = this.vocabulary;
    const terms = [...documentFrequency.keys()];
    const commonTerms = [...commonPostings.keys()];
    const offsets = [0];
    for (const term of commonTerms) {
      offsets.push((offsets.at(-1) as number) + (commonPostings.get(term)?.paragraphs.length ?? 0));
    }
    const snapshot: Snapshot = {
      version: SNAPSHOT_VERSION,
      pipeline: PIPELINE_FINGERPRINT,
      paragraphCount: this.layout.paragraphCount,
      vocabulary: {
        terms,
        frequencies: terms.map((term) => documentFrequency.get(term) ?? 0),
        surfaces: terms.map((term) => surfaceForm.get(term) ?? term),
      },
      paragraphLengths: encode(Uint32Array.from(paragraphLengths)),
      commonPostings: {
        terms: commonTerms,
        offsets: encode(Uint32Array.from(offsets)),
        paragraphs: encode(Uint32Array.from(commonTerms.flatMap((term) => Array.from(commonPostings.get(term)?.paragraphs ?? [])))),
        counts: encode(Uint16Array.from(commonTerms.flatMap((term) => Array.from(commonPostings.get(term)?.counts ?? [])))),
      },
      paragraphIndex: this.paragraphIndex.toJSON() as unknown as Snapshot['paragraphIndex'],
    };
    return JSON.stringify(snapshot);
  }

  get size(): number {
    return this.layout.paragraphCount;
  }

  /** How many paragraphs hold the index term. */
  frequencyOf(term: string): number {
    return this.vocabulary.documentFrequency.get(term) ?? 0;
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
    const budget = options.budget ?? DEFAULT_BUDGET;
    const nearlyEverywhere = Math.max(COMMON_TERM_FLOOR, budget.maxCommonShare * this.layout.paragraphCount);
    const queryTerms = [...new Set([...termsOf(query), ...this.joinedTermsOf(query)])]
      .filter((term) => this.frequencyOf(term) > 0)
      .sort((a, b) => this.frequencyOf(a) - this.frequencyOf(b))
      .filter((term, rank) => rank === 0 || this.frequencyOf(term) <= nearlyEverywhere)
      .slice(0, budget.maxTerms);
    if (queryTerms.length === 0) return { hits: [], total: 0, searchedTerms: [] };

    // Related words join the search at a lower weight, each standing for its question word.
    const standsFor = new Map<string, string>();
    if (weights.related !== 0) {
      for (const term of queryTerms) {
        for (const related of relatedTermsOf(term)) {
          if (queryTerms.includes(related) || standsFor.has(related)) continue;
          const frequency = this.frequencyOf(related);
          if (frequency > 0 && frequency <= nearlyEverywhere) standsFor.set(related, term);
        }
      }
    }
    const searched = [...queryTerms, ...standsFor.keys()];
    const boostOf = (term: string): number => (standsFor.has(term) ? weights.related : 1);

    // MiniSearch finds the candidates from the rarer terms (the rarest term always, even when common).
    const common = this.vocabulary.commonPostings;
    const rare = searched.filter((term) => !common.has(term));
    const candidates: Candidate[] =
      rare.length > 0
        ? this.paragraphIndex.search(rare.join(' '), { boostTerm: boostOf }).map((result) => ({
            id: result.id as number,
            // MiniSearch multiplies BM25 by the number of query terms matched; undo it to add the common ones.
            bm25: result.score / Math.max(1, result.queryTerms.length),
            terms: result.terms,
            score: 0,
          }))
        : [];
    {
      // MiniSearch finds only paragraphs with a rare word, but the answer may hold none of them ("Ireland
      // coach Eddie O'Sullivan" for "Who coaches Ireland's rugby team?"): the postings of the rarest
      // common words of the question give candidates too (a bounded union; the table scores them).
      const present = new Set(candidates.map((candidate) => candidate.id));
      const seedCeiling = COMMON_SEED_SHARE * this.layout.paragraphCount;
      const seeds = queryTerms
        .filter((term) => common.has(term))
        .slice(0, COMMON_SEED_TERMS)
        .filter((term) => this.frequencyOf(term) <= seedCeiling);
      for (const term of seeds) {
        for (const id of common.get(term)?.paragraphs ?? []) {
          if (present.has(id)) continue;
          present.add(id);
          candidates.push({ id, bm25: 0, terms: [], score: 0 });
        }
      }
    }
    if (candidates.length === 0) return { hits: [], total: 0, searchedTerms: queryTerms };
    this.addCommonTerms(candidates, searched.filter((term) => common.has(term)), boostOf);
    if (weights.followOn !== 0) this.addFollowingParagraphs(candidates);

    this.rank(candidates, queryTerms, weights, standsFor);
    candidates.sort((a, b) => b.score - a.score);
    const cue = weights.answerCue !== 0 ? options.answerCue : undefined;
    if (cue || weights.sentence !== 0) {
      const idfOf = new Map(queryTerms.map((term) => [term, this.idf(term)]));
      const totalIdf = [...idfOf.values()].reduce((sum, idf) => sum + idf, 0) || 1;
      const scoreOf = new Map(candidates.map((candidate) => [candidate.id, candidate.score]));
      for (const candidate of candidates.slice(0, ANSWER_CUE_DEPTH)) {
        const text = this.textOf(candidate.id);
        if (cue?.(text)) candidate.score += weights.answerCue;
        if (candidate.terms.length === 0) {
          // A paragraph brought in after a match (no question word of its own) stays below that match.
          const sourceScore = scoreOf.get(candidate.id - 1);
          if (sourceScore !== undefined) candidate.score = Math.min(candidate.score, sourceScore - 1e-6);
        }
        if (weights.sentence !== 0) candidate.score += (weights.sentence * bestSentenceIdf(text, idfOf)) / totalIdf;
      }
      candidates.sort((a, b) => b.score - a.score);
    }
    // News corpora repeat themselves (the same wire story filed twice): a passage already shown is skipped.
    const shown = new Set<string>();
    const distinct: Candidate[] = [];
    let duplicates = 0;
    for (const candidate of candidates) {
      if (distinct.length >= offset + limit) break;
      const text = this.textOf(candidate.id);
      if (shown.has(text)) {
        duplicates++;
        continue;
      }
      shown.add(text);
      distinct.push(candidate);
    }
    const hits = distinct.slice(offset, offset + limit).map((candidate) => ({
      articleId: this.articles[this.layout.articleOf[candidate.id] as number]?.id ?? '',
      paragraph: this.layout.paragraphOf[candidate.id] as number,
      score: candidate.score,
      terms: candidate.terms,
    }));
    return { hits, total: candidates.length - duplicates, searchedTerms: queryTerms };
  }

  private textOf(id: number): string {
    const article = this.articles[this.layout.articleOf[id] as number];
    return article?.paragraphs[(this.layout.paragraphOf[id] as number) - 1] ?? '';
  }

  /** Add each common term's BM25+ share (as MiniSearch would score it) to the candidates that hold it. */
  private addCommonTerms(candidates: Candidate[], commonTerms: string[], boostOf: (term: string) => number): void {
    if (commonTerms.length === 0) return;
    const { slotOf } = this;
    candidates.forEach((candidate, slot) => {
      slotOf[candidate.id] = slot;
    });
    const lengths = this.vocabulary.paragraphLengths;
    for (const term of commonTerms) {
      const posting = this.vocabulary.commonPostings.get(term);
      if (!posting) continue;
      const idf = this.idf(term) * boostOf(term);
      const { paragraphs, counts } = posting;
      for (let i = 0; i < paragraphs.length; i++) {
        const slot = slotOf[paragraphs[i] as number] as number;
        if (slot < 0) continue;
        const candidate = candidates[slot] as Candidate;
        const tf = counts[i] as number;
        const length = lengths[paragraphs[i] as number] as number;
        const norm = BM25.k * (1 - BM25.b + (BM25.b * length) / this.averageLength);
        candidate.bm25 += idf * (BM25.d + (tf * (BM25.k + 1)) / (tf + norm));
        candidate.terms.push(term);
      }
    }
    for (const candidate of candidates) slotOf[candidate.id] = -1;
  }

  /** The paragraph after each of the best candidates joins them (with no score of its own). */
  private addFollowingParagraphs(candidates: Candidate[]): void {
    const best = candidates
      .map((candidate) => ({ id: candidate.id, own: candidate.bm25 * candidate.terms.length }))
      .sort((a, b) => b.own - a.own)
      .slice(0, FOLLOW_ON_DEPTH);
    const present = new Set(candidates.map((candidate) => candidate.id));
    for (const { id } of best) {
      const next = id + 1;
      if (next >= this.layout.paragraphCount || present.has(next)) continue;
      if (this.layout.articleOf[next] !== this.layout.articleOf[id]) continue;
      present.add(next);
      candidates.push({ id: next, bm25: 0, terms: [], score: 0 });
    }
  }

  private idf(term: string): number {
    const frequency = this.frequencyOf(term);
    return Math.log(1 + (this.layout.paragraphCount - frequency + 0.5) / (frequency + 0.5));
  }

  /** Combine each paragraph's own score with its article's, its headline's and its neighbours'. */
  private rank(
    candidates: Candidate[],
    queryTerms: string[],
    weights: RankingWeights,
    standsFor: ReadonlyMap<string, string>,
  ): void {
    // Query terms as bits (the budget keeps them well under 31).
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
    for (const [related, term] of standsFor) bitOf.set(related, bitOf.get(term) as number);
    const coverage = (mask: number): number => {
      let sum = 0;
      for (let bit = 0; bit < idfOfBit.length; bit++) if (mask & (1 << bit)) sum += idfOfBit[bit] as number;
      return totalIdf > 0 ? sum / totalIdf : 0;
    };

    // MiniSearch's own ranking: BM25+ times the number of query terms matched.
    let topScore = 0;
    for (const candidate of candidates) {
      // A related word adds its (lowered) BM25 share but does not count as one more question word matched.
      let own = 0;
      for (const term of candidate.terms) if (!standsFor.has(term)) own++;
      candidate.score = candidate.bm25 * Math.max(own, candidate.terms.length > 0 ? 1 : 0);
      topScore = Math.max(topScore, candidate.score);
    }
    const ownScore = new Map<number, number>();
    const articleMask = new Map<number, number>();
    for (const candidate of candidates) {
      ownScore.set(candidate.id, candidate.score / (topScore || 1));
      const article = this.layout.articleOf[candidate.id] as number;
      let mask = articleMask.get(article) ?? 0;
      for (const term of candidate.terms) mask |= 1 << (bitOf.get(term) ?? 31);
      articleMask.set(article, mask);
    }

    // Per article and query term, how many of its paragraphs hold the term.
    const spread = new Map<number, number>();
    if (weights.articleSpread !== 0) {
      const paragraphsWithTerm = new Map<number, number[]>();
      for (const candidate of candidates) {
        const article = this.layout.articleOf[candidate.id] as number;
        let counts = paragraphsWithTerm.get(article);
        if (!counts) {
          counts = new Array<number>(idfOfBit.length).fill(0);
          paragraphsWithTerm.set(article, counts);
        }
        for (const term of candidate.terms) {
          const bit = bitOf.get(term);
          if (bit !== undefined) counts[bit] = (counts[bit] as number) + 1;
        }
      }
      let best = 0;
      for (const [article, counts] of paragraphsWithTerm) {
        let sum = 0;
        counts.forEach((count, bit) => {
          sum += ((idfOfBit[bit] ?? 0) * count * (SPREAD_K + 1)) / (count + SPREAD_K);
        });
        spread.set(article, sum);
        best = Math.max(best, sum);
      }
      for (const [article, sum] of spread) spread.set(article, sum / (best || 1));
    }

    const articleEvidence = new Map<number, number>();
    for (const [article, mask] of articleMask) {
      let headlineMask = 0;
      for (const term of this.headlineTerms[article] as Set<string>) {
        const bit = bitOf.get(term);
        if (bit !== undefined) headlineMask |= 1 << bit;
      }
      articleEvidence.set(
        article,
        weights.article * coverage(mask | headlineMask) +
          weights.headline * coverage(headlineMask) +
          weights.articleSpread * (spread.get(article) ?? 0),
      );
    }

    for (const candidate of candidates) {
      const { id } = candidate;
      const article = this.layout.articleOf[id] as number;
      const paragraph = this.layout.paragraphOf[id] as number;
      const paragraphCount = this.articles[article]?.paragraphs.length ?? 0;
      const before = paragraph > 1 ? (ownScore.get(id - 1) ?? 0) : 0;
      const after = paragraph < paragraphCount ? (ownScore.get(id + 1) ?? 0) : 0;
      candidate.score =
        (ownScore.get(id) ?? 0) +
        (articleEvidence.get(article) ?? 0) +
        (weights.neighbours * (before + after)) / 2 +
        (paragraph === 1 ? weights.lede : 0);
    }
    // A paragraph brought in after a match scores a share of that match's whole score: below it, and
    // above the weaker matches only when the match before it is strong.
    const finalScore = new Map(candidates.map((candidate) => [candidate.id, candidate.score]));
    for (const candidate of candidates) {
      if (candidate.terms.length === 0) candidate.score = weights.followOn * (finalScore.get(candidate.id - 1) ?? 0);
    }
  }

  /**
   * A respelling of the query from the index's vocabulary, for a query that finds nothing: each word the
   * index lacks is replaced by the closest known word. Undefined when nothing close is known.
   */
  /**
   * Names written as one word in some stories and two in others (`TimeWarner` / `Time Warner`,
   * `PlayStation` / `Play Station`): two adjacent question words also stand for their joined form when the
   * corpus uses it.
   */
  private joinedTermsOf(query: string): string[] {
    const words = wordsOf(query);
    const joined: string[] = [];
    for (let index = 1; index < words.length; index++) {
      const term = termOf(`${words[index - 1]}${words[index]}`);
      if (term !== null && this.frequencyOf(term) > 0) joined.push(term);
    }
    return joined;
  }

  suggest(query: string): string | undefined {
    let changed = false;
    const words = wordsOf(query).map((word) => {
      const normalised = normaliseWord(word);
      if (STOP_WORDS.has(normalised)) return word;
      const term = termOf(word);
      if (term !== null && this.frequencyOf(term) > 0) return word;
      const closest = this.closestTerm(normalised);
      if (closest === undefined) return word;
      changed = true;
      const suggested = this.vocabulary.surfaceForm.get(closest) ?? closest;
      // Keep the writer's capital: "Qadafi" → "Qaddafi".
      return /^\p{Lu}/u.test(word) ? suggested.charAt(0).toUpperCase() + suggested.slice(1) : suggested;
    });
    return changed ? words.join(' ') : undefined;
  }

  private closestTerm(word: string): string | undefined {
    if (word.length < 3) return undefined;
    const maxDistance = word.length <= 4 ? 1 : 2;
    // Fuzzy matching on the vocabulary alone (MiniSearch's radix tree, no document is scored): both the
    // misspelt word's stem and the word itself are compared with the index's terms; the closest wins,
    // and among equally close ones the most frequent.
    this.vocabularyTree ??= this.buildVocabularyTree();
    let best: { term: string; distance: number; frequency: number } | undefined;
    for (const probe of new Set([termOf(word) ?? word, word])) {
      for (const [term, [frequency, distance]] of this.vocabularyTree.fuzzyGet(probe, maxDistance)) {
        if (!best || distance < best.distance || (distance === best.distance && frequency > best.frequency)) {
          best = { term, distance, frequency };
        }
      }
    }
    return best?.term;
  }

  private buildVocabularyTree(): SearchableMap<number> {
    const tree = new SearchableMap<number>();
    for (const [term, frequency] of this.vocabulary.documentFrequency) tree.set(term, frequency);
    return tree;
  }
}
