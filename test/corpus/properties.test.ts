import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../src/corpus/load.js';

// Text built from the pieces that the parsers react to, so that random input reaches every rule.
const piece = fc.constantFrom(
  '\n', '\n\n', ' ', '\u00a0', '\t', '\r\n', '&rsquo;', '&amp;', '&', '—', ' - ', '**', '*', '_', '[', '](', ')',
  '`', '#', '> ', '- ', '---', '"', '“', 'BREGA, Libya', 'WASHINGTON', ' reported from ', 'Reporting by ',
  'Ann Lee', '.', '?', 'By ', 'title: x', '\u200b', 'é', 'e\u0301',
);
const articleText = fc.array(fc.oneof(piece, fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 6 })), {
  maxLength: 60,
});

describe('any text', () => {
  it.each(['a.txt', 'a.md', 'a.jsonl'])('is read by %s without throwing, as articles or as problems', (path) => {
    fc.assert(
      fc.property(articleText, (pieces) => {
        const parsed = parseArticleFile(path, Buffer.from(pieces.join(''), 'utf8'));
        expect(parsed.articles.length + parsed.problems.length).toBeGreaterThan(0);
        for (const article of parsed.articles) {
          expect(article.paragraphs.length).toBeGreaterThan(0);
          expect(article.title.trim()).not.toBe('');
          for (const paragraph of article.paragraphs) {
            expect(paragraph).toBe(paragraph.trim());
            expect(paragraph).not.toBe('');
            expect(paragraph).not.toMatch(/\s{2}|[\n\t\u00a0\u200b]/);
          }
        }
        for (const problem of parsed.problems) {
          expect(problem.file).toBe(path);
          expect(problem.fix).not.toBe('');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never loses a word of an ordinary paragraph', () => {
    const word = fc.stringMatching(/^[a-z]{1,8}$/);
    fc.assert(
      fc.property(fc.array(fc.array(word, { minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 6 }), (paragraphs) => {
        const text = paragraphs.map((words) => `${words.join(' ')}.`).join('\n\n');
        const article = parseArticleFile('p.txt', Buffer.from(text)).articles[0];
        expect(article?.paragraphs).toEqual(paragraphs.map((words) => `${words.join(' ')}.`));
      }),
      { numRuns: 200 },
    );
  });
});
