import { describe, expect, it } from 'vitest';
import { answerCueOf, questionTypeOf, shortAnswerOf } from '../../src/answer/short-answer.js';
import { highlightsOf } from '../../src/search/highlight.js';
import { termsOf } from '../../src/search/text.js';

/** The short answer for a question over passages, highlighted the way /ask highlights them. */
function answerFor(question: string, ...texts: string[]) {
  const terms = new Set(termsOf(question));
  return shortAnswerOf(
    question,
    texts.map((text) => ({ text, highlights: highlightsOf(text, terms) })),
  );
}

describe('question types', () => {
  it.each([
    ['Who defected?', 'who'],
    ['where did the rebels stop', 'where'],
    ['When was the bridge opened?', 'when'],
    ['What year did it open?', 'when'],
    ['How many people were hurt?', 'how-many'],
    ['how much did it cost', 'how-much'],
    ['Why did the talks fail?', undefined],
  ])('%s → %s', (question, type) => {
    expect(questionTypeOf(question)).toBe(type);
  });
});

describe('short answers', () => {
  it('who: the name next to the verb, with its apposition', () => {
    const answer = answerFor(
      'who resigned',
      'The resignation of Margit Hallberg, the transport minister, surprised the coalition on Tuesday.',
    );
    expect(answer).toEqual({ type: 'who', text: 'Margit Hallberg, the transport minister', from: 0 });
  });

  it('who: the subject before the verb, not another name in the sentence', () => {
    const answer = answerFor('who resigned', 'Dr. Tomas Lindqvist resigned on Monday, a blow to Prime Minister Erik Sand’s government.');
    expect(answer?.text).toBe('Tomas Lindqvist');
  });

  it('who: none when the only name is not tied to the question words', () => {
    expect(answerFor('who resigned', 'The minister resigned on Monday, dealing a blow to Col. Anders Berg’s government.')).toBeUndefined();
  });

  it('who: not the person the question already names', () => {
    expect(answerFor('who did Anna Berg beat', 'Anna Berg beat her rival in the final.')).toBeUndefined();
  });

  it('when: the date nearest the question words', () => {
    const answer = answerFor('When will the smoking ban start?', 'Ministers said the smoking ban would start in the spring of 2006, not next year.');
    expect(answer?.text).toBe('the spring of 2006');
  });

  it('where: the place after in/at, and lists of places', () => {
    expect(answerFor('where did the rebels stop for the night', 'The rebels stopped for the night at the strategic city of Ajdabiya.')?.text).toBe('Ajdabiya');
    expect(answerFor('where did the sprinters miss tests', 'The sprinters missed tests in Tel Aviv, Chicago and Athens last year.')?.text).toBe(
      'Tel Aviv, Chicago and Athens',
    );
  });

  it('how much: money or a share, not a bracketed conversion', () => {
    expect(answerFor('How much was Monsanto fined?', 'Monsanto agreed to pay a $1.5m (£799,000) fine for bribery.')?.text).toBe('$1.5m');
    expect(answerFor('how much did profits rise', 'Quarterly profits at the firm rose 76% to $1.13bn.')?.text).toBe('76%');
  });

  it('how many: a count with its unit', () => {
    expect(answerFor('How many households have broadband?', 'More than five million households have broadband in the UK.')?.text).toBe(
      'More than five million households',
    );
  });

  it('none when the question is not who/where/when/how many, or no sentence holds the question words', () => {
    expect(answerFor('why did profits rise', 'Profits rose 76% in the quarter.')).toBeUndefined();
    expect(answerFor('how many goals did Rovers score', 'Profits rose 76% in the quarter. Rovers lost.')).toBeUndefined();
  });

  it('reads the second passage when the first has no confident span', () => {
    const answer = answerFor('who defected', 'He defected on Monday.', 'The defection of Samir Haddad shocked the capital.');
    expect(answer).toEqual({ type: 'who', text: 'Samir Haddad', from: 1 });
  });

  it('does not read a passage that scores clearly below the best one', () => {
    const terms = new Set(termsOf('who defected'));
    const passages = [
      { text: 'He defected on Monday.', score: 2 },
      { text: 'The defection of Samir Haddad shocked the capital.', score: 1 },
    ].map((passage) => ({ ...passage, highlights: highlightsOf(passage.text, terms) }));
    expect(shortAnswerOf('who defected', passages)).toBeUndefined();
  });
});

describe('answer cues for ranking', () => {
  it('tells a paragraph that holds the kind of answer asked for', () => {
    const when = answerCueOf('When does the festival open?');
    expect(when?.('The festival opens on 12 March in the old town.')).toBe(true);
    expect(when?.('The festival opens with a parade in the old town.')).toBe(false);
    const howMuch = answerCueOf('How much did the bridge cost?');
    expect(howMuch?.('The bridge cost £40m to build.')).toBe(true);
    expect(howMuch?.('The bridge was costly to build.')).toBe(false);
  });

  it('tells figures for how old, how far and by what score', () => {
    const howOld = answerCueOf('How old is the mayor?');
    expect(howOld?.('The 58-year-old mayor was re-elected.')).toBe(true);
    expect(howOld?.('The mayor was re-elected on a low turnout.')).toBe(false);
    const howFar = answerCueOf('How far did sales fall?');
    expect(howFar?.('Sales sank 12.7% in February.')).toBe(true);
    expect(howFar?.('Sales sank again in February.')).toBe(false);
  });

  it('tells a paragraph that names something the question does not, for which and what … called', () => {
    const which = answerCueOf('Which network will show the concert?');
    expect(which?.('The concert will be shown on Tuesday, and NBC will carry it live.')).toBe(true);
    expect(which?.('The concert will be shown by a network on Tuesday.')).toBe(false);
    const called = answerCueOf("What is the comic writer's new hero called?");
    expect(called?.('The hero, Foreverman, has to face everyday problems.')).toBe(true);
  });

  it('has none for questions without a type', () => {
    expect(answerCueOf('What is the festival about?')).toBeUndefined();
  });
});


describe('short answers that would name the wrong thing', () => {
  it('who: not the person the sentence quotes, when the question is about a deed', () => {
    expect(
      answerFor("Who beat Rovers' reserves in the cup?", 'Rovers manager John Hale said he had no regrets after his reserves lost 3-0 in the cup.'),
    ).toBeUndefined();
  });

  it('when: no past date for a question about now or later', () => {
    expect(answerFor('When is the city marathon?', 'The city marathon was won by a Kenyan runner last year.')).toBeUndefined();
    expect(answerFor('When was the city marathon?', 'The city marathon was held last year.')?.text).toBe('last year');
  });
});

describe('short answers when the ranking is unsure', () => {
  const question = 'who resigned';
  const passage = (text: string, score: number) => ({ text, highlights: highlightsOf(text, new Set(termsOf(question))), score });
  const first = 'Margit Hallberg resigned on Tuesday.';
  const second = 'Tomas Lindqvist resigned on Monday.';

  it('gives none when the next passage scores nearly as well', () => {
    expect(shortAnswerOf(question, [passage(first, 1), passage(second, 0.99)])).toBeUndefined();
  });

  it('gives one when the best passage leads clearly', () => {
    expect(shortAnswerOf(question, [passage(first, 1), passage(second, 0.7)])?.text).toBe('Margit Hallberg');
  });
});
