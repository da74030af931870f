import type { CorpusProblem, LoadedCorpus, LoadProgress } from './corpus/types.js';
import { buildDesk, type Desk } from './desk.js';
import { readSnapshot, writeSnapshot } from './desk-snapshot.js';

/** What opening a Desk is doing, for a progress line. */
export type OpenProgress =
  | { stage: 'key' }
  | { stage: 'snapshot-load' }
  | ({ stage: 'read' } & LoadProgress)
  | { stage: 'build'; articles: number }
  | { stage: 'snapshot-write' };

/** The corpus loader's two entry points (src/corpus/load.ts); tests may pass their own. */
export interface CorpusReader {
  loadCorpus(dir: string, options?: { onProgress?: (progress: LoadProgress) => void }): Promise<LoadedCorpus>;
  corpusKey(dir: string): Promise<string> | string;
}

/** The few logger methods the Desk lifecycle uses; pino's logger fits. */
export interface DeskLogger {
  debug(object: object, message?: string): void;
  info(object: object, message?: string): void;
  warn(object: object, message?: string): void;
  error(object: object, message?: string): void;
}

export interface OpenDeskOptions {
  /** Where snapshots live; without it, the Desk is always built and never saved. */
  cacheDir?: string;
  onProgress?: (progress: OpenProgress) => void;
  logger?: DeskLogger;
  reader?: CorpusReader;
}

export interface OpenedDesk {
  desk: Desk;
  from: 'snapshot' | 'build';
  timings: { keyMs: number; loadMs: number; buildMs: number; snapshotMs: number; totalMs: number };
}

// Imported when first needed, so that code which only passes its own reader does not load the loader.
const defaultReader: CorpusReader = {
  loadCorpus: async (dir, options) => (await import('./corpus/load.js')).loadCorpus(dir, options),
  corpusKey: async (dir) => (await import('./corpus/load.js')).corpusKey(dir),
};

/**
 * Load the corpus in `corpusDir` as a Desk: from the snapshot saved for its content when there is one,
 * else by reading, analysing and indexing it (and saving a snapshot for next time). A snapshot that
 * cannot be read or written is not fatal; it only costs a rebuild.
 */
export async function openDesk(corpusDir: string, options: OpenDeskOptions = {}): Promise<OpenedDesk> {
  const reader = options.reader ?? defaultReader;
  const progress = options.onProgress ?? (() => {});
  const started = performance.now();
  const timings = { keyMs: 0, loadMs: 0, buildMs: 0, snapshotMs: 0, totalMs: 0 };

  progress({ stage: 'key' });
  const corpusKey = await reader.corpusKey(corpusDir);
  timings.keyMs = performance.now() - started;

  if (options.cacheDir) {
    progress({ stage: 'snapshot-load' });
    const snapshotStarted = performance.now();
    const snapshot = await readSnapshot(options.cacheDir, corpusKey);
    timings.snapshotMs = performance.now() - snapshotStarted;
    if (snapshot.desk) {
      timings.totalMs = performance.now() - started;
      options.logger?.debug({ corpusDir, ms: Math.round(timings.snapshotMs) }, 'loaded the desk snapshot');
      return { desk: snapshot.desk, from: 'snapshot', timings };
    }
    options.logger?.debug({ corpusDir, reason: snapshot.reason }, 'building the desk');
  }

  const loadStarted = performance.now();
  const corpus = await reader.loadCorpus(corpusDir, {
    onProgress: (loaded) => progress({ stage: 'read', ...loaded }),
  });
  timings.loadMs = performance.now() - loadStarted;

  // Give waiting I/O (a Discord heartbeat, a console line) its turn before the long synchronous build.
  await new Promise((resolve) => setImmediate(resolve));
  progress({ stage: 'build', articles: corpus.articles.length });
  const buildStarted = performance.now();
  const { desk } = buildDesk(corpusKey, corpus.articles, corpus.problems);
  timings.buildMs = performance.now() - buildStarted;

  if (options.cacheDir) {
    progress({ stage: 'snapshot-write' });
    const writeStarted = performance.now();
    try {
      await writeSnapshot(options.cacheDir, desk);
    } catch (error) {
      options.logger?.warn(
        { cacheDir: options.cacheDir, err: (error as Error).message },
        'could not save the desk snapshot; the next start will rebuild. Check that NEWSDESK_CACHE_DIR is writable.',
      );
    }
    timings.snapshotMs += performance.now() - writeStarted;
  }
  timings.totalMs = performance.now() - started;
  return { desk, from: 'build', timings };
}

/** One line for a corpus problem: the file, what is wrong, how to fix it. */
export function describeProblem(problem: CorpusProblem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return `${where}: ${problem.problem} (skipped). Fix: ${problem.fix}`;
}

export function problemKey(problem: CorpusProblem): string {
  return `${problem.file}\0${problem.line ?? ''}\0${problem.problem}`;
}
