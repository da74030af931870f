import fc from 'fast-check';
import type { AskAnswer, Highlight, Paging, PlaceSummary, QuoteAnswer, SourceRef, SpeakerSummary, TownAnswer } from '../../src/answer/types.js';

/** Pieces that break naive renderers: markdown, mentions, emoji sequences, combining marks, line starts. */
const NASTY = [
  '**', '*', '_', '__', '~~', '||', '`', '```', '\\', '> ', '# ', '- ', '1. ', '[x](https://evil.example)', '](', ')',
  '@everyone', '@here', '@Everyone', '<@123456789012345678>', '<@!123456789012345678>', '<@&123456789012345678>',
  '<#123456789012345678>', '\n', '\n\n', ' ', '  ', '\t', '👩‍👩‍👧', '🇫🇷', '😀', 'e\u0301', 'Z̤̈̈', 'ﷺ', '\u200b', '𝓗𝓮𝓵𝓵𝓸',
  'https://example.com/a_b*c', 'word', 'Brega', 'defected', '“', '”',
];

/** Well-formed text (no lone surrogates) mixing ordinary words with everything in NASTY. */
export const nastyText = (maxPieces = 40): fc.Arbitrary<string> =>
  fc
    .array(fc.oneof(fc.constantFrom(...NASTY), fc.string({ unit: 'grapheme', maxLength: 12 }), fc.lorem({ maxCount: 3 })), {
      maxLength: maxPieces,
    })
    .map((pieces) => pieces.join(''));

/** Sometimes very long: past every Discord limit. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: nastyText() },
  { weight: 1, arbitrary: fc.tuple(nastyText(20), fc.integer({ min: 20, max: 150 })).map(([text, times]) => text.repeat(times)) },
);

export const shortText: fc.Arbitrary<string> = nastyText(8);

const highlightsFor = (text: string): fc.Arbitrary<Highlight[]> =>
  fc.array(
    fc.tuple(fc.integer({ min: -5, max: text.length + 5 }), fc.integer({ min: 0, max: 40 })).map(([start, length]) => ({ start, end: start + length })),
    { maxLength: 8 },
  );

export const sourceRef: fc.Arbitrary<SourceRef> = fc.record(
  {
    articleId: fc.string({ minLength: 1, maxLength: 20 }),
    paragraph: fc.integer({ min: 1, max: 500 }),
    title: anyText,
    outlet: shortText,
    byline: shortText,
    date: fc.constantFrom('2011-03-31', '2024-01-01T10:00:00Z'),
    url: fc.oneof(fc.webUrl(), shortText, fc.constant('javascript:alert(1)'), fc.webUrl().map((url) => `${url}/${'x'.repeat(600)}`)),
    dateline: shortText,
  },
  { requiredKeys: ['articleId', 'paragraph', 'title'] },
);

const passage = anyText.chain((text) =>
  fc.record({ source: sourceRef, highlights: highlightsFor(text) }).map(({ source, highlights }) => ({ ...source, text, highlights })),
);

const paging = (shown: number): fc.Arbitrary<Paging> =>
  fc.record({ offset: fc.integer({ min: 0, max: 1000 }), limit: fc.integer({ min: 1, max: 10 }), total: fc.integer({ min: shown, max: 5000 }) });

const invalid = fc.record({ kind: fc.constant('invalid-input' as const), query: anyText, reason: anyText });

export const askAnswer: fc.Arbitrary<AskAnswer> = fc.oneof(
  fc.array(fc.tuple(passage, fc.double({ noNaN: true })), { minLength: 1, maxLength: 10 }).chain((results) =>
    fc.record(
      {
        kind: fc.constant('results' as const),
        query: anyText,
        answer: fc.record({ type: fc.constantFrom('who' as const, 'where' as const, 'when' as const, 'how-many' as const, 'how-much' as const), text: anyText, from: fc.constant(0) }),
        results: fc.constant(results.map(([item, score]) => ({ ...item, score }))),
        paging: paging(results.length),
      },
      { requiredKeys: ['kind', 'query', 'results', 'paging'] },
    ),
  ),
  fc.record(
    { kind: fc.constant('no-match' as const), query: anyText, suggestion: anyText, hints: fc.array(anyText, { maxLength: 4 }) },
    { requiredKeys: ['kind', 'query', 'hints'] },
  ),
  invalid,
);

const speaker: fc.Arbitrary<SpeakerSummary> = fc.record(
  { id: fc.string({ minLength: 1, maxLength: 30 }), name: anyText, role: anyText, forms: fc.array(shortText, { maxLength: 4 }), quoteCount: fc.nat(500) },
  { requiredKeys: ['id', 'name', 'forms', 'quoteCount'] },
);

export const quoteAnswer: fc.Arbitrary<QuoteAnswer> = fc.oneof(
  fc.array(fc.tuple(sourceRef, anyText, fc.integer({ min: 0, max: 5 })), { maxLength: 10 }).chain((quotes) =>
    fc.record(
      {
        kind: fc.constant('quotes' as const),
        speaker,
        about: shortText,
        quotes: fc.constant(quotes.map(([source, text, extra]) => ({ ...source, text, endParagraph: source.paragraph + extra }))),
        paging: paging(quotes.length),
      },
      { requiredKeys: ['kind', 'speaker', 'quotes', 'paging'] },
    ),
  ),
  fc.array(passage, { maxLength: 10 }).chain((passages) =>
    fc.record({
      kind: fc.constant('mentioned-not-quoted' as const),
      speaker,
      mentionCount: fc.nat(1000),
      passages: fc.constant(passages),
      paging: paging(passages.length),
    }),
  ),
  fc.record({ kind: fc.constant('no-quotes-about' as const), speaker, about: anyText }),
  fc.record({ kind: fc.constant('unknown-speaker' as const), query: anyText, closest: fc.array(anyText, { maxLength: 12 }) }),
  invalid,
);

const place: fc.Arbitrary<PlaceSummary> = fc.record(
  {
    id: fc.string({ minLength: 1, maxLength: 30 }),
    name: anyText,
    altNames: fc.array(anyText, { maxLength: 10 }),
    country: shortText,
    countryCode: fc.constantFrom('LY', 'GB'),
    region: shortText,
    lat: fc.double({ min: -90, max: 90, noNaN: true }),
    lon: fc.double({ min: -180, max: 180, noNaN: true }),
    mapUrl: fc.oneof(fc.webUrl(), shortText),
  },
  { requiredKeys: ['id', 'name', 'altNames'] },
);

export const townAnswer: fc.Arbitrary<TownAnswer> = fc.oneof(
  fc.array(fc.tuple(passage, fc.boolean()), { maxLength: 10 }).chain((passages) =>
    fc.record({
      kind: fc.constant('town' as const),
      place,
      articleCount: fc.nat(1000),
      passageCount: fc.nat(5000),
      passages: fc.constant(passages.map(([item, isDateline]) => ({ ...item, isDateline }))),
      paging: paging(passages.length),
    }),
  ),
  fc.record({ kind: fc.constant('not-mentioned' as const), place }),
  fc.record({ kind: fc.constant('unknown-place' as const), query: anyText, closest: fc.array(anyText, { maxLength: 12 }) }),
  invalid,
);
