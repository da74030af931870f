/**
 * Retrieval quality of /ask against a plain BM25 baseline.
 *
 *   npm run eval:ask -- --corpus ../shared/data/bbc-news --questions eval/bbc-natural.jsonl [--questions …]
 *
 * Each question file is JSON Lines: {id, question, articleId, paragraphs: [1-based], answer}. A question is
 * answered when one of its paragraphs is ranked first (R@1) or in the top 3 (R@3). Questions are split into
 * two fixed halves by a hash of their id, so weights tuned on half A can be checked on half B.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { stemmer } from 'stemmer';
import { z } from 'zod';
import { searchQuestion } from '../src/answer/ask.js';
import { questionTypeOf, shortAnswerOf } from '../src/answer/short-answer.js';
import type { Article } from '../src/corpus/types.js';
import { highlightsOf } from '../src/search/highlight.js';
import { DEFAULT_BUDGET, DEFAULT_WEIGHTS, PassageIndex, type QueryBudget, type RankingWeights } from '../src/search/passage-index.js';
import { normaliseWord, STOP_WORDS, termsOf, wordsOf } from '../src/search/text.js';

/** The baseline's own pipeline: the same words and stop words, plain Porter (no irregular-verb table). */
function plainTermOf(word: string): string | null {
  const normalised = normaliseWord(word);
  return normalised.length === 0 || STOP_WORDS.has(normalised) ? null : stemmer(normalised);
}

const questionSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  question: z.string().min(1),
  articleId: z.string().min(1),
  paragraphs: z.array(z.number().int().positive()).min(1),
  answer: z.string().optional(),
});

export type EvalQuestion = z.infer<typeof questionSchema>;

export function readQuestions(file: string): EvalQuestion[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line, index) => {
      if (line.trim() === '') return [];
      const parsed = questionSchema.safeParse(JSON.parse(line));
      if (!parsed.success) {
        throw new Error(`${file}:${index + 1}: not a question (${parsed.error.issues[0]?.message}); expected {id, question, articleId, paragraphs, answer}`);
      }
      return [parsed.data];
    });
}

const loadedCorpusSchema = z.object({ articles: z.array(z.looseObject({ id: z.string() })) });

/**
 * The project's corpus loader when it is there; otherwise a reader for the BBC layout only (headline, blank
 * line, paragraphs separated by blank lines), so that the index can be measured on its own.
 */
export async function readCorpus(dir: string): Promise<Article[]> {
  const loaderPath = '../src/corpus/load.js';
  const loader: unknown = await import(loaderPath).catch(() => undefined);
  const loadCorpus =
    loader && typeof loader === 'object' && 'loadCorpus' in loader && typeof loader.loadCorpus === 'function'
      ? (loader.loadCorpus as (dir: string) => Promise<unknown> | unknown)
      : undefined;
  if (loadCorpus) {
    const loaded = loadedCorpusSchema.parse(await loadCorpus(dir));
    return loaded.articles as unknown as Article[];
  }
  return readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => {
      const [title = '', ...paragraphs] = readFileSync(join(dir, file), 'utf8')
        .split(/\r?\n\s*\r?\n/)
        .map((block) => block.replace(/\s+/g, ' ').trim())
        .filter((block) => block.length > 0);
      return { id: basename(file, extname(file)), title, titleIsDerived: false, tags: [], paragraphs, source: file };
    });
}

/** Plain BM25 (k1 1.2, b 0.75) over paragraphs, with the same tokens, stop words and Porter stems. */
export class Bm25Baseline {
  private readonly postings = new Map<string, { ids: number[]; counts: number[] }>();
  private readonly lengths: Float64Array;
  private readonly averageLength: number;
  readonly refs: { articleId: string; paragraph: number }[] = [];

  constructor(articles: Article[], private readonly k1 = 1.2, private readonly b = 0.75) {
    const lengths: number[] = [];
    for (const article of articles) {
      article.paragraphs.forEach((text, index) => {
        const id = this.refs.length;
        this.refs.push({ articleId: article.id, paragraph: index + 1 });
        const counts = new Map<string, number>();
        for (const word of wordsOf(text)) {
          const term = plainTermOf(word);
          if (term !== null) counts.set(term, (counts.get(term) ?? 0) + 1);
        }
        let length = 0;
        for (const [term, count] of counts) {
          length += count;
          let posting = this.postings.get(term);
          if (!posting) {
            posting = { ids: [], counts: [] };
            this.postings.set(term, posting);
          }
          posting.ids.push(id);
          posting.counts.push(count);
        }
        lengths.push(length);
      });
    }
    this.lengths = Float64Array.from(lengths);
    this.averageLength = lengths.reduce((sum, length) => sum + length, 0) / Math.max(1, lengths.length);
  }

  search(query: string, limit: number): { articleId: string; paragraph: number }[] {
    const scores = new Float64Array(this.refs.length);
    const touched: number[] = [];
    const terms = new Set(wordsOf(query).flatMap((word) => plainTermOf(word) ?? []));
    const count = this.refs.length;
    for (const term of terms) {
      const posting = this.postings.get(term);
      if (!posting) continue;
      const idf = Math.log(1 + (count - posting.ids.length + 0.5) / (posting.ids.length + 0.5));
      posting.ids.forEach((id, i) => {
        const tf = posting.counts[i] as number;
        const norm = this.k1 * (1 - this.b + (this.b * (this.lengths[id] as number)) / this.averageLength);
        if (scores[id] === 0) touched.push(id);
        scores[id] = (scores[id] as number) + (idf * tf * (this.k1 + 1)) / (tf + norm);
      });
    }
    touched.sort((x, y) => (scores[y] as number) - (scores[x] as number));
    return touched.slice(0, limit).map((id) => this.refs[id] as { articleId: string; paragraph: number });
  }
}

/** A fixed split: FNV-1a of the id, even → half A (tuning), odd → half B (held out). */
export function halfOf(id: string): 'A' | 'B' {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % 2 === 0 ? 'A' : 'B';
}

interface Recall {
  count: number;
  first: number;
  top3: number;
}

type Ranker = (question: string) => { articleId: string; paragraph: number }[];

/**
 * A hit is one of the question's paragraphs, or a paragraph with exactly the same text: the BBC corpus
 * holds some stories twice under two ids, and either copy answers the question.
 */
function isAnswer(hit: { articleId: string; paragraph: number }, question: EvalQuestion, textOf: TextOf): boolean {
  if (hit.articleId === question.articleId && question.paragraphs.includes(hit.paragraph)) return true;
  const text = textOf(hit.articleId, hit.paragraph);
  return text !== undefined && question.paragraphs.some((paragraph) => textOf(question.articleId, paragraph) === text);
}

type TextOf = (articleId: string, paragraph: number) => string | undefined;

function recallOf(questions: EvalQuestion[], rank: Ranker, textOf: TextOf): Recall {
  const recall: Recall = { count: questions.length, first: 0, top3: 0 };
  for (const question of questions) {
    const ranked = rank(question.question).slice(0, 3);
    const position = ranked.findIndex((hit) => isAnswer(hit, question, textOf));
    if (position === 0) recall.first++;
    if (position >= 0) recall.top3++;
  }
  return recall;
}

/** Words of a span, lower case, for comparing a short answer with the gold one. */
const wordSetOf = (text: string): Set<string> => new Set(wordsOf(text).map(normaliseWord));

/**
 * A short answer is right when it and the gold answer share a word that is not a stop word ("Moussa
 * Koussa, Libya's foreign minister" for "Moussa Koussa"; "151 goals" for "151").
 */
export function shortAnswerIsRight(answer: string, gold: string): boolean {
  const goldWords = wordSetOf(gold);
  return [...wordSetOf(answer)].some((word) => goldWords.has(word) && !STOP_WORDS.has(word));
}

interface ShortAnswerTally {
  questions: number;
  answered: number;
  right: number;
}

/** Per question type: how often /ask gives a one-line answer, and how often that answer is right. */
function shortAnswersOf(questions: EvalQuestion[], index: PassageIndex, textOf: TextOf): Map<string, ShortAnswerTally> {
  const tallies = new Map<string, ShortAnswerTally>();
  for (const question of questions) {
    const type = questionTypeOf(question.question);
    if (type === undefined || question.answer === undefined) continue;
    const tally = tallies.get(type) ?? { questions: 0, answered: 0, right: 0 };
    tallies.set(type, tally);
    tally.questions++;
    const queryTerms = new Set(termsOf(question.question));
    const passages = searchQuestion(index, question.question, { limit: 3 }).hits.map((hit) => {
      const text = textOf(hit.articleId, hit.paragraph) ?? '';
      return { text, highlights: highlightsOf(text, queryTerms), score: hit.score };
    });
    const answer = shortAnswerOf(question.question, passages);
    if (!answer) continue;
    tally.answered++;
    if (shortAnswerIsRight(answer.text, question.answer)) tally.right++;
  }
  return tallies;
}

const percent = (part: number, whole: number): string => (whole === 0 ? '-' : ((100 * part) / whole).toFixed(1));

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string' },
      questions: { type: 'string', multiple: true },
      weights: { type: 'string' },
      budget: { type: 'string' },
      misses: { type: 'boolean', default: false },
    },
  });
  if (!values.corpus || !values.questions?.length) {
    console.error('Usage: npm run eval:ask -- --corpus DIR --questions FILE [--questions FILE…] [--weights JSON] [--budget JSON] [--misses]');
    process.exit(2);
  }
  const weights: RankingWeights = values.weights
    ? { ...DEFAULT_WEIGHTS, ...z.record(z.string(), z.number()).parse(JSON.parse(values.weights)) }
    : DEFAULT_WEIGHTS;
  const budget: QueryBudget = values.budget
    ? { ...DEFAULT_BUDGET, ...z.record(z.string(), z.number()).parse(JSON.parse(values.budget)) }
    : DEFAULT_BUDGET;
  const articles = await readCorpus(values.corpus);
  const articleById = new Map(articles.map((article) => [article.id, article]));
  const textOf: TextOf = (articleId, paragraph) => articleById.get(articleId)?.paragraphs[paragraph - 1];
  const index = PassageIndex.build(articles);
  const baseline = new Bm25Baseline(articles);
  console.log(`${articles.length} articles, ${index.size} paragraphs; weights ${JSON.stringify(weights)}`);
  const newsdesk: Ranker = (question) => searchQuestion(index, question, { limit: 3, weights, budget }).hits;
  const bm25: Ranker = (question) => baseline.search(question, 3);

  console.log('\nset                 half   n     Newsdesk R@1  R@3    BM25 R@1  R@3');
  for (const file of values.questions) {
    const questions = readQuestions(file);
    for (const half of ['A', 'B', 'all'] as const) {
      const subset = half === 'all' ? questions : questions.filter((question) => halfOf(question.id) === half);
      const ours = recallOf(subset, newsdesk, textOf);
      const theirs = recallOf(subset, bm25, textOf);
      console.log(
        `${basename(file).padEnd(20)}${half.padEnd(7)}${String(subset.length).padEnd(6)}` +
          `${percent(ours.first, ours.count).padStart(12)} ${percent(ours.top3, ours.count).padStart(5)}` +
          `${percent(theirs.first, theirs.count).padStart(10)} ${percent(theirs.top3, theirs.count).padStart(5)}`,
      );
    }
    for (const [type, tally] of shortAnswersOf(questions, index, textOf)) {
      console.log(
        `  short answers, ${type.padEnd(9)} ${tally.answered}/${tally.questions} given, ` +
          `${percent(tally.right, tally.answered)}% right (${tally.right})`,
      );
    }
    if (values.misses) {
      for (const question of questions) {
        const ranked = newsdesk(question.question);
        const found = ranked.some((hit) => isAnswer(hit, question, textOf));
        if (!found) {
          const shown = ranked.map((hit) => `${hit.articleId}#${hit.paragraph}`).join(' ');
          console.log(`  miss ${question.id}: ${question.question} → want ${question.articleId}#${question.paragraphs.join(',')}; got ${shown}`);
        }
      }
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await main();
}
