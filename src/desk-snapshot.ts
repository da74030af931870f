import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { PlaceAnalysis, QuoteAnalysis } from './analyse/types.js';
import type { Article, CorpusProblem } from './corpus/types.js';
import { assembleDesk, type Desk } from './desk.js';
import { PassageIndex } from './search/passage-index.js';

/**
 * The on-disk snapshot of a Desk, so that a restart on an unchanged corpus loads instead of rebuilding.
 *
 * A snapshot is two files in the cache folder: `<name>.index.json` (the passage index as PassageIndex
 * serialises it, kept apart so it is not escaped into a JSON string) and `<name>.json` (articles, problems,
 * analyses, and the length of the index file). Each is written to a temporary file and renamed, and the
 * data file goes last, so a reader never sees half a snapshot.
 *
 * A snapshot is found by its name, a hash of the corpus content key, the snapshot format, and a
 * fingerprint of the code that builds a Desk: when the analysers or the index change, an old snapshot
 * is simply not found and the Desk is rebuilt.
 */

/** Bump when the layout of the snapshot files changes. */
export const SNAPSHOT_FORMAT = 1;

/** How many snapshots to keep: several corpora (the bot's and a CLI's `--corpus`) can share one cache. */
export const SNAPSHOTS_KEPT = 4;

const PREFIX = 'desk-';

// What the snapshot's data file holds. Articles and analyses were written by this very code (the name
// carries its fingerprint), so only the envelope is checked: checking 10,000 paragraphs one by one would
// cost more than the rest of the load. A damaged file fails here or in JSON.parse.
const snapshotEnvelope = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  corpusKey: z.string(),
  codeFingerprint: z.string(),
  createdAt: z.string(),
  indexBytes: z.number().int().nonnegative(),
  articles: z.array(z.unknown()),
  problems: z.array(z.unknown()),
  quotes: z.object({ quotations: z.array(z.unknown()), speakers: z.array(z.unknown()) }),
  places: z.object({ places: z.array(z.unknown()), mentions: z.array(z.unknown()) }),
});

interface SnapshotData {
  format: typeof SNAPSHOT_FORMAT;
  corpusKey: string;
  codeFingerprint: string;
  createdAt: string;
  indexBytes: number;
  articles: Article[];
  problems: CorpusProblem[];
  quotes: QuoteAnalysis;
  places: PlaceAnalysis;
}

// Source folders whose code decides what a Desk holds. A change in any of them makes old snapshots stale.
const DESK_CODE = ['corpus', 'analyse', 'search', 'desk.ts', 'desk-snapshot.ts'];

let fingerprintPromise: Promise<string> | undefined;

/** A hash of the source of everything that builds a Desk (loader, analysers, index). */
export function codeFingerprint(): Promise<string> {
  fingerprintPromise ??= computeFingerprint(fileURLToPath(new URL('.', import.meta.url)));
  return fingerprintPromise;
}

async function computeFingerprint(srcDir: string): Promise<string> {
  const hash = createHash('sha256');
  const files: string[] = [];
  for (const entry of DESK_CODE) {
    await collectFiles(join(srcDir, entry), files);
  }
  files.sort();
  for (const file of files) {
    hash.update(relative(srcDir, file));
    hash.update('\0');
    hash.update(await readFile(file));
    hash.update('\0');
  }
  return hash.digest('hex');
}

async function collectFiles(path: string, into: string[]): Promise<void> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return;
  if (info.isFile()) {
    into.push(path);
    return;
  }
  if (!info.isDirectory()) return;
  for (const entry of await readdir(path)) {
    await collectFiles(join(path, entry), into);
  }
}

export async function snapshotName(corpusKey: string): Promise<string> {
  const hash = createHash('sha256')
    .update(`${SNAPSHOT_FORMAT}\0${await codeFingerprint()}\0${corpusKey}`)
    .digest('hex');
  return `${PREFIX}${hash.slice(0, 24)}`;
}

/**
 * The Desk saved for this corpus key, or undefined when there is none, it was written by other code,
 * or it cannot be read (a damaged snapshot is not an error: the caller rebuilds and overwrites it).
 */
export async function readSnapshot(
  cacheDir: string,
  corpusKey: string,
): Promise<{ desk: Desk } | { desk?: undefined; reason: string }> {
  const name = await snapshotName(corpusKey);
  const dataPath = join(cacheDir, `${name}.json`);
  const indexPath = join(cacheDir, `${name}.index.json`);
  let dataText: string;
  try {
    dataText = await readFile(dataPath, 'utf8');
  } catch {
    return { reason: 'no snapshot for this corpus' };
  }
  try {
    const envelope = snapshotEnvelope.safeParse(JSON.parse(dataText));
    if (!envelope.success) return { reason: `snapshot ${dataPath} has an unexpected layout` };
    const fingerprint = await codeFingerprint();
    if (envelope.data.corpusKey !== corpusKey || envelope.data.codeFingerprint !== fingerprint) {
      return { reason: 'snapshot was made from another corpus or another version of the code' };
    }
    const indexText = await readFile(indexPath, 'utf8');
    if (Buffer.byteLength(indexText) !== envelope.data.indexBytes) {
      return { reason: `snapshot index ${indexPath} is incomplete` };
    }
    // The envelope was checked above; the rest was written from these very types by writeSnapshot.
    const data = envelope.data as unknown as SnapshotData;
    const passages = PassageIndex.fromJSON(indexText, data.articles);
    // Touch it so pruning keeps the snapshots in use.
    const now = new Date();
    await Promise.all([utimes(dataPath, now, now), utimes(indexPath, now, now)]).catch(() => undefined);
    return {
      desk: assembleDesk({
        corpusKey,
        articles: data.articles,
        problems: data.problems,
        passages,
        quotes: data.quotes,
        places: data.places,
      }),
    };
  } catch (error) {
    return { reason: `snapshot could not be read: ${(error as Error).message}` };
  }
}

/** Save a Desk for its corpus key, atomically, and prune old snapshots. Returns the data file's path. */
export async function writeSnapshot(cacheDir: string, desk: Desk): Promise<string> {
  await mkdir(cacheDir, { recursive: true });
  const name = await snapshotName(desk.corpusKey);
  const indexText = desk.passages.toJSON();
  const data: SnapshotData = {
    format: SNAPSHOT_FORMAT,
    corpusKey: desk.corpusKey,
    codeFingerprint: await codeFingerprint(),
    createdAt: new Date().toISOString(),
    indexBytes: Buffer.byteLength(indexText),
    articles: desk.articles,
    problems: desk.problems,
    quotes: desk.quotes,
    places: desk.places,
  };
  await writeAtomically(join(cacheDir, `${name}.index.json`), indexText);
  const dataPath = join(cacheDir, `${name}.json`);
  await writeAtomically(dataPath, JSON.stringify(data));
  await pruneSnapshots(cacheDir, SNAPSHOTS_KEPT);
  return dataPath;
}

async function writeAtomically(path: string, text: string): Promise<void> {
  const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(temporary, text);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/**
 * Keep the `keep` most recently used snapshots and delete the rest, with temporary files left by a
 * process that died while writing (older than a minute, so as not to race a writer).
 */
export async function pruneSnapshots(cacheDir: string, keep: number): Promise<void> {
  const entries = await readdir(cacheDir).catch(() => [] as string[]);
  const snapshots: { name: string; usedAt: number }[] = [];
  const now = Date.now();
  for (const entry of entries) {
    if (!entry.startsWith(PREFIX)) continue;
    const path = join(cacheDir, entry);
    const info = await stat(path).catch(() => undefined);
    if (!info) continue;
    if (entry.endsWith('.tmp')) {
      if (now - info.mtimeMs > 60_000) await rm(path, { force: true });
      continue;
    }
    if (entry.endsWith('.index.json')) continue;
    if (entry.endsWith('.json')) snapshots.push({ name: entry.slice(0, -'.json'.length), usedAt: info.mtimeMs });
  }
  snapshots.sort((a, b) => b.usedAt - a.usedAt);
  const kept = new Set(snapshots.slice(0, keep).map((snapshot) => snapshot.name));
  const names = new Set(snapshots.map((snapshot) => snapshot.name));
  for (const entry of entries) {
    if (!entry.startsWith(PREFIX) || entry.endsWith('.tmp')) continue;
    const name = entry.replace(/(\.index)?\.json$/, '');
    if (kept.has(name)) continue;
    // An index without its data file may be another process's snapshot half-way through being written.
    if (!names.has(name)) {
      const info = await stat(join(cacheDir, entry)).catch(() => undefined);
      if (!info || now - info.mtimeMs < 60_000) continue;
    }
    await rm(join(cacheDir, entry), { force: true });
  }
}
