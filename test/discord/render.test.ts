import { describe, expect, it } from 'vitest';
import type { AskAnswer, QuoteAnswer, SourceRef, TownAnswer } from '../../src/answer/types.js';
import { renderAsk } from '../../src/render/discord/ask.js';
import { parsePageButton } from '../../src/render/discord/buttons.js';
import { renderQuote } from '../../src/render/discord/quote.js';
import { renderTown } from '../../src/render/discord/town.js';
import { expectWithinDiscordLimits } from './payload-check.js';

const source: SourceRef = {
  articleId: 'a1',
  paragraph: 4,
  title: 'Port changes hands',
  outlet: 'The Harbour Post',
  byline: 'Ana Ruiz',
  date: '2024-05-02',
  url: 'https://harbour.example/port',
};

function withBold(text: string, word: string) {
  const start = text.indexOf(word);
  return { text, highlights: [{ start, end: start + word.length }] };
}

describe('/ask reply', () => {
  const answer: AskAnswer = {
    kind: 'results',
    query: 'who sold the port',
    answer: { type: 'who', text: 'Marta *Vega* <@123456789012345678>', from: 0 },
    results: [{ ...source, ...withBold('The port was sold by Marta Vega, a_trader, to @everyone.', 'sold'), score: 3 }],
    paging: { offset: 0, limit: 1, total: 4 },
  };
  const payload = renderAsk(answer, { pageId: 'p1' });

  it('puts the one-line answer above the passages, shown as text', () => {
    expect(payload.content).toBe('**Who:** Marta \\*Vega\\* <\u200b@123456789012345678>');
  });

  it('bolds the query words, escapes the rest and breaks mentions', () => {
    const description = payload.embeds[0]?.description ?? '';
    expect(description).toContain('**1.** The port was **sold** by Marta Vega, a\\_trader, to @\u200beveryone.');
  });

  it('gives the source line with outlet, title, byline, date, paragraph and link', () => {
    expect(payload.embeds[0]?.description).toContain(
      '— The Harbour Post · “Port changes hands” · by Ana Ruiz · 2024-05-02 · ¶4 · [link](<https://harbour.example/port>)',
    );
  });

  it('pages with Previous (disabled on the first page) and Next buttons', () => {
    const buttons = payload.components[0]?.components ?? [];
    expect(buttons.map((button) => [button.label, button.disabled])).toEqual([
      ['Previous', true],
      ['Next', false],
    ]);
    expect(parsePageButton(buttons[1]?.custom_id ?? '')).toEqual({ command: 'ask', pageId: 'p1', offset: 1 });
    expect(payload.embeds[0]?.footer?.text).toBe('Showing 1–1 of 4');
    expectWithinDiscordLimits(payload);
  });

  it('answers no match with the spelling suggestion and pointers to other commands', () => {
    const reply = renderAsk({ kind: 'no-match', query: 'who defectd', suggestion: 'who defected', hints: ['Try `/town Brega` or `/quote Bani`.'] });
    const description = reply.embeds[0]?.description ?? '';
    expect(description).toContain('Nothing in the corpus answers “who defectd”.');
    expect(description).toContain('Did you mean **who defected**? Try `/ask who defected`.');
    expect(description).toContain('Try `/town Brega` or `/quote Bani`.');
  });

  it('tells only the asker what is wrong with the question', () => {
    const reply = renderAsk({ kind: 'invalid-input', query: '???', reason: 'The question has no words, e.g. `/ask who defected`.' });
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toBe('Cannot run `/ask` with that: The question has no words, e.g. `/ask who defected`.');
  });
});

describe('/quote reply', () => {
  const speaker = { id: 's1', name: 'Col. Ahmed Bani', role: 'a rebel officer', forms: ['Bani'], quoteCount: 2 };

  it('shows the speaker and role, then each quotation in their words with its source', () => {
    const answer: QuoteAnswer = {
      kind: 'quotes',
      speaker,
      quotes: [
        { ...source, text: 'We will hold\nthe port', endParagraph: 5 },
        { ...source, paragraph: 7, text: 'Never', endParagraph: 7 },
      ],
      paging: { offset: 0, limit: 5, total: 2 },
    };
    const reply = renderQuote(answer, { pageId: 'q1' });
    const description = reply.embeds[0]?.description ?? '';
    expect(reply.embeds[0]?.title).toBe('Quotes by Col. Ahmed Bani');
    expect(description.startsWith('**Col. Ahmed Bani**, a rebel officer: 2 quotations')).toBe(true);
    expect(description).toContain('**1.** “We will hold … the port”\n— The Harbour Post · “Port changes hands” · by Ana Ruiz · 2024-05-02 · ¶4–5');
    expect(reply.components).toEqual([]);
  });

  it('says when a person is mentioned but never quoted', () => {
    const reply = renderQuote({
      kind: 'mentioned-not-quoted',
      speaker: { ...speaker, quoteCount: 0 },
      mentionCount: 3,
      passages: [{ ...source, ...withBold('Bani left.', 'Bani') }],
      paging: { offset: 0, limit: 5, total: 3 },
    });
    expect(reply.embeds[0]?.description).toContain('**Col. Ahmed Bani**, a rebel officer, is mentioned in 3 passages but never quoted directly.');
    expect(reply.embeds[0]?.description).toContain('**Bani** left.');
  });

  it('offers the closest names for an unknown one', () => {
    const reply = renderQuote({ kind: 'unknown-speaker', query: 'Bany', closest: ['Col. Ahmed Bani', 'Jay Carney'] });
    expect(reply.embeds[0]?.description).toContain('Closest names: **Col. Ahmed Bani**, **Jay Carney**');
  });
});

describe('/town reply', () => {
  const place = {
    id: 'p1',
    name: 'Brega',
    altNames: ['Brega', 'Marsa el Brega', 'Al Burayqah'],
    country: 'Libya',
    lat: 30.40624,
    lon: 19.57386,
    mapUrl: 'https://www.openstreetmap.org/?mlat=30.40624&mlon=19.57386#map=10/30.40624/19.57386',
  };

  it('shows country, coordinates, a map link, other spellings and counts above the passages', () => {
    const answer: TownAnswer = {
      kind: 'town',
      place,
      articleCount: 1,
      passageCount: 2,
      passages: [{ ...source, paragraph: 1, ...withBold('BREGA, Libya — Rebels fled.', 'BREGA'), isDateline: true }],
      paging: { offset: 0, limit: 1, total: 2 },
    };
    const reply = renderTown(answer, { pageId: 't1' });
    const description = reply.embeds[0]?.description ?? '';
    expect(reply.embeds[0]?.title).toBe('Brega');
    expect(description).toContain(`Libya · 30.4062, 19.5739 · [OpenStreetMap](<${place.mapUrl}>)`);
    expect(description).toContain('Also written: Marsa el Brega, Al Burayqah');
    expect(description).toContain('Named in 2 passages of 1 article.');
    expect(description).toContain('**1.** **BREGA**, Libya — Rebels fled.');
    expect(description).toContain('¶1 · datelined here');
    expect(reply.components[0]?.components.map((button) => button.label)).toEqual(['Previous', 'Next']);
  });

  it('says a known place is not mentioned, and lists close places for an unknown name', () => {
    expect(renderTown({ kind: 'not-mentioned', place }).embeds[0]?.description).toContain('Brega is not mentioned in the corpus.');
    const unknown = renderTown({ kind: 'unknown-place', query: 'Bregga', closest: ['Brega'] });
    expect(unknown.embeds[0]?.description).toContain('Closest places: **Brega**');
  });
});
