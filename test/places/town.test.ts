import { describe, expect, it } from 'vitest';
import { answerTown, suggestPlaces } from '../../src/answer/town.js';
import type { Article } from '../../src/corpus/types.js';
import { testDesk } from '../support/desk.js';
import { article, found } from './helpers.js';

function deskOf(articles: Article[]) {
  return testDesk(articles, { places: found(articles).analysis });
}

const articles = [
  article('old', ['Trade fairs in Benghazi drew buyers from Egypt.', 'Benghazi port reopened.'], { date: '2011-02-01' }),
  article('new', ['Fighting reached the outskirts of Benghazi.'], { date: '2011-03-20' }),
  article('datelined', ['BENGHAZI, Libya — Rebels regrouped.', 'Later, calm returned.'], { date: '2011-01-05' }),
  article('other', ['Talks in Geneva went on for a week.'], { date: '2011-03-01' }),
];

describe('/town', () => {
  const desk = deskOf(articles);

  it('puts the articles datelined there first, then the newest, then by paragraph', () => {
    const answer = answerTown(desk, { name: 'benghazi', limit: 10 });
    if (answer.kind !== 'town') throw new Error(answer.kind);
    expect(answer.passages.map((passage) => `${passage.articleId}:${passage.paragraph}`)).toEqual([
      'datelined:1',
      'new:1',
      'old:1',
      'old:2',
    ]);
    expect(answer.passages[0]?.isDateline).toBe(true);
    expect(answer).toMatchObject({ articleCount: 3, passageCount: 4, paging: { offset: 0, total: 4 } });
    expect(answer.place).toMatchObject({ name: 'Benghazi', country: 'Libya', countryCode: 'LY' });
  });

  it('shows a part of the world with its place in the world and a map of it all', () => {
    const world = deskOf([article('area', ['Storms crossed the Caribbean, and Egypt sent aid.'])]);
    const answer = answerTown(world, { name: 'Caribbean', limit: 10 });
    if (answer.kind !== 'town') throw new Error(answer.kind);
    expect(answer.place).toMatchObject({ name: 'Caribbean', region: 'Americas' });
    expect(answer.place.country).toBeUndefined();
    expect(answer.place.mapUrl).toMatch(/#map=3\//);
  });

  it('pages', () => {
    const second = answerTown(desk, { name: 'Benghazi', offset: 2, limit: 2 });
    if (second.kind !== 'town') throw new Error(second.kind);
    expect(second.passages.map((passage) => passage.articleId)).toEqual(['old', 'old']);
    expect(second.paging).toEqual({ offset: 2, limit: 2, total: 4 });
  });

  it('highlights the name in each passage', () => {
    const answer = answerTown(desk, { name: 'Benghazi' });
    if (answer.kind !== 'town') throw new Error(answer.kind);
    for (const passage of answer.passages) {
      const [first] = passage.highlights;
      expect(first && passage.text.slice(first.start, first.end).toLowerCase()).toBe('benghazi');
    }
  });

  it('forgives a typo', () => {
    expect(answerTown(desk, { name: 'Bengazi' }).kind).toBe('town');
    expect(suggestPlaces(desk, 'Bengh')[0]?.name).toMatch(/^Benghazi \(Libya\) · 4 passages$/);
  });

  it('says a known place is not mentioned', () => {
    expect(answerTown(desk, { name: 'Timbuktu' })).toMatchObject({ kind: 'not-mentioned', place: { countryCode: 'ML' } });
  });

  it('offers the closest places for an unknown name', () => {
    const answer = answerTown(desk, { name: 'Genevaa Xq' });
    expect(answer).toMatchObject({ kind: 'unknown-place' });
    expect(answer.kind === 'unknown-place' && answer.closest).toContain('Geneva');
  });

  it('refuses empty or over-long input', () => {
    expect(answerTown(desk, { name: '   ' }).kind).toBe('invalid-input');
    expect(answerTown(desk, { name: '!!!' }).kind).toBe('invalid-input');
    expect(answerTown(desk, { name: 'x'.repeat(500) }).kind).toBe('invalid-input');
  });

  it('keeps autocomplete within Discord limits', () => {
    const choices = suggestPlaces(desk, '', 25);
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const choice of choices) {
      expect(choice.name.length).toBeLessThanOrEqual(100);
      expect(choice.value.length).toBeLessThanOrEqual(100);
    }
  });
});
