import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article, LoadedCorpus } from '../../src/corpus/types.js';
import type { CorpusReader } from '../../src/desk-open.js';

/**
 * A minimal stand-in for src/corpus/load.ts: `*.txt` files, paragraphs split at blank lines, a file
 * holding "FAIL" fails the load. It lets the Desk lifecycle be tested apart from the loader's formats.
 */
export const shimReader: CorpusReader = {
  async loadCorpus(dir, options) {
    const names = (await readdir(dir)).filter((name) => name.endsWith('.txt')).sort();
    const corpus: LoadedCorpus = { articles: [], problems: [] };
    for (const [index, name] of names.entries()) {
      const text = await readFile(join(dir, name), 'utf8');
      if (text.includes('FAIL')) throw new Error(`cannot read ${name}`);
      options?.onProgress?.({ done: index + 1, total: names.length, file: name });
      if (text.trim() === '') {
        corpus.problems.push({ file: name, problem: 'the file is empty', fix: 'write the article or delete it' });
        continue;
      }
      const paragraphs = text.split(/\n\s*\n/).map((paragraph) => paragraph.trim()).filter(Boolean);
      const article: Article = {
        id: name.replace(/\.txt$/, ''),
        title: paragraphs[0]?.slice(0, 40) ?? name,
        titleIsDerived: true,
        tags: [],
        paragraphs,
        source: name,
      };
      corpus.articles.push(article);
    }
    return corpus;
  },
  async corpusKey(dir) {
    const hash = createHash('sha256');
    for (const name of (await readdir(dir)).sort()) {
      hash.update(name);
      hash.update(await readFile(join(dir, name)));
    }
    return hash.digest('hex');
  },
};
