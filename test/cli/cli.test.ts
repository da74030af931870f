import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { AskOptions } from '../../src/answer/ask.js';
import type { AskAnswer } from '../../src/answer/types.js';
import { placeMentionsJson, quotationsJson } from '../../src/cli/export.js';
import { parseCliArgs, UsageError } from '../../src/cli/options.js';
import { runCli } from '../../src/cli/run.js';
import type { Desk } from '../../src/desk.js';
import type { CorpusReader } from '../../src/desk-open.js';
import { shimReader } from '../desk/shim-reader.js';
import { testDesk } from '../support/desk.js';
import { tempDir } from '../support/temp-dir.js';

// /ask itself is tested with the answer layer; here: that the CLI passes questions in and maps answers out.
vi.mock('../../src/answer/ask.js', () => ({
  answerAsk: (desk: Desk, question: string, options: AskOptions = {}): AskAnswer => {
    if (question === '???' || question === '') return { kind: 'invalid-input', query: question, reason: 'no words' };
    const article = desk.articles[0];
    if (!article || question.includes('nothing')) return { kind: 'no-match', query: question, hints: ['/town X'] };
    return {
      kind: 'results',
      query: question,
      answer: { type: 'who', text: 'the minister', from: 0 },
      results: [
        {
          articleId: article.id,
          paragraph: 1,
          title: article.title,
          date: '2011-03-31',
          text: article.paragraphs[0] ?? '',
          highlights: [],
          score: 4.25,
        },
      ],
      paging: { offset: options.offset ?? 0, limit: options.limit ?? 3, total: 1 },
    };
  },
}));

let corpusDir: string;
beforeAll(() => {
  corpusDir = tempDir('newsdesk-cli-');
  writeFileSync(join(corpusDir, 'minister.txt'), 'The foreign minister defected to Britain.\n\nHe flew at night.');
});

function collect(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk: Buffer) => {
    text += chunk.toString();
  });
  return { stream, text: () => text };
}

async function run(argv: string[], stdinText = '', reader: CorpusReader = shimReader) {
  const stdout = collect();
  const stderr = collect();
  const code = await runCli(argv, {
    stdin: Readable.from([stdinText]),
    stdout: stdout.stream,
    stderr: stderr.stream,
    env: {},
    reader,
  });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

describe('parseCliArgs', () => {
  it.each([
    [['ask', 'x', '--lmit', '3'], /Unknown option '--lmit'/],
    [['ask', 'x', '--limit', 'three'], /^--limit: must be a whole number.*got "three"/],
    [['ask', 'x', '--limit', '0'], /^--limit: must be at least 1/],
    [['ask', 'x', '--about', 'guns'], /^--about does not apply to "newsdesk ask"/],
    [['quote'], /"newsdesk quote" needs a name/],
    [['town', '--json'], /"newsdesk town" needs a name/],
    [['places', 'Brega'], /did you mean "newsdesk place Brega"/],
    [['search', 'x'], /Unknown command "search"/],
    [['ask', 'x', '--corpus', ' '], /^--corpus: needs a value/],
  ])('rejects %j naming what is wrong', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(UsageError);
    expect(() => parseCliArgs(argv)).toThrow(message);
  });

  it('reads a command, its words and its options', () => {
    expect(parseCliArgs(['quote', 'Col.', 'Bani', '--about', ' weapons ', '--json', '--limit', '7'])).toEqual({
      command: 'quote',
      text: 'Col. Bani',
      hasText: true,
      about: 'weapons',
      limit: 7,
      json: true,
      noCache: false,
      help: false,
    });
  });
});

describe('runCli', () => {
  it('prints the usage for --help and no command, and exits 2 on a mistake', async () => {
    expect((await run(['--help'])).stdout).toContain('Usage: newsdesk COMMAND');
    expect((await run([])).stdout).toContain('ask "QUESTION"');
    const mistake = await run(['ask', 'x', '--limit', 'x']);
    expect(mistake.code).toBe(2);
    expect(mistake.stderr).toContain('--limit');
    expect(mistake.stderr).toContain('newsdesk --help');
  });

  it('names --corpus when the folder does not exist', async () => {
    const result = await run(['ask', 'who', '--corpus', join(corpusDir, 'nope')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^newsdesk: --corpus: the folder .*nope" does not exist/);
  });

  it('writes ask --json with the query, the one-line answer and each result’s source fields', async () => {
    const result = await run(['ask', 'who defected', '--json', '--corpus', corpusDir, '--no-cache']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      query: 'who defected',
      answer: 'the minister',
      results: [
        {
          articleId: 'minister',
          paragraph: 1,
          text: 'The foreign minister defected to Britain.',
          score: 4.25,
          title: 'The foreign minister defected to Britain',
          outlet: null,
          date: '2011-03-31',
          url: null,
        },
      ],
    });
  });

  it('reads one question a line from stdin and writes one JSON line each, from one corpus load', async () => {
    const loads = vi.fn(shimReader.loadCorpus);
    const reader: CorpusReader = { loadCorpus: loads, corpusKey: shimReader.corpusKey };
    const result = await run(['ask', '--corpus', corpusDir, '--no-cache'], 'who defected\n\n???\r\nnothing here\n', reader);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => line.query)).toEqual(['who defected', '???', 'nothing here']);
    expect(lines[0].results).toHaveLength(1);
    expect(lines[1]).toEqual({ query: '???', answer: null, results: [], error: 'no words' });
    expect(lines[2]).toEqual({ query: 'nothing here', answer: null, results: [], hints: ['/town X'] });
    expect(loads).toHaveBeenCalledTimes(1);
  });

  it('asks an empty question given as an argument instead of reading stdin', async () => {
    const result = await run(['ask', '', '--json', '--corpus', corpusDir, '--no-cache'], 'who defected\n');
    expect(JSON.parse(result.stdout)).toEqual({ query: '', answer: null, results: [], error: 'no words' });
  });

  it('prints ask as text, with its source', async () => {
    const result = await run(['ask', 'who', 'defected', '--corpus', corpusDir, '--no-cache']);
    expect(result.stdout).toContain('Who: the minister');
    expect(result.stdout).toContain('1. The foreign minister defected to Britain.');
    expect(result.stdout).toContain('— “The foreign minister defected to Britain” · 2011-03-31 · ¶1');
  });

  it('reports skipped files on stderr, keeping stdout for answers', async () => {
    const withEmpty = tempDir('newsdesk-cli-');
    writeFileSync(join(withEmpty, 'story.txt'), 'Something happened.');
    writeFileSync(join(withEmpty, 'blank.txt'), '\n');
    const result = await run(['ask', 'what happened', '--json', '--corpus', withEmpty, '--no-cache']);
    expect(result.stderr).toContain('newsdesk: skipped blank.txt: the file is empty (skipped). Fix:');
    expect(JSON.parse(result.stdout).query).toBe('what happened');
  });
});

describe('export lines', () => {
  const desk = testDesk([], {
    corpusKey: 'k',
    quotes: {
      quotations: [
        {
          articleId: 'a',
          paragraph: 3,
          endParagraph: 3,
          text: 'We will not leave',
          start: 0,
          end: 19,
          speakerId: 'jo-bloggs',
          speaker: 'Jo Bloggs',
          mention: 'she',
          cue: 'said',
        },
        { articleId: 'b', paragraph: 1, endParagraph: 2, text: 'Nobody knows', start: 4, end: 18 },
      ],
      speakers: [],
    },
    places: {
      places: [
        { id: '1', name: 'Brega', altNames: ['Marsa el-Brega'], country: 'Libya', lat: 30.4, lon: 19.6 },
        { id: 'text:ras lanuf', name: 'Ras Lanuf', altNames: [] },
      ],
      mentions: [
        { articleId: 'a', paragraph: 1, name: 'BREGA', start: 0, end: 5, placeId: '1', isDateline: true },
        { articleId: 'a', paragraph: 2, name: 'Ras Lanuf', start: 9, end: 18, placeId: 'text:ras lanuf', isDateline: false },
      ],
    },
  });

  it('gives each quotation its speaker, mention and cue, null when unknown', () => {
    expect([...quotationsJson(desk)]).toEqual([
      { articleId: 'a', paragraph: 3, text: 'We will not leave', speaker: 'Jo Bloggs', mention: 'she', cue: 'said' },
      { articleId: 'b', paragraph: 1, text: 'Nobody knows', speaker: null, mention: null, cue: null },
    ]);
  });

  it('adds who else said a joint quotation, only where someone did', () => {
    const joint = testDesk([], {
      quotes: {
        quotations: [
          { articleId: 'j', paragraph: 1, endParagraph: 1, text: 'This is a disgrace', start: 0, end: 20, speaker: 'Nancy Pelosi', speakerId: 'nancy-pelosi', withSpeakerIds: ['chuck-schumer'], withSpeakers: ['Chuck Schumer'], mention: 'Pelosi', cue: 'said' },
        ],
        speakers: [],
      },
    });
    expect([...quotationsJson(joint)]).toEqual([
      { articleId: 'j', paragraph: 1, text: 'This is a disgrace', speaker: 'Nancy Pelosi', mention: 'Pelosi', cue: 'said', with: ['Chuck Schumer'] },
    ]);
  });

  it('gives each place mention as written and the place it resolved to', () => {
    expect([...placeMentionsJson(desk)]).toEqual([
      { articleId: 'a', paragraph: 1, name: 'BREGA', place: 'Brega', country: 'Libya', lat: 30.4, lon: 19.6 },
      { articleId: 'a', paragraph: 2, name: 'Ras Lanuf', place: 'Ras Lanuf', country: null, lat: null, lon: null },
    ]);
  });
});
