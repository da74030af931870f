import { Worker } from 'node:worker_threads';
import { z } from 'zod';
import { type OpenDeskOptions, type OpenedDesk, openDesk } from './desk-open.js';
import { readSnapshot } from './desk-snapshot.js';

const workerReply = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), corpusKey: z.string(), from: z.enum(['snapshot', 'build']) }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);

/**
 * Open a Desk with the long work (reading, analysing, indexing, saving the snapshot) in a worker thread,
 * so that the bot keeps answering within Discord's three seconds while a large corpus is re-indexed.
 * The main thread only loads the finished snapshot. Needs a cache folder to hand the Desk over; without
 * one, or with a custom corpus reader (which cannot cross threads), the Desk is opened in this thread.
 */
export async function openDeskInWorker(corpusDir: string, options: OpenDeskOptions): Promise<OpenedDesk> {
  if (!options.cacheDir || options.reader) return openDesk(corpusDir, options);
  const started = performance.now();
  const reply = await runWorker(corpusDir, options.cacheDir);
  if (!reply.ok) throw new Error(reply.error);
  const loadStarted = performance.now();
  const snapshot = await readSnapshot(options.cacheDir, reply.corpusKey);
  if (!snapshot.desk) {
    // Most likely the code on disk changed since this process started (the worker ran the new code, so
    // its snapshot carries another fingerprint), or the snapshot was pruned meanwhile: build here instead.
    options.logger?.warn(
      { reason: snapshot.reason },
      'the background rebuild’s snapshot does not fit this process (was Newsdesk updated since it started? restart it); rebuilding in the main thread',
    );
    return openDesk(corpusDir, options);
  }
  const snapshotMs = performance.now() - loadStarted;
  return {
    desk: snapshot.desk,
    from: reply.from,
    timings: { keyMs: 0, loadMs: 0, buildMs: loadStarted - started, snapshotMs, totalMs: performance.now() - started },
  };
}

function runWorker(corpusDir: string, cacheDir: string): Promise<z.infer<typeof workerReply>> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./desk-rebuild-worker.mjs', import.meta.url), {
      workerData: { corpusDir, cacheDir },
    });
    let settled = false;
    worker.once('message', (message: unknown) => {
      settled = true;
      const parsed = workerReply.safeParse(message);
      if (parsed.success) resolve(parsed.data);
      else reject(new Error('the rebuild worker sent an unexpected reply'));
      void worker.terminate();
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`the rebuild worker stopped (exit code ${code}) before finishing`));
    });
  });
}
