import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CorpusProblem } from '../../src/corpus/types.js';
import type { Desk } from '../../src/desk.js';
import { DeskHolder } from '../../src/desk-holder.js';
import { type DeskLogger, type OpenedDesk, openDesk } from '../../src/desk-open.js';
import { testDesk } from '../support/desk.js';
import { tempDir } from '../support/temp-dir.js';
import { shimReader } from './shim-reader.js';

function deskWith(corpusKey: string, problems: CorpusProblem[] = []): Desk {
  return testDesk([], { corpusKey, problems });
}

function opened(desk: Desk): OpenedDesk {
  return { desk, from: 'build', timings: { keyMs: 0, loadMs: 0, buildMs: 0, snapshotMs: 0, totalMs: 0 } };
}

function recordingLogger(): DeskLogger & { lines: { level: string; message: string }[] } {
  const lines: { level: string; message: string }[] = [];
  const at = (level: string) => (_object: object, message?: string) => lines.push({ level, message: message ?? '' });
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

const holders: DeskHolder[] = [];
afterEach(async () => {
  await Promise.all(holders.splice(0).map((holder) => holder.close()));
});

function track(holder: DeskHolder): DeskHolder {
  holders.push(holder);
  return holder;
}

describe('DeskHolder', () => {
  it('keeps answering from the old desk while a rebuild runs, then swaps the new one in whole', async () => {
    const oldDesk = deskWith('old');
    const newDesk = deskWith('new');
    let finishBuild: (desk: OpenedDesk) => void = () => {};
    const logger = recordingLogger();
    const holder = track(
      new DeskHolder(oldDesk, {
        corpusDir: '.',
        logger,
        open: () => new Promise((resolve) => (finishBuild = resolve)),
      }),
    );
    const rebuilt = holder.rebuild();
    await new Promise((resolve) => setImmediate(resolve));
    expect(holder.current()).toBe(oldDesk);
    finishBuild(opened(newDesk));
    await rebuilt;
    expect(holder.current()).toBe(newDesk);
    expect(logger.lines.some((line) => line.level === 'info' && /swapped in/.test(line.message))).toBe(true);
  });

  it('keeps the old desk serving when a rebuild fails, and logs it', async () => {
    const oldDesk = deskWith('old');
    const logger = recordingLogger();
    const holder = track(
      new DeskHolder(oldDesk, {
        corpusDir: '.',
        logger,
        open: async () => {
          throw new Error('disk on fire');
        },
      }),
    );
    await holder.rebuild();
    expect(holder.current()).toBe(oldDesk);
    expect(logger.lines).toContainEqual({
      level: 'error',
      message: 'rebuilding after a corpus change failed; still answering from the previous corpus',
    });
  });

  it('does not swap when the corpus content is unchanged', async () => {
    const oldDesk = deskWith('same');
    const swaps: Desk[] = [];
    const holder = track(
      new DeskHolder(oldDesk, {
        corpusDir: '.',
        logger: recordingLogger(),
        open: async () => opened(deskWith('same')),
        onSwap: (desk) => swaps.push(desk),
      }),
    );
    await holder.rebuild();
    expect(holder.current()).toBe(oldDesk);
    expect(swaps).toEqual([]);
  });

  it('never runs two rebuilds at once, and runs one more for a change made during a rebuild', async () => {
    let running = 0;
    let most = 0;
    let calls = 0;
    const holder = track(
      new DeskHolder(deskWith('v0'), {
        corpusDir: '.',
        logger: recordingLogger(),
        open: async () => {
          running++;
          most = Math.max(most, running);
          calls++;
          const version = calls;
          await new Promise((resolve) => setTimeout(resolve, 20));
          running--;
          return opened(deskWith(`v${version}`));
        },
      }),
    );
    const first = holder.rebuild();
    const second = holder.rebuild();
    const third = holder.rebuild();
    await Promise.all([first, second, third]);
    expect(most).toBe(1);
    expect(calls).toBe(2);
    expect(holder.current().corpusKey).toBe('v2');
  });

  it('logs each corpus problem once, however many rebuilds see it', async () => {
    const empty = { file: 'empty.txt', problem: 'the file is empty', fix: 'delete it' };
    const binary = { file: 'photo.txt', problem: 'binary file', fix: 'remove it' };
    const logger = recordingLogger();
    const versions = [deskWith('v1', [empty]), deskWith('v2', [empty, binary])];
    const holder = track(
      new DeskHolder(deskWith('v0', [empty]), {
        corpusDir: '.',
        logger,
        open: async () => opened(versions.shift() ?? deskWith('v3', [empty, binary])),
      }),
    );
    await holder.rebuild();
    await holder.rebuild();
    const warnings = logger.lines.filter((line) => line.level === 'warn').map((line) => line.message);
    expect(warnings).toEqual([
      'empty.txt: the file is empty (skipped). Fix: delete it',
      'photo.txt: binary file (skipped). Fix: remove it',
    ]);
  });

  it('rebuilds from the real corpus folder when a file changes', async () => {
    const corpusDir = tempDir('newsdesk-watch-');
    writeFileSync(join(corpusDir, 'first.txt'), 'The port was held by rebels.');
    const reader = { reader: shimReader };
    const { desk } = await openDesk(corpusDir, reader);
    const swapped = new Promise<Desk>((resolve) => {
      const holder = track(
        new DeskHolder(desk, {
          corpusDir,
          logger: recordingLogger(),
          debounceMs: 30,
          openOptions: reader,
          onSwap: resolve,
        }),
      );
      holder.watch();
    });
    // Give the watcher a moment to start before changing the folder.
    await new Promise((resolve) => setTimeout(resolve, 50));
    writeFileSync(join(corpusDir, 'second.txt'), 'The minister defected.');
    const next = await swapped;
    expect([...next.articleById.keys()].sort()).toEqual(['first', 'second']);
    expect(holders[0]?.current()).toBe(next);
  });

  it('keeps the old desk when the changed corpus cannot be loaded', async () => {
    const corpusDir = tempDir('newsdesk-watch-');
    writeFileSync(join(corpusDir, 'first.txt'), 'The port was held by rebels.');
    const { desk } = await openDesk(corpusDir, { reader: shimReader });
    const logger = recordingLogger();
    const holder = track(new DeskHolder(desk, { corpusDir, logger, openOptions: { reader: shimReader } }));
    writeFileSync(join(corpusDir, 'broken.txt'), 'FAIL');
    await holder.rebuild();
    expect(holder.current()).toBe(desk);
    expect(logger.lines.map((line) => line.level)).toContain('error');
  });
});

describe('DeskHolder with the real loader', () => {
  it('rebuilds in a worker thread and swaps in the desk from its snapshot', async () => {
    const root = tempDir('newsdesk-worker-');
    const corpusDir = join(root, 'corpus');
    const cacheDir = join(root, 'cache');
    mkdirSync(corpusDir);
    writeFileSync(join(corpusDir, 'first.txt'), 'First headline\n\nThe port was held by rebels.\n');
    const { desk } = await openDesk(corpusDir, { cacheDir });
    const logger = recordingLogger();
    const holder = track(new DeskHolder(desk, { corpusDir, cacheDir, logger }));
    writeFileSync(join(corpusDir, 'second.txt'), 'Second headline\n\nThe minister defected.\n');
    await holder.rebuild();
    expect(logger.lines.filter((line) => line.level === 'error' || line.level === 'warn')).toEqual([]);
    expect([...holder.current().articleById.keys()].sort()).toEqual(['first', 'second']);
    expect(holder.current().passages.size).toBe(2);
  });
});
