import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { progressReporter } from '../../src/cli/progress.js';
import { describeProblem } from '../../src/desk-open.js';

function stream(isTTY: boolean) {
  const out = Object.assign(new PassThrough(), { isTTY });
  let text = '';
  out.on('data', (chunk: Buffer) => {
    text += chunk.toString();
  });
  return { out, text: () => text };
}

describe('progressReporter', () => {
  it('redraws one line on a terminal and clears it when done', () => {
    const { out, text } = stream(true);
    const progress = progressReporter(out);
    progress.onProgress({ stage: 'key' });
    progress.onProgress({ stage: 'read', done: 1, total: 3, file: 'a.txt' });
    progress.onProgress({ stage: 'read', done: 3, total: 3, file: 'c.txt' });
    progress.onProgress({ stage: 'build', articles: 3 });
    progress.done();
    expect(text()).toContain('\r\u001b[2KReading articles 3/3');
    expect(text()).toContain('Indexing 3 articles…');
    expect(text().endsWith('\r\u001b[2K')).toBe(true);
    expect(text()).not.toContain('\n');
  });

  it('writes nothing when stderr is not a terminal', () => {
    const { out, text } = stream(false);
    const progress = progressReporter(out);
    progress.onProgress({ stage: 'read', done: 3, total: 3, file: 'c.txt' });
    progress.done();
    expect(text()).toBe('');
  });
});

describe('describeProblem', () => {
  it('names the file, the line of a JSON Lines row, the problem and the fix', () => {
    expect(describeProblem({ file: 'feed.jsonl', line: 12, problem: 'no text', fix: 'add a "text" field' })).toBe(
      'feed.jsonl:12: no text (skipped). Fix: add a "text" field',
    );
  });
});
