import { describe, expect, it } from 'vitest';
import { highlightsOf } from '../../src/search/highlight.js';
import { termOf, termsOf, tokensOf } from '../../src/search/text.js';

describe('text pipeline', () => {
  it('stems inflections and derivations to one term', () => {
    expect(termOf('defected')).toBe(termOf('defection'));
    expect(termOf('Defects')).toBe(termOf('defect'));
    expect(termOf('profits')).toBe(termOf('profit'));
  });

  it('drops stop words and question words', () => {
    expect(termsOf('Who was it that defected?')).toEqual([termOf('defected')]);
    expect(termsOf('why does it matter')).toEqual([termOf('matter')]);
  });

  it('splits possessives and hyphens and folds accents', () => {
    expect(termsOf("Libya's el-Qaddafi")).toEqual(['libya', 'el', 'qaddafi']);
    expect(termOf('Café')).toBe(termOf('cafe'));
  });

  it('keeps offsets of words as written', () => {
    const text = 'Mr. Koussa’s defection';
    const tokens = tokensOf(text);
    expect(tokens.map((token) => text.slice(token.start, token.end))).toEqual(['Mr', 'Koussa', 's', 'defection']);
  });

  it('highlights every word whose stem is a query term', () => {
    const text = 'He defected on Monday; the defection shocked Tripoli.';
    const spans = highlightsOf(text, new Set(termsOf('who defected')));
    expect(spans.map((span) => text.slice(span.start, span.end))).toEqual(['defected', 'defection']);
  });
});

describe('irregular verbs', () => {
  it('meet their base form', () => {
    expect(termOf('rose')).toBe(termOf('rise'));
    expect(termOf('Fell')).toBe(termOf('falls'));
    expect(termOf('bought')).toBe(termOf('buying'));
  });
});
