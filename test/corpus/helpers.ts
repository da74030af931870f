import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach } from 'vitest';
import type { Article, LoadedCorpus } from '../../src/corpus/types.js';
import { tempDir } from '../support/temp-dir.js';

const made: string[] = [];

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A corpus folder in the system's temp folder holding `files` (path → text or bytes), removed after the test. */
export function corpusFolder(files: Record<string, string | Uint8Array>): string {
  const dir = tempDir('newsdesk-corpus-');
  made.push(dir);
  for (const [path, content] of Object.entries(files)) {
    const absolute = join(dir, path);
    mkdirSync(dirname(absolute), { recursive: true });
    writeFileSync(absolute, content);
  }
  return dir;
}

export function articleById(corpus: LoadedCorpus, id: string): Article {
  const article = corpus.articles.find((candidate) => candidate.id === id);
  if (!article) throw new Error(`no article "${id}"; loaded: ${corpus.articles.map((a) => a.id).join(', ')}`);
  return article;
}

export function bytes(text: string): Buffer {
  return Buffer.from(text, 'utf8');
}
