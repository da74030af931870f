import { PassThrough } from 'node:stream';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AskOptions } from '../../src/answer/ask.js';
import type { QuoteRequest } from '../../src/answer/quote.js';
import type { AskAnswer, ScoredPassage } from '../../src/answer/types.js';
import { ConsoleSession, startConsole } from '../../src/cli/console.js';
import type { Desk } from '../../src/desk.js';
import { plainStyle } from '../../src/render/text/style.js';
import { testDesk } from '../support/desk.js';

// The answer layer is someone else's; here only the console's paging and wiring are under test.
const calls = vi.hoisted(() => ({ ask: [] as unknown[], quote: [] as unknown[] }));
vi.mock('../../src/answer/ask.js', () => ({
  answerAsk: (_desk: Desk, question: string, options: AskOptions = {}): AskAnswer => {
    calls.ask.push({ question, ...options });
    const all = Array.from({ length: 7 }, (_, index) => index + 1);
    const offset = options.offset ?? 0;
    const limit = options.limit ?? 3;
    const results: ScoredPassage[] = all.slice(offset, offset + limit).map((n) => ({
      articleId: 'a',
      paragraph: n,
      title: 'T',
      text: `passage number ${n}`,
      highlights: [],
      score: 10 - n,
    }));
    return { kind: 'results', query: question, results, paging: { offset, limit, total: all.length } };
  },
}));
vi.mock('../../src/answer/quote.js', () => ({
  answerQuote: (_desk: Desk, request: QuoteRequest) => {
    calls.quote.push(request);
    return { kind: 'unknown-speaker', query: request.speaker, closest: [] };
  },
  suggestSpeakers: (_desk: Desk, partial: string) =>
    partial.toLowerCase().startsWith('ba') ? [{ name: 'Ahmed Bani · 4 quotations', value: 'ahmed-bani' }] : [],
}));
vi.mock('../../src/answer/town.js', () => ({
  answerTown: () => {
    throw new Error('town index missing');
  },
  suggestPlaces: () => [
    { name: 'Brega, Libya · 3', value: '1' },
    { name: 'Unknown', value: 'text:somewhere' },
  ],
}));

const desk = testDesk([], {
  corpusKey: 'k',
  quotes: {
    quotations: [],
    speakers: [
      { id: 'ahmed-bani', name: 'Ahmed Bani', forms: ['Bani'], unnamed: false, articleIds: [], quoteCount: 4, mentions: [] },
    ],
  },
  places: { places: [{ id: '1', name: 'Brega', altNames: [] }], mentions: [] },
});
const desks = { current: () => desk };

beforeEach(() => {
  calls.ask.length = 0;
  calls.quote.length = 0;
});

describe('ConsoleSession', () => {
  it('pages through an answer with /more until there is no more', () => {
    const session = new ConsoleSession(desks, { style: plainStyle });
    const first = session.handle('/ask who defected').text;
    expect(first).toMatch(/^1\. passage number 1$/m);
    expect(first).toMatch(/^3\. passage number 3$/m);
    expect(first).not.toContain('passage number 4');
    expect(first).toContain('Showing 1–3 of 7. Type /more for the next page.');
    const second = session.handle('/more').text;
    expect(second).toMatch(/^4\. passage number 4$/m);
    expect(second).toContain('Showing 4–6 of 7.');
    const third = session.handle('/more').text;
    expect(third).toMatch(/^7\. passage number 7$/m);
    expect(third).not.toContain('/more');
    expect(session.handle('/more').text).toBe('No more results.');
    expect(calls.ask).toEqual([
      { question: 'who defected', offset: 0, limit: 3 },
      { question: 'who defected', offset: 3, limit: 3 },
      { question: 'who defected', offset: 6, limit: 3 },
    ]);
  });

  it('passes the quote options through and forgets the paging of an answer without pages', () => {
    const session = new ConsoleSession(desks, { style: plainStyle });
    session.handle('/ask anything');
    expect(session.handle('/quote Bani about: weapons').text).toContain('Nobody called “Bani”');
    expect(calls.quote).toEqual([{ speaker: 'Bani', about: 'weapons', offset: 0, limit: 5 }]);
    expect(session.handle('/more').text).toBe('Nothing to page through yet: ask something first.');
  });

  it('answers help, unknown commands and quit', () => {
    const session = new ConsoleSession(desks, { style: plainStyle });
    expect(session.handle('/help').text).toContain('/quote NAME [about: WORDS]');
    expect(session.handle('/weather').text).toBe('Unknown command /weather. Type /help for the list.');
    expect(session.handle('/quit')).toEqual({ text: '', quit: true });
  });
});

describe('tab completion', () => {
  const session = new ConsoleSession(desks, { style: plainStyle });

  it('completes command names', () => {
    expect(session.complete('/q')).toEqual([['/quote ', '/quit'], '/q']);
    expect(session.complete('/T')).toEqual([['/town '], '/T']);
  });

  it('completes speakers and places to the names the corpus uses', () => {
    expect(session.complete('/quote ba')).toEqual([['/quote Ahmed Bani'], '/quote ba']);
    expect(session.complete('/quote speaker: ba')).toEqual([['/quote Ahmed Bani'], '/quote speaker: ba']);
    // Several candidates that do not all extend the typed text: the typed line stays among them.
    expect(session.complete('/town Bre')).toEqual([['/town Bre', '/town Brega', '/town Unknown'], '/town Bre']);
  });

  it('offers nothing for the about option or a question', () => {
    expect(session.complete('/quote Bani about: wea')[0]).toEqual([]);
    expect(session.complete('/ask who')[0]).toEqual([]);
  });
});

describe('startConsole', () => {
  it('answers line by line, survives a failing command, and ends on /quit', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let written = '';
    output.on('data', (chunk: Buffer) => {
      written += chunk.toString();
    });
    const errors: unknown[] = [];
    const terminal = startConsole(desks, { input, output }, (error) => errors.push(error));
    input.write('/town Brega\n/ask who\n/quit\n');
    await terminal.closed;
    expect(errors).toHaveLength(1);
    expect(written).toContain('Something went wrong answering that; it has been logged.');
    expect(written).toContain('1. passage number 1');
    expect(written).not.toContain('\u001b');
  });
});
