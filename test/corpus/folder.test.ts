import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusKey, loadCorpus } from '../../src/corpus/load.js';
import type { LoadProgress } from '../../src/corpus/types.js';
import { articleById, corpusFolder } from './helpers.js';

describe('reading a corpus folder', () => {
  it('reads sub-folders and leaves out READMEs, dotfiles, dot-folders and sidecars', async () => {
    const corpus = await loadCorpus(
      corpusFolder({
        'README.md': '# About this corpus\n\nNot an article.\n',
        'readme.txt': 'Not an article either.\n',
        '.hidden.txt': 'Hidden.\n',
        '.git/config.txt': 'Not an article.\n',
        '2024/may/story.txt': 'A story.\n',
        'story2.md': 'Another.\n',
      }),
    );
    expect(corpus.problems).toEqual([]);
    expect(corpus.articles.map((article) => [article.id, article.source])).toEqual([
      ['story', '2024/may/story.txt'],
      ['story2', 'story2.md'],
    ]);
  });

  it('reports progress for every article file, ending at the total', async () => {
    const files = Object.fromEntries(Array.from({ length: 40 }, (_, index) => [`s${index}.txt`, `Story ${index}.\n`]));
    const seen: LoadProgress[] = [];
    const corpus = await loadCorpus(corpusFolder(files), { onProgress: (progress) => seen.push(progress), concurrency: 4 });
    expect(corpus.articles).toHaveLength(40);
    expect(seen).toHaveLength(40);
    expect(seen.map((progress) => progress.done)).toEqual(Array.from({ length: 40 }, (_, index) => index + 1));
    expect(new Set(seen.map((progress) => progress.file)).size).toBe(40);
    expect(seen.every((progress) => progress.total === 40)).toBe(true);
  });

  it('returns articles in path order however the reads finish', async () => {
    const files = Object.fromEntries(Array.from({ length: 30 }, (_, index) => [`${String(index).padStart(2, '0')}.txt`, `Story ${index}.\n`]));
    const corpus = await loadCorpus(corpusFolder(files), { concurrency: 8 });
    expect(corpus.articles.map((article) => article.id)).toEqual(Object.keys(files).map((name) => name.slice(0, 2)));
  });

  it('throws a clear error for a folder that does not exist', async () => {
    await expect(loadCorpus('/nonexistent/newsdesk-corpus')).rejects.toThrow(/does not exist.*CORPUS_DIR/);
  });
});

describe('sidecar metadata', () => {
  const STORY = 'Dam plan approved\n\nBy Tom Hale\n\nThe council approved the dam.\n\nWork starts in June.\n';

  it('overrides what the file gives', async () => {
    const corpus = await loadCorpus(
      corpusFolder({
        'dam.txt': STORY,
        'dam.meta.json': JSON.stringify({ title: 'Council backs dam', byline: 'Tom Hale and Ann Cole', url: 'https://example.net/dam', tags: ['water'] }),
      }),
    );
    expect(corpus.problems).toEqual([]);
    expect(articleById(corpus, 'dam')).toMatchObject({
      title: 'Council backs dam',
      titleIsDerived: false,
      byline: 'Tom Hale and Ann Cole',
      url: 'https://example.net/dam',
      tags: ['water'],
      paragraphs: ['The council approved the dam.', 'Work starts in June.'],
    });
  });

  it('gives a byline that wins over the one read from the credits', async () => {
    const story = 'Talks resumed.\n\nAnn Wu reported from Hong Kong.\n';
    const without = await loadCorpus(corpusFolder({ 't.txt': story }));
    expect(articleById(without, 't').byline).toBe('Ann Wu');
    const withSidecar = await loadCorpus(corpusFolder({ 't.txt': story, 't.meta.json': '{"byline": "Ann Wu and Li Na"}' }));
    expect(articleById(withSidecar, 't')).toMatchObject({ byline: 'Ann Wu and Li Na', credits: 'Ann Wu reported from Hong Kong.' });
  });

  it('keeps what the file gives for the fields the sidecar leaves out', async () => {
    const corpus = await loadCorpus(corpusFolder({ 'dam.txt': STORY, 'dam.meta.json': '{"outlet": "Valley News"}' }));
    expect(articleById(corpus, 'dam')).toMatchObject({ title: 'Dam plan approved', byline: 'Tom Hale', outlet: 'Valley News' });
    expect(articleById(corpus, 'dam').date).toBeUndefined();
  });

  it('a bad sidecar is reported with its own name and line, and the article skipped', async () => {
    const corpus = await loadCorpus(
      corpusFolder({ 'dam.txt': STORY, 'dam.meta.json': '{\n  "outlet": "Valley News",\n  "date": "30 March 2011"\n}\n', 'ok.txt': 'Fine.\n' }),
    );
    expect(corpus.articles.map((article) => article.id)).toEqual(['ok']);
    expect(corpus.problems).toEqual([expect.objectContaining({ file: 'dam.meta.json', line: 3, problem: expect.stringMatching(/date/) })]);
  });

  it('a sidecar that is not JSON names the line', async () => {
    const corpus = await loadCorpus(corpusFolder({ 'dam.txt': STORY, 'dam.meta.json': '{\n  "outlet": "Valley News",\n}\n' }));
    expect(corpus.problems).toEqual([expect.objectContaining({ file: 'dam.meta.json', problem: expect.stringMatching(/not valid JSON/) })]);
    expect(corpus.problems[0]?.line).toBeGreaterThanOrEqual(2);
  });

  it('a sidecar with no article beside it is reported', async () => {
    const corpus = await loadCorpus(corpusFolder({ 'ok.txt': 'Fine.\n', 'gone.meta.json': '{"outlet": "X"}' }));
    expect(corpus.articles).toHaveLength(1);
    expect(corpus.problems).toEqual([expect.objectContaining({ file: 'gone.meta.json', problem: expect.stringMatching(/no article/) })]);
  });
});

describe('corpusKey', () => {
  it('is a sha256 that changes with any file’s bytes or name, and not with dotfiles', async () => {
    const dir = corpusFolder({ 'a.txt': 'One.\n', 'sub/b.md': 'Two.\n' });
    const first = await corpusKey(dir);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(await corpusKey(dir)).toBe(first);

    writeFileSync(join(dir, '.DS_Store'), 'noise');
    expect(await corpusKey(dir)).toBe(first);

    writeFileSync(join(dir, 'a.txt'), 'One!\n');
    const edited = await corpusKey(dir);
    expect(edited).not.toBe(first);

    writeFileSync(join(dir, 'a.meta.json'), '{"outlet": "X"}');
    const withSidecar = await corpusKey(dir);
    expect(withSidecar).not.toBe(edited);

    rmSync(join(dir, 'a.meta.json'));
    expect(await corpusKey(dir)).toBe(edited);
  });

  it('counts only the name of a file the loader never reads', async () => {
    const dir = corpusFolder({ 'a.txt': 'One.\n', 'README.md': 'About.\n', 'clip.mp4': 'frames' });
    const first = await corpusKey(dir);
    writeFileSync(join(dir, 'README.md'), 'About, revised.\n');
    writeFileSync(join(dir, 'clip.mp4'), 'other frames');
    expect(await corpusKey(dir)).toBe(first);
    rmSync(join(dir, 'clip.mp4'));
    expect(await corpusKey(dir)).not.toBe(first);
  });

  it('differs when a file moves, even with the same bytes', async () => {
    const here = await corpusKey(corpusFolder({ 'a.txt': 'Same.\n' }));
    const there = await corpusKey(corpusFolder({ 'b.txt': 'Same.\n' }));
    expect(here).not.toBe(there);
  });
});
