import { parentPort, workerData } from 'node:worker_threads';
import { z } from 'zod';
import { openDesk } from './desk-open.js';

/**
 * Worker body: read, analyse and index the corpus and save its snapshot, off the main thread. Only the
 * corpus key travels back; the main thread then loads the snapshot, which is several times cheaper
 * than building.
 */
const request = z.object({ corpusDir: z.string(), cacheDir: z.string() }).parse(workerData);

try {
  const { desk, from } = await openDesk(request.corpusDir, { cacheDir: request.cacheDir });
  parentPort?.postMessage({ ok: true, corpusKey: desk.corpusKey, from });
} catch (error) {
  parentPort?.postMessage({ ok: false, error: (error as Error).message });
}
