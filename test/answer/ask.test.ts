import { describe, expect, it } from 'vitest';
import { answerAsk, MAX_QUESTION_LENGTH } from '../../src/answer/ask.js';
import type { AskAnswer } from '../../src/answer/types.js';
import { article, deskOf, seedArticle } from '../search/fixtures.js';

function results(answer: AskAnswer) {
  if (answer.kind !== 'results') throw new Error(`expected results, got ${JSON.stringify(answer)}`);
  return answer;
}

describe('/ask on the seed', () => {
  const seed = seedArticle();
  const desk = deskOf([seed]);

  it('answers "who defected" with Moussa Koussa and bolds every form of the word', () => {
    const answer = results(answerAsk(desk, 'who defected'));
    expect(answer.answer?.type).toBe('who');
    expect(answer.answer?.text).toMatch(/^Moussa Koussa\b/);
    expect(answer.results.length).toBeGreaterThanOrEqual(2);
    expect(answer.results.length).toBeLessThanOrEqual(3);
    const bold = answer.results.flatMap((passage) =>
      passage.highlights.map((span) => passage.text.slice(span.start, span.end).toLowerCase()),
    );
    expect(bold).toContain('defection');
    expect(bold).toContain('defected');
    expect(new Set(bold.map((word) => word.slice(0, 6)))).toEqual(new Set(['defect']));
  });

  it('gives each passage its source', () => {
    const [first] = results(answerAsk(desk, 'who defected')).results;
    expect(first).toMatchObject({ articleId: seed.id, title: seed.title, outlet: 'The New York Times', dateline: 'BREGA, Libya' });
    expect(first?.text).toBe(seed.paragraphs[(first?.paragraph ?? 0) - 1]);
  });

  it('pages with offset and limit, and the total stays the same', () => {
    const firstPage = results(answerAsk(desk, 'rebels weapons Brega', { limit: 2 }));
    const secondPage = results(answerAsk(desk, 'rebels weapons Brega', { offset: 2, limit: 2 }));
    expect(firstPage.paging).toMatchObject({ offset: 0, limit: 2 });
    expect(secondPage.paging.total).toBe(firstPage.paging.total);
    const seen = [...firstPage.results, ...secondPage.results].map((passage) => passage.paragraph);
    expect(new Set(seen).size).toBe(seen.length);
    expect(secondPage.answer).toBeUndefined();
  });
});

describe('/ask when nothing matches', () => {
  const desk = deskOf([seedArticle()]);

  it('suggests a respelling from the index', () => {
    const answer = answerAsk(desk, 'who defectd');
    expect(answer.kind).toBe('no-match');
    if (answer.kind === 'no-match') expect(answer.suggestion).toMatch(/^who defect/);
  });

  it('points a capitalised name to /town and /quote', () => {
    const answer = answerAsk(desk, 'Zanzibar');
    expect(answer.kind).toBe('no-match');
    if (answer.kind === 'no-match') expect(answer.hints.join(' ')).toMatch(/\/town Zanzibar.*\/quote Zanzibar/);
  });
});

describe('/ask input checks', () => {
  const desk = deskOf([article('a', 'A title', ['Some words about a harbour.'])]);

  it.each([
    ['', /empty/],
    ['   ', /empty/],
    ['?!…---***', /punctuation/],
    ['who is the', /common words/],
    ['harbour '.repeat(50), new RegExp(`${MAX_QUESTION_LENGTH}`)],
  ])('refuses %j with a reason', (question, reason) => {
    const answer = answerAsk(desk, question);
    expect(answer.kind).toBe('invalid-input');
    if (answer.kind === 'invalid-input') expect(answer.reason).toMatch(reason);
  });

  it('treats markdown and mentions as plain words', () => {
    const answer = results(answerAsk(desk, '**harbour** <@123456> @everyone'));
    expect(answer.query).toBe('**harbour** <@123456> @everyone');
    expect(answer.results[0]?.articleId).toBe('a');
  });
});
