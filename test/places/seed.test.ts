import { describe, expect, it } from 'vitest';
import { answerTown, suggestPlaces } from '../../src/answer/town.js';
import { testDesk } from '../support/desk.js';
import { found, seedArticle } from './helpers.js';

/** Paragraphs of the seed that name each place (read by hand from corpus/000_12d0a6ac5ab71e0b.txt). */
const EXPECTED: Record<string, number[]> = {
  Brega: [1, 6, 7],
  Ajdabiya: [6, 7, 12],
  'Ras Lanuf': [6],
  'Bin Jawwad': [6],
  Benghazi: [12],
  Tripoli: [3],
};

describe('the seed article', async () => {
  const seed = await seedArticle();
  const { analysis, rows } = found([seed]);
  const desk = testDesk([seed], { corpusKey: 'seed', places: analysis });

  it('leaves the credits line out of the body', () => {
    expect(seed.paragraphs.at(-1)).toMatch(/^There were few signs/);
  });

  for (const [name, paragraphs] of Object.entries(EXPECTED)) {
    it(`/town ${name} lists every paragraph naming it and no other`, () => {
      const answer = answerTown(desk, { name, limit: 10 });
      expect(answer.kind).toBe('town');
      if (answer.kind !== 'town') return;
      expect(answer.passages.map((passage) => passage.paragraph).sort((a, b) => a - b)).toEqual(paragraphs);
      expect(answer.passageCount).toBe(paragraphs.length);
      expect(answer.articleCount).toBe(1);
      expect(answer.place.country).toBe('Libya');
    });
  }

  it('shows the dateline paragraph of Brega first, marked as a dateline', () => {
    const answer = answerTown(desk, { name: 'Brega' });
    if (answer.kind !== 'town') throw new Error(answer.kind);
    expect(answer.passages[0]).toMatchObject({ paragraph: 1, isDateline: true });
    expect(answer.place.mapUrl).toMatch(/^https:\/\/www\.openstreetmap\.org\/\?mlat=30\.4\d*&mlon=19\.5\d*#map=10\//);
    expect(answer.passages[0]?.text.slice(0, 5)).toBe('BREGA');
    expect(answer.passages[0]?.highlights[0]).toEqual({ start: 0, end: 5 });
  });

  it('finds Ajdabiya by another spelling', () => {
    const answer = answerTown(desk, { name: 'Ajdabiyah' });
    expect(answer.kind === 'town' && answer.place.name).toBe('Ajdabiya');
  });

  it('places Lockerbie in Scotland', () => {
    const lockerbie = rows.find((row) => row.name === 'Lockerbie');
    expect(lockerbie).toMatchObject({ country: 'United Kingdom' });
    const answer = answerTown(desk, { name: 'Lockerbie' });
    expect(answer.kind === 'town' && answer.place.region).toBe('Scotland');
  });

  it('does not take Libyans, people or the White House for places', () => {
    const found = rows.map((row) => row.name);
    for (const name of ['Libyans', 'Koussa', 'Carney', 'Qaddafi', 'Bani', 'Baras', 'Gebke', 'White House', 'NATO']) {
      expect(found).not.toContain(name);
    }
  });

  it('lists Ras Lanuf and Bin Jawwad without coordinates', () => {
    const answer = answerTown(desk, { name: 'Ras Lanuf' });
    if (answer.kind !== 'town') throw new Error(answer.kind);
    expect(answer.place.lat).toBeUndefined();
    expect(answer.place.mapUrl).toBeUndefined();
    expect(answerTown(desk, { name: 'Bin Jawad' }).kind).toBe('town');
  });

  it('suggests the seed places as one types, most named first', () => {
    const choices = suggestPlaces(desk, 'a');
    expect(choices[0]?.name).toMatch(/^Ajdabiya/);
    expect(suggestPlaces(desk, 'Bre')[0]?.name).toMatch(/^Brega \(Libya\)/);
    expect(suggestPlaces(desk, 'Ajdabyia')[0]?.name).toMatch(/^Ajdabiya/);
    expect(suggestPlaces(desk, '').length).toBeGreaterThan(5);
    const picked = suggestPlaces(desk, 'Bre')[0];
    expect(picked && answerTown(desk, { name: picked.value }).kind).toBe('town');
  });
});
