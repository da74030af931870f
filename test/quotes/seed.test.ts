import { describe, expect, it } from 'vitest';
import { analyseQuotes } from '../../src/analyse/quotes/index.js';
import { answerQuote, suggestSpeakers } from '../../src/answer/quote.js';
import { deskOf, seedArticle } from './helpers.js';

const desk = deskOf([seedArticle()]);

function quotesOf(speaker: string): string[] {
  const answer = answerQuote(desk, { speaker, limit: 50 });
  if (answer.kind !== 'quotes') throw new Error(`expected quotes for ${speaker}, got ${answer.kind}`);
  return answer.quotes.map((quote) => quote.text);
}

describe('the seed article', () => {
  it('gives Bani exactly his four quotations, in document order', () => {
    const quotes = quotesOf('Bani');
    expect(quotes).toHaveLength(4);
    expect(quotes[0]).toContain('dissolved like snow in the sand');
    expect(quotes[1]).toContain('tactical withdrawal');
    expect(quotes[2]).toContain('Ajdabiya will not fall');
    expect(quotes[3]).toMatch(/^The truth is the truth.*bad taste in your mouth\.$/);
  });

  it('knows Bani by every form of his name, with his role', () => {
    for (const form of ['Col. Ahmaed Omar Bani', 'colonel bani', 'Ahmaed Omar Bani', 'BANI']) {
      const answer = answerQuote(desk, { speaker: form });
      expect(answer.kind, form).toBe('quotes');
      if (answer.kind === 'quotes') {
        expect(answer.speaker.name).toBe('Ahmaed Omar Bani');
        expect(answer.speaker.role).toBe('a senior rebel officer');
      }
    }
  });

  it('forgives a typo in the name', () => {
    const answer = answerQuote(desk, { speaker: 'Banni' });
    expect(answer.kind).toBe('quotes');
    if (answer.kind === 'quotes') expect(answer.speaker.name).toBe('Ahmaed Omar Bani');
  });

  it('gives Baras, Gebke, Carney and the unnamed official their own words', () => {
    expect(quotesOf('Baras')).toEqual(['God will rescue Libya from this moment!']);
    expect(quotesOf('Gebke')).toEqual(['The operation is continuing and will continue throughout the transition']);
    const carney = quotesOf('Carney');
    expect(carney).toHaveLength(1);
    expect(carney[0]).toMatch(/^No decision has been made.*ruling it in\.$/);
    const official = quotesOf('official');
    expect(official).toHaveLength(1);
    expect(official[0]).toMatch(/^We think he could be the beginning.*But we don’t know\.$/);
  });

  it('says Koussa is mentioned but never quoted, with the passages', () => {
    const answer = answerQuote(desk, { speaker: 'Koussa' });
    expect(answer.kind).toBe('mentioned-not-quoted');
    if (answer.kind === 'mentioned-not-quoted') {
      expect(answer.speaker.name).toBe('Moussa Koussa');
      expect(answer.mentionCount).toBe(2);
      expect(answer.passages.map((passage) => passage.paragraph)).toEqual([3, 4]);
      expect(answer.passages[0]?.highlights.length).toBeGreaterThan(0);
    }
  });

  it('attributes every quotation of the article', () => {
    const { quotations } = analyseQuotes(desk.articles);
    expect(quotations).toHaveLength(8);
    for (const quotation of quotations) expect(quotation.speaker, quotation.text).toBeDefined();
    const carney = quotations.find((quotation) => quotation.text.startsWith('No decision'));
    expect(carney?.mention).toBe('It');
    expect(carney?.cue).toBe('said');
  });

  it('filters by words, stemmed', () => {
    const answer = answerQuote(desk, { speaker: 'Bani', about: 'falling Ajdabiya' });
    expect(answer.kind).toBe('quotes');
    if (answer.kind === 'quotes') expect(answer.quotes.map((quote) => quote.text)).toEqual(['Ajdabiya will not fall']);
    expect(answerQuote(desk, { speaker: 'Bani', about: 'weather' }).kind).toBe('no-quotes-about');
  });

  it('offers the closest names for an unknown one, and refuses empty input', () => {
    const answer = answerQuote(desk, { speaker: 'Carnie Gebki' });
    expect(answer.kind).toBe('unknown-speaker');
    if (answer.kind === 'unknown-speaker') expect(answer.closest.length).toBeGreaterThan(0);
    expect(answerQuote(desk, { speaker: '  ' }).kind).toBe('invalid-input');
    expect(answerQuote(desk, { speaker: '?!' }).kind).toBe('invalid-input');
  });

  it('suggests speakers by prefix, most quoted first, within Discord limits', () => {
    const all = suggestSpeakers(desk, '');
    expect(all[0]?.value).toBe('ahmaed-omar-bani');
    expect(suggestSpeakers(desk, 'ba').map((choice) => choice.value)).toEqual(['ahmaed-omar-bani', 'abdul-karim-baras']);
    expect(suggestSpeakers(desk, 'Gebk')[0]?.value).toBe('clint-gebke');
    expect(suggestSpeakers(desk, 'Carnye')[0]?.value).toBe('jay-carney');
    for (const choice of all) {
      expect(choice.name.length).toBeLessThanOrEqual(100);
      expect(choice.value.length).toBeLessThanOrEqual(100);
    }
    expect(answerQuote(desk, { speaker: all[0]?.value ?? '' }).kind).toBe('quotes');
  });
});
