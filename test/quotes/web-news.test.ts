import { describe, expect, it } from 'vitest';
import { speakersOf } from './helpers.js';

/**
 * Attribution as web news of many outlets writes it (wire copy, US papers and broadcasters' sites). Every
 * article here is written for the test.
 */
describe('attribution in web news', () => {
  it('takes no participle opening a sentence (`Hosting Cook at …`) for a given name', () => {
    expect(
      speakersOf(
        'Marc Benioff introduced Tim Cook to the audience.',
        'Hosting Cook at the conference “is our dream,” Benioff said.',
        '“I can feel him and his presence when I come here,” Cook said.',
      ),
    ).toEqual([
      ['is our dream', 'Marc Benioff'],
      ['I can feel him and his presence when I come here', 'Tim Cook'],
    ]);
  });
});
