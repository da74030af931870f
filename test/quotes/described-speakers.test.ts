import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers.js';

/**
 * Speakers named only by a description (`the former cabinet secretary`, `the 25-year-old`): who the
 * description stands for is read from the sentences before. Every article here is written for the test.
 */
describe('speakers named by a description', () => {
  it('gives `the former …` the person whose report, quoting words of its own, comes just before', () => {
    expect(
      speakersOf(
        'Lord Hartley said the government had too much freedom to “bring in bad laws” and relied on advisers. The former cabinet secretary said in an interview: “There is too much central control.”',
      ),
    ).toEqual([
      ['bring in bad laws', 'Lord Hartley'],
      ['There is too much central control.', 'Lord Hartley'],
    ]);
  });

  it('does not give a spokeswoman the words of the man reported just before', () => {
    const speakers = speakersOf(
      'Opposition leader David Mallory said it was “almost beyond belief”. The executive spokeswoman said: “Ministers were told of that.”',
    );
    expect(speakers[1]?.[1]).not.toBe('David Mallory');
  });
});

describe('the subject after an opening word', () => {
  it('reads past `Earlier` with no comma, as past `Later`, to the subject a participle belongs to', () => {
    expect(
      speakersOf(
        'Prime Minister Tony Blair praised the result. Earlier Tory leader Michael Howard sent his “warmest congratulations”, saying: “We look to the president to unite us.”',
      ),
    ).toEqual([
      ['warmest congratulations', 'Michael Howard'],
      ['We look to the president to unite us.', 'Michael Howard'],
    ]);
  });
});
