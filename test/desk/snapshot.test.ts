import { readdirSync, writeFileSync } from 'node:fs';
import { mkdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { type OpenProgress, openDesk } from '../../src/desk-open.js';
import { pruneSnapshots, snapshotName } from '../../src/desk-snapshot.js';
import { tempDir } from '../support/temp-dir.js';
import { shimReader } from './shim-reader.js';

let corpusDir: string;
let cacheDir: string;

beforeEach(() => {
  const root = tempDir('newsdesk-snapshot-');
  corpusDir = join(root, 'corpus');
  cacheDir = join(root, 'cache');
  return mkdir(corpusDir).then(() =>
    Promise.all([
      writeFile(join(corpusDir, 'port.txt'), 'The rebels held the oil port.\n\nThey fell back at dusk.'),
      writeFile(join(corpusDir, 'minister.txt'), 'The foreign minister defected to Britain.'),
      writeFile(join(corpusDir, 'empty.txt'), '   \n'),
    ]),
  );
});

describe('openDesk with a snapshot', () => {
  it('builds the first time, then loads the same desk from the snapshot', async () => {
    const first = await openDesk(corpusDir, { cacheDir, reader: shimReader });
    expect(first.from).toBe('build');
    const second = await openDesk(corpusDir, { cacheDir, reader: shimReader });
    expect(second.from).toBe('snapshot');
    const { desk: built } = first;
    const { desk: loaded } = second;
    expect(loaded.corpusKey).toBe(built.corpusKey);
    expect(loaded.articles).toEqual(built.articles);
    expect(loaded.problems).toEqual(built.problems);
    expect(loaded.quotes).toEqual(built.quotes);
    expect(loaded.places).toEqual(built.places);
    expect(loaded.passages.size).toBe(built.passages.size);
    for (const query of ['who defected', 'oil port', 'rebels fell back']) {
      expect(loaded.passages.search(query)).toEqual(built.passages.search(query));
    }
    expect([...loaded.articleById.keys()].sort()).toEqual(['minister', 'port']);
    expect(loaded.problems.map((problem) => problem.file)).toEqual(['empty.txt']);
  });

  it('rebuilds when the corpus content changes, and loads the new snapshot after', async () => {
    const first = await openDesk(corpusDir, { cacheDir, reader: shimReader });
    writeFileSync(join(corpusDir, 'minister.txt'), 'The foreign minister resigned.');
    const changed = await openDesk(corpusDir, { cacheDir, reader: shimReader });
    expect(changed.from).toBe('build');
    expect(changed.desk.corpusKey).not.toBe(first.desk.corpusKey);
    expect(changed.desk.articleById.get('minister')?.paragraphs).toEqual(['The foreign minister resigned.']);
    expect((await openDesk(corpusDir, { cacheDir, reader: shimReader })).from).toBe('snapshot');
  });

  it('rebuilds over a damaged snapshot instead of failing', async () => {
    const { desk } = await openDesk(corpusDir, { cacheDir, reader: shimReader });
    const name = await snapshotName(desk.corpusKey);
    writeFileSync(join(cacheDir, `${name}.json`), '{"format": 1, "corpusKey": "trunc');
    const reopened = await openDesk(corpusDir, { cacheDir, reader: shimReader });
    expect(reopened.from).toBe('build');
    expect(reopened.desk.articles).toEqual(desk.articles);
    writeFileSync(join(cacheDir, `${name}.index.json`), '{}{}');
    expect((await openDesk(corpusDir, { cacheDir, reader: shimReader })).from).toBe('build');
  });

  it('reports its stages and reading progress', async () => {
    const stages: OpenProgress[] = [];
    await openDesk(corpusDir, { cacheDir, reader: shimReader, onProgress: (progress) => stages.push(progress) });
    expect(stages.map((progress) => progress.stage)).toEqual([
      'key',
      'snapshot-load',
      'read',
      'read',
      'read',
      'build',
      'snapshot-write',
    ]);
    expect(stages.at(2)).toMatchObject({ stage: 'read', done: 1, total: 3 });
  });

  it('builds without touching the disk when there is no cache folder', async () => {
    const opened = await openDesk(corpusDir, { reader: shimReader });
    expect(opened.from).toBe('build');
    expect((await openDesk(corpusDir, { reader: shimReader })).from).toBe('build');
  });

  it('keeps the most recently used snapshots and leaves no temporary files', async () => {
    for (let version = 0; version < 6; version++) {
      writeFileSync(join(corpusDir, 'minister.txt'), `Version ${version} of the story.`);
      await openDesk(corpusDir, { cacheDir, reader: shimReader });
    }
    const files = readdirSync(cacheDir);
    expect(files.filter((file) => file.endsWith('.tmp'))).toEqual([]);
    expect(files.filter((file) => !file.endsWith('.index.json'))).toHaveLength(4);
    expect(files.filter((file) => file.endsWith('.index.json'))).toHaveLength(4);
    // The newest is among those kept: opening it again loads.
    expect((await openDesk(corpusDir, { cacheDir, reader: shimReader })).from).toBe('snapshot');
  });

  it('prunes by last use, not by creation', async () => {
    await mkdir(cacheDir, { recursive: true });
    const old = new Date(Date.now() - 3_600_000);
    for (const name of ['desk-a', 'desk-b', 'desk-c']) {
      writeFileSync(join(cacheDir, `${name}.json`), '{}');
      writeFileSync(join(cacheDir, `${name}.index.json`), '{}');
      await utimes(join(cacheDir, `${name}.json`), old, old);
      await utimes(join(cacheDir, `${name}.index.json`), old, old);
    }
    const recent = new Date();
    await utimes(join(cacheDir, 'desk-a.json'), recent, recent);
    writeFileSync(join(cacheDir, 'unrelated.txt'), 'kept');
    await pruneSnapshots(cacheDir, 1);
    expect(readdirSync(cacheDir).sort()).toEqual(['desk-a.index.json', 'desk-a.json', 'unrelated.txt']);
  });
});
