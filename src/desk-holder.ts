import { type FSWatcher, watch } from 'node:fs';
import { basename } from 'node:path';
import type { CorpusProblem } from './corpus/types.js';
import type { Desk } from './desk.js';
import { type DeskLogger, describeProblem, type OpenDeskOptions, type OpenedDesk, problemKey } from './desk-open.js';
import { openDeskInWorker } from './desk-rebuild.js';
import type { DeskSource } from './desk-source.js';

export interface DeskHolderOptions {
  corpusDir: string;
  cacheDir?: string;
  logger: DeskLogger;
  /** Quiet time after the last change before rebuilding, so that copying a folder is one rebuild. */
  debounceMs?: number;
  /** How a new Desk is opened: by default in a worker thread, so that answering goes on; tests replace it. */
  open?: (corpusDir: string, options: OpenDeskOptions) => Promise<OpenedDesk>;
  openOptions?: Omit<OpenDeskOptions, 'cacheDir' | 'logger'>;
  /** Called with a new Desk before it is swapped in, to build its lookups while the old one still answers. */
  prepare?: (desk: Desk) => void;
  /** Called after a new Desk is swapped in. */
  onSwap?: (desk: Desk) => void;
}

/**
 * Holds the Desk that answers are read from, and replaces it when the corpus folder changes. The new Desk
 * is built in the background and swapped in whole, so every query sees one consistent corpus; until the
 * swap, and for good when a rebuild fails, the old Desk keeps answering.
 */
export class DeskHolder implements DeskSource {
  private desk: Desk;
  private watcher: FSWatcher | undefined;
  private debounceTimer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private pending = false;
  private closed = false;
  private readonly reportedProblems = new Set<string>();

  constructor(
    desk: Desk,
    private readonly options: DeskHolderOptions,
  ) {
    this.desk = desk;
    this.reportProblems(desk.problems);
  }

  current(): Desk {
    return this.desk;
  }

  /** Watch the corpus folder and rebuild after changes. */
  watch(): void {
    if (this.watcher || this.closed) return;
    try {
      this.watcher = watch(this.options.corpusDir, { recursive: true }, (_event, file) => {
        if (file && isIgnoredFile(file.toString())) return;
        this.scheduleRebuild();
      });
      this.watcher.on('error', (error) => {
        this.options.logger.error(
          { corpusDir: this.options.corpusDir, err: error.message },
          'stopped watching the corpus folder; restart Newsdesk to pick up changes',
        );
        this.watcher?.close();
        this.watcher = undefined;
      });
    } catch (error) {
      this.options.logger.warn(
        { corpusDir: this.options.corpusDir, err: (error as Error).message },
        'cannot watch the corpus folder; changes will be picked up at the next start',
      );
    }
  }

  scheduleRebuild(): void {
    if (this.closed) return;
    clearTimeout(this.debounceTimer);
    this.debounceTimer = setTimeout(() => {
      this.debounceTimer = undefined;
      void this.rebuild();
    }, this.options.debounceMs ?? 750);
  }

  /**
   * Rebuild now. Rebuilds never overlap: a change during a rebuild runs one more after it. Resolves when
   * the corpus as it stands has been taken in (or the attempt failed and was logged); never rejects.
   */
  rebuild(): Promise<void> {
    if (this.running) {
      this.pending = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.pending = false;
        await this.rebuildOnce();
      } while (this.pending && !this.closed);
    })().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async rebuildOnce(): Promise<void> {
    const { corpusDir, cacheDir, logger } = this.options;
    const open = this.options.open ?? openDeskInWorker;
    try {
      const opened = await open(corpusDir, { ...this.options.openOptions, ...(cacheDir ? { cacheDir } : {}), logger });
      if (this.closed) return;
      if (opened.desk.corpusKey === this.desk.corpusKey) {
        logger.debug({ corpusDir }, 'corpus content unchanged; keeping the current desk');
        return;
      }
      this.options.prepare?.(opened.desk);
      this.desk = opened.desk;
      this.reportProblems(opened.desk.problems);
      logger.info(
        {
          corpusDir,
          articles: opened.desk.articles.length,
          paragraphs: opened.desk.passages.size,
          from: opened.from,
          ms: Math.round(opened.timings.totalMs),
        },
        'corpus changed; new desk swapped in',
      );
      this.options.onSwap?.(opened.desk);
    } catch (error) {
      logger.error(
        { corpusDir, err: (error as Error).message },
        'rebuilding after a corpus change failed; still answering from the previous corpus',
      );
    }
  }

  /** Stop watching; a rebuild under way finishes but is not swapped in. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.debounceTimer);
    this.watcher?.close();
    this.watcher = undefined;
    await this.running;
  }

  private reportProblems(problems: CorpusProblem[]): void {
    for (const problem of problems) {
      const key = problemKey(problem);
      if (this.reportedProblems.has(key)) continue;
      this.reportedProblems.add(key);
      this.options.logger.warn(
        { file: problem.file, line: problem.line, problem: problem.problem, fix: problem.fix },
        describeProblem(problem),
      );
    }
  }
}

// Editors and sync tools write these next to real files; they are not articles.
function isIgnoredFile(path: string): boolean {
  const name = basename(path);
  const hidden = path.split(/[\\/]/).some((part) => part.startsWith('.'));
  return hidden || name.endsWith('~') || name.endsWith('.swp') || name.endsWith('.tmp');
}
