/**
 * Speed and memory of the passage index and /ask, side by side with a bare MiniSearch (default options).
 *
 *   npm run bench -- --corpus ../shared/data/bbc-news [--questions eval/bbc-squad.jsonl …] [--sample 400] [--cold-runs 3]
 *
 * Questions come from the given JSON Lines files, or else from the corpus's headlines (every article's
 * title, asked as a question). Each engine answers every question once as a warm-up, then three times measured.
 */
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import MiniSearch from 'minisearch';
import { z } from 'zod';
import { answerAsk } from '../src/answer/ask.js';
import type { Article } from '../src/corpus/types.js';
import { buildDesk, type DeskTimings } from '../src/desk.js';
import { PassageIndex } from '../src/search/passage-index.js';
import { readCorpus, readQuestions } from './eval-ask.js';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

function heapAfterCollection(): number {
  collectGarbage();
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

function time<T>(work: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = work();
  return { value, ms: performance.now() - started };
}

/** Median of a few runs of `work`, for steps too short to time once on a shared machine. */
function medianMs(runs: number, work: () => unknown): number {
  const times = Array.from({ length: runs }, () => time(work).ms).sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

function percentile(sorted: number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
}

interface Latency {
  p50: number;
  p95: number;
  p99: number;
}

/**
 * Each question is answered once as a warm-up, then three times; its time is the median of the three, so
 * that a pause caused by another process on a shared machine does not count as the engine's.
 */
function latencyOf(questions: string[], answer: (question: string) => unknown): Latency {
  for (const question of questions) answer(question);
  const runs = [0, 1, 2].map(() => questions.map((question) => time(() => answer(question)).ms));
  const times = questions
    .map((_, i) => runs.map((run) => run[i] as number).sort((a, b) => a - b)[1] as number)
    .sort((a, b) => a - b);
  return { p50: percentile(times, 0.5), p95: percentile(times, 0.95), p99: percentile(times, 0.99) };
}

/** Every n-th question, so the sample is spread over the whole set and the same on every run. */
function spreadSample(questions: string[], size: number): string[] {
  if (questions.length <= size) return questions;
  const step = questions.length / size;
  return Array.from({ length: size }, (_, i) => questions[Math.floor(i * step)] as string);
}

const stageTimings = z.object({ indexMs: z.number(), quotesMs: z.number(), placesMs: z.number() });

/**
 * The Desk build as the bot starts: each run a fresh process (`bench-stages.ts`), so the index, the
 * quotations and the places all run with a cold JIT, as they do at a real start.
 */
function coldStartRuns(corpusDir: string, runs: number): DeskTimings[] {
  return Array.from({ length: runs }, () => {
    const output = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/bench-stages.ts', '--corpus', corpusDir], {
      encoding: 'utf8',
      maxBuffer: 1024 * 1024,
    });
    const parsed = stageTimings.safeParse(JSON.parse(output.trim().split('\n').at(-1) ?? '{}'));
    if (!parsed.success) throw new Error(`scripts/bench-stages.ts printed no stage timings: ${output.slice(0, 200)}`);
    return parsed.data;
  });
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

/** `index 1,900 ms, quotations 1,500 ms (+79%), places …`: each stage and what it adds to the index build. */
function stagesLine(runs: DeskTimings[]): string {
  const index = median(runs.map((run) => run.indexMs));
  const share = (pick: (run: DeskTimings) => number): string =>
    `${ms(median(runs.map(pick)))} (+${median(runs.map((run) => (100 * pick(run)) / run.indexMs)).toFixed(0)}%)`;
  return `index ${ms(index)}, quotations ${share((run) => run.quotesMs)}, places ${share((run) => run.placesMs)}`;
}

const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ms = (value: number): string => `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`;
const ratio = (bare: number, ours: number): string => (ours > 0 ? `${(bare / ours).toFixed(1)}×` : '-');

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string', default: 'corpus' },
      questions: { type: 'string', multiple: true },
      sample: { type: 'string', default: '300' },
      'cold-runs': { type: 'string', default: '3' },
    },
  });
  const corpusDir = values.corpus ?? 'corpus';
  const articles: Article[] = await readCorpus(corpusDir);
  const allQuestions = values.questions?.length
    ? values.questions.flatMap((file) => readQuestions(file).map((question) => question.question))
    : articles.map((article) => article.title).filter((title) => title.length > 0);
  const questions = spreadSample(allQuestions, Number(values.sample));
  const paragraphs = articles.flatMap((article) => article.paragraphs.map((text, i) => ({ id: `${article.id}#${i + 1}`, text })));

  // Warm the JIT on a small build before anything is timed.
  PassageIndex.build(articles.slice(0, 100));
  new MiniSearch({ fields: ['text'] }).addAll(paragraphs.slice(0, 500));

  const heapBefore = heapAfterCollection();
  const built = time(() => PassageIndex.build(articles));
  const oursHeap = heapAfterCollection() - heapBefore;
  const snapshot = built.value.toJSON();
  const oursLoadMs = medianMs(3, () => PassageIndex.fromJSON(snapshot, articles));

  const bareHeapBefore = heapAfterCollection();
  const bareBuilt = time(() => {
    const bare = new MiniSearch<{ id: string; text: string }>({ fields: ['text'] });
    bare.addAll(paragraphs);
    return bare;
  });
  const bareHeap = heapAfterCollection() - bareHeapBefore;
  const bareSnapshot = JSON.stringify(bareBuilt.value);
  const bareLoadMs = medianMs(3, () => MiniSearch.loadJSON(bareSnapshot, { fields: ['text'] }));

  const { desk } = buildDesk('bench', articles, []);
  // A second build in this process: every stage's code is warm, as for a rebuild in a long-lived process.
  const warm = buildDesk('bench', articles, []).timings;
  const cold = coldStartRuns(corpusDir, Number(values['cold-runs']));
  const ours = latencyOf(questions, (question) => answerAsk(desk, question));
  const oursSearch = latencyOf(questions, (question) => desk.passages.search(question, { limit: 3 }));
  const bare = latencyOf(questions, (question) => bareBuilt.value.search(question).slice(0, 3));

  console.log(`corpus ${corpusDir}: ${articles.length} articles, ${built.value.size} paragraphs`);
  console.log(`questions: ${questions.length} of ${allQuestions.length} (${values.questions?.length ? values.questions.join(', ') : 'headlines'})\n`);
  const rows: [string, string, string, string][] = [
    ['', 'Newsdesk', 'bare MiniSearch', 'bare / Newsdesk'],
    ['index build', ms(built.ms), ms(bareBuilt.ms), ratio(bareBuilt.ms, built.ms)],
    ['snapshot size', mb(snapshot.length), mb(bareSnapshot.length), ratio(bareSnapshot.length, snapshot.length)],
    ['snapshot load', ms(oursLoadMs), ms(bareLoadMs), ratio(bareLoadMs, oursLoadMs)],
    ['load / build', `${((100 * oursLoadMs) / built.ms).toFixed(0)}%`, `${((100 * bareLoadMs) / bareBuilt.ms).toFixed(0)}%`, ''],
    ['index heap', mb(oursHeap), mb(bareHeap), ratio(bareHeap, oursHeap)],
    ['/ask p50', ms(ours.p50), ms(bare.p50), ratio(bare.p50, ours.p50)],
    ['/ask p95', ms(ours.p95), ms(bare.p95), ratio(bare.p95, ours.p95)],
    ['/ask p99', ms(ours.p99), ms(bare.p99), ratio(bare.p99, ours.p99)],
    ['search only p50/p99', `${ms(oursSearch.p50)} / ${ms(oursSearch.p99)}`, '', ''],
  ];
  for (const row of rows) console.log(`${row[0].padEnd(22)}${row[1].padStart(16)}${row[2].padStart(18)}${row[3].padStart(18)}`);
  console.log(`\nDesk build, cold start (fresh process, median of ${cold.length}): ${stagesLine(cold)}`);
  console.log(`Desk build, warm process (second build):      ${stagesLine([warm])}`);
  console.log(`heap used in all: ${mb(process.memoryUsage().heapUsed)}`);
  console.log('(/ask = answerAsk in-process: search, highlights and short answer; bare = MiniSearch default options, fields [text], top 3)');
}

await main();
