import { describe, expect, it } from 'vitest';
import { loadCorpus, parseArticleFile } from '../../src/corpus/load.js';
import { parseArticleFileInSlices } from '../../src/corpus/parse.js';
import { articleById, bytes, corpusFolder } from './helpers.js';

const row = (fields: Record<string, unknown>) => JSON.stringify(fields);

const FEED = [
  row({
    id: 'wire-1',
    title: 'Port strike ends',
    url: 'https://wire.example.com/1',
    date: '2023-06-01',
    byline: 'Ada Park',
    outlet: 'Example Wire',
    text: 'ROTTERDAM, Netherlands — Dock workers returned on Thursday.\n\nShips queued offshore.',
    category: 'business',
  }),
  '',
  '{"id": "wire-2", "title": broken}',
  row({ id: 'wire-3', text: 'No title here, so one is made.\n\nSecond paragraph.' }),
  row({ id: 'wire-4', title: 'Bad date', date: '2023-13-45', text: 'Body.' }),
  row({ title: 'No id', text: 'Body.' }),
  row({ id: 'wire-5', text: '   \n\n  ' }),
  row({ id: 42, title: null, text: 'Numbered id.' }),
].join('\n');

describe('JSON Lines articles', () => {
  const parsed = parseArticleFile('feed.jsonl', bytes(FEED));

  it('loads every good row, whatever the bad rows around it', () => {
    expect(parsed.articles.map((article) => article.id)).toEqual(['wire-1', 'wire-3', '42']);
  });

  it('reads the fields of a row and its text as paragraphs', () => {
    expect(parsed.articles[0]).toMatchObject({
      id: 'wire-1',
      title: 'Port strike ends',
      titleIsDerived: false,
      url: 'https://wire.example.com/1',
      date: '2023-06-01',
      byline: 'Ada Park',
      outlet: 'Example Wire',
      dateline: 'ROTTERDAM, Netherlands',
      paragraphs: ['ROTTERDAM, Netherlands — Dock workers returned on Thursday.', 'Ships queued offshore.'],
      source: 'feed.jsonl:1',
    });
    expect(parsed.articles[1]).toMatchObject({ title: 'No title here, so one is made', titleIsDerived: true, source: 'feed.jsonl:4' });
  });

  it('reports each bad row with the file and its line number', () => {
    expect(parsed.problems.map((problem) => [problem.file, problem.line])).toEqual([
      ['feed.jsonl', 3],
      ['feed.jsonl', 5],
      ['feed.jsonl', 6],
      ['feed.jsonl', 7],
    ]);
    expect(parsed.problems[0]?.problem).toMatch(/not valid JSON/);
    expect(parsed.problems[1]?.problem).toMatch(/date/);
    expect(parsed.problems[1]?.fix).toMatch(/YYYY-MM-DD/);
    expect(parsed.problems[2]?.problem).toMatch(/id/);
    expect(parsed.problems[3]?.problem).toMatch(/no paragraphs/);
    for (const problem of parsed.problems) expect(problem.fix.length).toBeGreaterThan(10);
  });

  it('reports a duplicate id across files, naming where it was first loaded', async () => {
    const corpus = await loadCorpus(
      corpusFolder({
        'a.jsonl': row({ id: 'same', text: 'First.' }),
        'b.jsonl': `${row({ id: 'other', text: 'Other.' })}\n${row({ id: 'same', text: 'Second.' })}`,
      }),
    );
    expect(articleById(corpus, 'same').paragraphs).toEqual(['First.']);
    expect(corpus.articles).toHaveLength(2);
    expect(corpus.problems).toEqual([
      expect.objectContaining({ file: 'b.jsonl', line: 2, problem: expect.stringContaining('a.jsonl:1') }),
    ]);
  });

  it.each([
    ['2023-06-01T09:30:00Z', '2023-06-01T09:30:00Z'],
    ['2023-06-01T09:30:00+02:00', '2023-06-01T09:30:00+02:00'],
    ['2023-06-01 09:30:00', '2023-06-01T09:30:00'],
  ])('reads the timestamp %j as a date', (date, stored) => {
    const result = parseArticleFile('t.jsonl', bytes(row({ id: 't', date, text: 'Body.' })));
    expect(result.articles[0]?.date).toBe(stored);
  });

  it.each(['June 1, 2023', '01/06/2023', '2023-02-30'])('refuses the date %j rather than guess', (date) => {
    const result = parseArticleFile('t.jsonl', bytes(row({ id: 't', date, text: 'Body.' })));
    expect(result.articles).toEqual([]);
    expect(result.problems[0]?.fix).toMatch(/YYYY-MM-DD/);
  });

  it('drops a first paragraph that only repeats the title', () => {
    const text = 'Port Strike Ends.\n\nDock workers returned on Thursday.';
    const result = parseArticleFile('t.jsonl', bytes(row({ id: 't', title: 'Port strike ends', text })));
    expect(result.articles[0]?.paragraphs).toEqual(['Dock workers returned on Thursday.']);
    const other = parseArticleFile('u.jsonl', bytes(row({ id: 'u', title: 'Ports reopen', text })));
    expect(other.articles[0]?.paragraphs).toHaveLength(2);
  });

  it('gives the same articles and problems when parsed in slices, as the loader does', async () => {
    const many = Array.from({ length: 500 }, (_, index) => row({ id: `r${index}`, text: `Row ${index}.\n\nMore.` }));
    const text = bytes([FEED, ...many].join('\n'));
    expect(await parseArticleFileInSlices('feed.jsonl', text)).toEqual(parseArticleFile('feed.jsonl', text));
  });

  it('applies the size limit to each row, not to the whole file', () => {
    const big = row({ id: 'big', text: 'x'.repeat(2000) });
    const small = row({ id: 'small', text: 'Small.' });
    const result = parseArticleFile('f.jsonl', bytes(`${big}\n${small}`), { maxFileBytes: 1000 });
    expect(result.articles.map((article) => article.id)).toEqual(['small']);
    expect(result.problems).toEqual([expect.objectContaining({ line: 1, problem: expect.stringMatching(/over the .* limit/) })]);
  });
});
