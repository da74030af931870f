import { describe, expect, it } from 'vitest';
import { DEFAULT_WEIGHTS, PassageIndex } from '../../src/search/passage-index.js';
import { article, seedArticle } from './fixtures.js';

const filler = (topic: string, n: number) =>
  Array.from({ length: n }, (_, i) => `Paragraph ${i + 1} about ${topic} and the weather, the markets and the roads.`);

describe('PassageIndex on the seed', () => {
  const seed = seedArticle();
  const index = PassageIndex.build([seed]);

  it('indexes one document per paragraph', () => {
    expect(index.size).toBe(seed.paragraphs.length);
  });

  it('finds both the defection and the verb for "who defected"', () => {
    const hits = index.search('who defected', { limit: 5 });
    const paragraphs = hits.map((hit) => hit.paragraph);
    const defectionOf = seed.paragraphs.findIndex((text) => text.includes('defection of Moussa Koussa')) + 1;
    const defectedTo = seed.paragraphs.findIndex((text) => text.includes('defected to Britain')) + 1;
    expect(paragraphs).toContain(defectionOf);
    expect(paragraphs).toContain(defectedTo);
    // Matches carry the term; a paragraph brought in after a match carries none.
    expect(hits.every((hit) => hit.terms.length === 0 || hit.terms.includes('defect'))).toBe(true);
    expect(hits[0]?.terms).toContain('defect');
  });

  it('finds nothing for words the corpus lacks, and only stop words search nothing', () => {
    expect(index.search('submarine')).toEqual([]);
    expect(index.search('the of and who')).toEqual([]);
  });
});

describe('PassageIndex ranking on articles it has never seen', () => {
  const articles = [
    article('mill', 'Textile mill closes in Lancaster', [
      'The last textile mill in Lancaster closed its doors on Friday after 120 years.',
      'Some 300 workers lost their jobs, the owners said.',
      'The site will be sold to a housing developer.',
    ]),
    article('harbour', 'Harbour dredging begins', [
      'Dredging of the harbour began on Monday.',
      'Workers from the port authority said the jobs were safe.',
      'The work will take three months.',
    ]),
    article('weather', 'Storms batter the coast', filler('storms', 4)),
  ];
  const index = PassageIndex.build(articles);

  it('ranks a paragraph higher when its article and headline hold the rest of the question', () => {
    // Both articles have a paragraph about jobs; only the mill article's headline and lede name the mill.
    const rankOf = (hits: { articleId: string; paragraph: number }[], id: string) =>
      hits.findIndex((hit) => hit.articleId === id && hit.paragraph === 2);
    const hits = index.search('How many jobs at the mill?', { limit: 10 });
    expect(rankOf(hits, 'mill')).toBeGreaterThanOrEqual(0);
    expect(rankOf(hits, 'mill')).toBeLessThan(rankOf(hits, 'harbour'));
    const ownWordsOnly = index.search('How many jobs at the mill?', {
      limit: 10,
      weights: { article: 0, headline: 0, neighbours: 0, followOn: 0, lede: 0, answerCue: 0, articleSpread: 0, sentence: 0, related: 0 },
    });
    const score = (id: string) => ownWordsOnly[rankOf(ownWordsOnly, id)]?.score;
    expect(score('mill')).toBeCloseTo(score('harbour') ?? Number.NaN, 6);
  });

  it('keeps a paragraph brought in after a match below that match, even when it holds the answer cue', () => {
    const hits = index.search('textile mill closed', { limit: 10, answerCue: (text) => text.includes('workers') });
    const rankOf = (paragraph: number) => hits.findIndex((hit) => hit.articleId === 'mill' && hit.paragraph === paragraph);
    expect(rankOf(2)).toBeGreaterThan(rankOf(1));
    expect(rankOf(2)).toBeGreaterThanOrEqual(0);
  });

  it('uses the headline as evidence for a paragraph that lacks the topic word', () => {
    const [first] = index.search('dredging workers jobs');
    expect(first?.articleId).toBe('harbour');
  });

  it('pages through results with offset and counts them all', () => {
    const page = index.searchPage('jobs workers', { offset: 1, limit: 1 });
    expect(page.total).toBeGreaterThanOrEqual(2);
    expect(page.hits).toHaveLength(1);
    expect(page.hits[0]).toEqual(index.search('jobs workers', { limit: 2 })[1]);
  });

  it('round-trips through a snapshot with identical results', () => {
    const loaded = PassageIndex.fromJSON(index.toJSON(), articles);
    expect(loaded.size).toBe(index.size);
    for (const query of ['mill jobs', 'dredging', 'storms weather roads', 'who lost jobs']) {
      expect(loaded.search(query, { limit: 10 })).toEqual(index.search(query, { limit: 10 }));
    }
  });

  it('refuses a snapshot made for other articles, or that is not one', () => {
    expect(() => PassageIndex.fromJSON(index.toJSON(), articles.slice(1))).toThrow(/paragraphs/);
    expect(() => PassageIndex.fromJSON('{"version":99}', articles)).toThrow(/rebuild/);
  });

  it('suggests a respelling from the vocabulary', () => {
    expect(index.suggest('dredgng')).toMatch(/^dredg/);
    expect(index.suggest('Lancastr mill')).toBe('Lancaster mill');
    expect(index.suggest('harbour')).toBeUndefined();
  });

  it('reports build progress, ending done', () => {
    const seen: { done: number; total: number }[] = [];
    PassageIndex.build(articles, { onProgress: (progress) => seen.push(progress) });
    expect(seen.at(-1)?.done).toBe(seen.at(-1)?.total);
    expect(seen.every((progress, i) => i === 0 || progress.done >= (seen[i - 1]?.done ?? 0))).toBe(true);
  });
});

describe('PassageIndex with a story filed twice', () => {
  const story = ['The council approved the new ferry timetable on Tuesday.', 'Fares will rise by 5% in April.'];
  const articles = [article('copy-1', 'Ferry timetable approved', story), article('copy-2', 'Ferry timetable approved', story)];
  const index = PassageIndex.build(articles);

  it('shows each passage once', () => {
    const hits = index.search('ferry timetable fares', { limit: 10 });
    const texts = hits.map((hit) => articles.find((a) => a.id === hit.articleId)?.paragraphs[hit.paragraph - 1]);
    expect(new Set(texts).size).toBe(texts.length);
    expect(hits).toHaveLength(2);
  });
});

describe('PassageIndex follow-on paragraphs', () => {
  const articles = [
    article('sale', 'Chemicals unit sold at auction', [
      'A little-known company has bought the chemicals unit of Varnholt at an auction in Hamburg.',
      'Osterby Holdings outbid the favourite, paying 2.1bn euros.',
      'Shares in the parent firm rose sharply in early trading.',
    ]),
    article('other', 'Auction season opens', ['The spring auction season opened with a sale of paintings.']),
  ];
  const index = PassageIndex.build(articles);

  it('brings in the paragraph after a strong match, ranked below it', () => {
    const hits = index.search('Who bought the Varnholt chemicals unit?', { limit: 3 });
    expect(hits[0]).toMatchObject({ articleId: 'sale', paragraph: 1 });
    expect(hits[1]).toMatchObject({ articleId: 'sale', paragraph: 2, terms: [] });
    expect(hits[1]?.score).toBeLessThan(hits[0]?.score ?? 0);
  });

  it('does not when follow-ons are weighted out', () => {
    const hits = index.search('Who bought the Varnholt chemicals unit?', {
      limit: 3,
      weights: { ...DEFAULT_WEIGHTS, followOn: 0 },
    });
    expect(hits.some((hit) => hit.paragraph === 2 && hit.articleId === 'sale')).toBe(false);
  });
});


describe('PassageIndex with names written as one word', () => {
  const articles = [
    article('media', 'Media giant reports results', [
      'Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn.',
      'Its film division had a weaker quarter than a year earlier.',
    ]),
    article('weather', 'A warm spring', ['Spring came early this time, and the warmer days brought the crowds.']),
  ];
  const index = PassageIndex.build(articles);

  it('finds "TimeWarner" when the question writes "Time Warner"', () => {
    const hits = index.search('time warner profits', { limit: 3 });
    expect(hits[0]).toMatchObject({ articleId: 'media', paragraph: 1 });
  });
});
