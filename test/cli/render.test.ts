import { describe, expect, it } from 'vitest';
import type {
  AskAnswer,
  Paging,
  PlaceSummary,
  QuoteAnswer,
  ScoredPassage,
  SpeakerSummary,
  TownAnswer,
} from '../../src/answer/types.js';
import { renderAskText } from '../../src/render/text/ask.js';
import { renderQuoteText } from '../../src/render/text/quote.js';
import { ansiStyle, highlight, plainStyle, wrap } from '../../src/render/text/style.js';
import { renderTownText } from '../../src/render/text/town.js';

const BOLD = '\u001b[1m';
const UNBOLD = '\u001b[22m';

const passage: ScoredPassage = {
  articleId: 'a1',
  paragraph: 4,
  title: 'Minister Leaves for London',
  outlet: 'The Harbour Gazette',
  byline: 'Jane Roe',
  date: '2011-03-31',
  url: 'https://example.org/minister',
  text: 'The foreign minister defected to Britain on Wednesday.',
  highlights: [{ start: 21, end: 29 }],
  score: 7.5,
};

const onePage = (total: number, offset = 0, limit = 3): Paging => ({ offset, limit, total });

describe('renderAskText', () => {
  it('prints the short answer, the passage with its words in bold, and its full source', () => {
    const answer: AskAnswer = {
      kind: 'results',
      query: 'who defected',
      answer: { type: 'who', text: 'the foreign minister', from: 0 },
      results: [passage],
      paging: onePage(1),
    };
    const text = renderAskText(answer, { style: ansiStyle, width: 200 });
    expect(text).toContain(`${BOLD}Who:${UNBOLD} the foreign minister`);
    expect(text).toContain(`The foreign minister ${BOLD}defected${UNBOLD} to Britain`);
    expect(text).toContain(
      '— The Harbour Gazette · “Minister Leaves for London” · by Jane Roe · 2011-03-31 · ¶4 · https://example.org/minister',
    );
    expect(text).not.toMatch(/Showing/);
  });

  it('is plain text without a terminal, and leaves out what the source does not know', () => {
    const bare: ScoredPassage = { ...passage, outlet: undefined, byline: undefined, date: undefined, url: undefined };
    const text = renderAskText({ kind: 'results', query: 'who', results: [bare], paging: onePage(1) });
    expect(text).not.toContain('\u001b');
    expect(text).toContain('1. The foreign minister defected to Britain on Wednesday.');
    expect(text).toContain('— “Minister Leaves for London” · ¶4');
    expect(text).not.toMatch(/undefined|Who:/);
  });

  it('numbers results across pages and says how to get the next page', () => {
    const answer: AskAnswer = {
      kind: 'results',
      query: 'minister',
      results: [passage, { ...passage, paragraph: 5 }, { ...passage, paragraph: 6 }],
      paging: onePage(8, 3),
    };
    const text = renderAskText(answer, { moreHint: 'Type /more for the next page.' });
    expect(text).toMatch(/^4\. /m);
    expect(text).toMatch(/^6\. /m);
    expect(text).toContain('Showing 4–6 of 8. Type /more for the next page.');
  });

  it('explains a miss with the suggestion and hints, and an unusable question', () => {
    const miss = renderAskText(
      { kind: 'no-match', query: 'who defectd', suggestion: 'who defected', hints: ['Try `/town Brega`.'] },
      { style: plainStyle },
    );
    expect(miss).toContain('Nothing in the corpus answers “who defectd”.');
    expect(miss).toContain('Did you mean: who defected?');
    expect(miss).toContain('Try /town Brega.');
    const invalid = renderAskText({ kind: 'invalid-input', query: '???', reason: 'the question has no words' });
    expect(invalid).toBe('Cannot ask that: the question has no words');
  });

  it('strips control characters and escape sequences that come from the corpus', () => {
    const hostile: ScoredPassage = {
      ...passage,
      title: 'Title\u001b]0;pwned\u0007',
      text: 'Clean \u001b[31mred\u001b[0m text\u0000.',
      highlights: [],
    };
    const text = renderAskText({ kind: 'results', query: 'x', results: [hostile], paging: onePage(1) });
    expect(text).not.toContain('\u001b');
    expect(text).not.toContain('\u0007');
    expect(text).toContain('Clean [31mred[0m text.');
  });
});

const bani: SpeakerSummary = {
  id: 'ahmed-bani',
  name: 'Ahmed Bani',
  role: 'a rebel spokesman',
  forms: ['Ahmed Bani', 'Mr. Bani'],
  quoteCount: 2,
};

describe('renderQuoteText', () => {
  it('lists the quotations in the speaker’s words with role and source', () => {
    const answer: QuoteAnswer = {
      kind: 'quotes',
      speaker: bani,
      quotes: [
        { ...passage, text: 'We will hold the port', endParagraph: 4 },
        { ...passage, paragraph: 7, text: 'The truth is the truth … even if it hurts', endParagraph: 8 },
      ],
      paging: onePage(2, 0, 5),
    };
    const text = renderQuoteText(answer, { style: ansiStyle });
    expect(text).toContain(`${BOLD}Ahmed Bani${UNBOLD}, a rebel spokesman: 2 quotations`);
    expect(text).toContain('“We will hold the port”');
    expect(text).toContain('· ¶4 ·');
    expect(text).toContain('· ¶7–8 ·');
  });

  it('says when a person is mentioned but never quoted, with the passages', () => {
    const answer: QuoteAnswer = {
      kind: 'mentioned-not-quoted',
      speaker: { ...bani, quoteCount: 0, role: undefined },
      mentionCount: 1,
      passages: [{ ...passage, text: 'Ahmed Bani left.', highlights: [{ start: 0, end: 10 }] }],
      paging: onePage(1, 0, 5),
    };
    const text = renderQuoteText(answer);
    expect(text).toContain('Ahmed Bani is mentioned in 1 passage but never quoted directly.');
    expect(text).toContain('Ahmed Bani left.');
  });

  it('handles a topic with no quotations, an unknown name and bad input', () => {
    expect(renderQuoteText({ kind: 'no-quotes-about', speaker: bani, about: 'weather' })).toBe(
      'Ahmed Bani, a rebel spokesman is quoted 2 times, but never about “weather”.',
    );
    expect(renderQuoteText({ kind: 'unknown-speaker', query: 'Bany', closest: ['Ahmed Bani', 'Barry Lee'] })).toBe(
      'Nobody called “Bany” is quoted or mentioned in the corpus.\nClosest names: Ahmed Bani, Barry Lee',
    );
    expect(renderQuoteText({ kind: 'invalid-input', query: '', reason: 'give a name' })).toBe(
      'Cannot look that up: give a name',
    );
  });
});

const brega: PlaceSummary = {
  id: '123',
  name: 'Brega',
  altNames: ['Brega', 'Marsa el-Brega', 'Al Burayqah'],
  country: 'Libya',
  lat: 30.40583,
  lon: 19.57889,
  mapUrl: 'https://www.openstreetmap.org/?mlat=30.40583&mlon=19.57889#map=12/30.40583/19.57889',
};

describe('renderTownText', () => {
  it('shows where the place is, how often it is named, and the passages, datelines marked', () => {
    const answer: TownAnswer = {
      kind: 'town',
      place: brega,
      articleCount: 1,
      passageCount: 2,
      passages: [
        { ...passage, text: 'BREGA, Libya — Rebels fell back.', highlights: [{ start: 0, end: 5 }], isDateline: true },
        { ...passage, paragraph: 9, text: 'The road to Brega was quiet.', highlights: [], isDateline: false },
      ],
      paging: onePage(2, 0, 5),
    };
    const text = renderTownText(answer, { style: ansiStyle, width: 200 });
    expect(text).toContain(`${BOLD}Brega${UNBOLD}, Libya · 30.4058, 19.5789 · https://www.openstreetmap.org/`);
    expect(text).toContain('Also written: Marsa el-Brega, Al Burayqah');
    expect(text).toContain('Named in 2 passages of 1 article.');
    const [datelined, other] = text.split('\n\n').slice(1);
    expect(datelined).toContain(`${BOLD}BREGA${UNBOLD}, Libya — Rebels fell back.`);
    expect(datelined).toMatch(/¶4 · https:\/\/example.org\/minister · datelined here/);
    expect(other).toContain('The road to Brega was quiet.');
    expect(other).not.toContain('datelined');
  });

  it('says when coordinates are unknown, when the corpus never names the place, and the closest names', () => {
    const rasLanuf: PlaceSummary = { id: 'text:ras lanuf', name: 'Ras Lanuf', altNames: [] };
    expect(renderTownText({ kind: 'not-mentioned', place: rasLanuf })).toBe(
      'Ras Lanuf · coordinates unknown\nRas Lanuf is not mentioned in the corpus.',
    );
    expect(renderTownText({ kind: 'unknown-place', query: 'Bregga', closest: ['Brega'] })).toBe(
      'No place called “Bregga” is known.\nClosest places: Brega',
    );
  });

  it('does not name a country as its own country', () => {
    const russia: PlaceSummary = { id: 'country:RU', name: 'Russia', altNames: ['Soviet Union'], country: 'Russia', lat: 60, lon: 100 };
    expect(renderTownText({ kind: 'not-mentioned', place: russia }).split('\n')[0]).toBe('Russia · 60.0000, 100.0000');
  });
});

describe('text helpers', () => {
  it('merges overlapping highlights and clips those out of range', () => {
    expect(
      highlight(
        'abcdefgh',
        [
          { start: 1, end: 3 },
          { start: 2, end: 5 },
          { start: 7, end: 40 },
        ],
        { bold: (text) => `[${text}]`, dim: (text) => text },
      ),
    ).toBe('a[bc][de]fg[h]');
  });

  it('wraps at the width, counting only visible characters', () => {
    const wrapped = wrap(`${ansiStyle.bold('alpha')} beta gamma delta`, 13, '  ');
    expect(wrapped.split('\n')).toEqual([`  ${ansiStyle.bold('alpha')} beta`, '  gamma delta']);
  });
});
