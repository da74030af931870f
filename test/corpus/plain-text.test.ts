import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../src/corpus/load.js';
import { bytes } from './helpers.js';

function parseOne(path: string, text: string) {
  const parsed = parseArticleFile(path, bytes(text));
  expect(parsed.problems).toEqual([]);
  const [article] = parsed.articles;
  if (!article) throw new Error('no article');
  return article;
}

const ROME_STORY = [
  '',
  'ROME &mdash; The city&rsquo;s oldest bakery closed on Friday after 140 years, its owners said, blaming a tripling of energy prices.   ',
  '',
  '&ldquo;We held on as long as we could,&rdquo; said Maria Conti, whose great-grandfather opened the shop.\u00a0\u00a0',
  'The line above is wrapped by hand   and continues here.',
  '',
  'Customers queued around the block for a last loaf.',
  '',
  'Anna Rossi reported from Rome, and Peter Lang from Milan. Jo Bell contributed reporting from London.',
  '',
].join('\n');

describe('plain text articles', () => {
  it('splits paragraphs at blank lines and joins hand-wrapped lines', () => {
    const article = parseOne('bakery.txt', ROME_STORY);
    expect(article.id).toBe('bakery');
    expect(article.paragraphs).toEqual([
      'ROME — The city’s oldest bakery closed on Friday after 140 years, its owners said, blaming a tripling of energy prices.',
      '“We held on as long as we could,” said Maria Conti, whose great-grandfather opened the shop. The line above is wrapped by hand and continues here.',
      'Customers queued around the block for a last loaf.',
    ]);
  });

  it('reads the dateline, the credits and a byline from the credits', () => {
    const article = parseOne('bakery.txt', ROME_STORY);
    expect(article.dateline).toBe('ROME');
    expect(article.credits).toBe('Anna Rossi reported from Rome, and Peter Lang from Milan. Jo Bell contributed reporting from London.');
    expect(article.byline).toBe('Anna Rossi and Peter Lang');
    expect(article.source).toBe('bakery.txt');
  });

  it('makes a short title from the lede, without the dateline, and says so', () => {
    const article = parseOne('bakery.txt', ROME_STORY);
    expect(article.titleIsDerived).toBe(true);
    expect(article.title).toBe('The city’s oldest bakery closed on Friday after 140 years');
  });

  it('does not mistake a one-line lede ending in a period for a headline', () => {
    const article = parseOne('short.txt', 'The council voted to close the pool.\n\nSwimmers protested outside.\n');
    expect(article.paragraphs).toHaveLength(2);
    expect(article.titleIsDerived).toBe(true);
    expect(article.title).toBe('The council voted to close the pool');
  });

  it('reads Reuters-style datelines and credits', () => {
    const article = parseOne(
      'reuters.txt',
      'LONDON (Reuters) - Shares fell sharply on Monday as investors fled to bonds.\n\nTraders said the mood was grim.\n\n(Reporting by Kate Holton and Paul Sandle; Editing by Mark Potter)\n',
    );
    expect(article.dateline).toBe('LONDON');
    expect(article.paragraphs).toHaveLength(2);
    expect(article.credits).toBe('Reporting by Kate Holton and Paul Sandle; Editing by Mark Potter');
    expect(article.byline).toBe('Kate Holton and Paul Sandle');
  });

  it('reads "Additional reporting by" as credits but not as the byline', () => {
    const article = parseOne('extra.txt', 'Markets rallied on Tuesday.\n\nBond yields fell.\n\nAdditional reporting by Sam Reed in Tokyo\n');
    expect(article.paragraphs).toEqual(['Markets rallied on Tuesday.', 'Bond yields fell.']);
    expect(article.credits).toBe('Additional reporting by Sam Reed in Tokyo');
    expect(article.byline).toBeUndefined();
  });

  it('reads a "By" line at the top as the byline', () => {
    const article = parseOne('by.txt', 'Floods close the valley road\n\nBy Jane Whitfield, Reuters\n\nRain fell for a third day.\n\nThe road stays shut.\n');
    expect(article.title).toBe('Floods close the valley road');
    expect(article.byline).toBe('Jane Whitfield');
    expect(article.paragraphs).toEqual(['Rain fell for a third day.', 'The road stays shut.']);
  });

  it.each([
    ['WASHINGTON — The Senate passed the bill.', 'WASHINGTON'],
    ['PARIS, France, March 3 — Strikes spread.', 'PARIS, France'],
    ['NEW YORK, N.Y., Jan. 5, 2012 -- Snow fell.', 'NEW YORK, N.Y.'],
    ['Tripoli, Libya — Gunfire was heard.', 'Tripoli, Libya'],
    ['KABUL (AP) — A blast shook the capital.', 'KABUL'],
    ['Washington (CNN) A House panel approved a measure.', 'Washington'],
    ['Hong Kong (CNN Business) Shares fell.', 'Hong Kong'],
    ['MIDLAND CITY, Alabama—A Roy Moore victory would be a triumph.', 'MIDLAND CITY, Alabama'],
    ['ROME–Just when you thought the scandal was over, it grew.', 'ROME'],
  ])('finds the dateline in %j', (lede, dateline) => {
    const article = parseOne('d.txt', `${lede}\n\nMore follows.\n`);
    expect(article.dateline).toBe(dateline);
    expect(article.paragraphs[0]).toBe(lede);
  });

  it.each([
    'The government — or what is left of it — resigned.',
    'Officials - speaking privately - were gloomy.',
    'NATO said on Monday that talks would resume.',
    'US—China trade talks stalled again.',
    'NATO, the alliance—Talks stalled.',
    'Tripoli (Libya) Rebels advanced.',
    'Officials (CNN) said so.',
  ])('finds no dateline in %j', (lede) => {
    expect(parseOne('n.txt', `${lede}\n\nMore follows.\n`).dateline).toBeUndefined();
  });

  it('reads "The Associated Press contributed to this report." as credits, with no byline from it', () => {
    const article = parseOne('ap.txt', 'Storms hit the coast.\n\nThousands lost power.\n\nThe Associated Press contributed to this report.\n');
    expect(article.paragraphs).toEqual(['Storms hit the coast.', 'Thousands lost power.']);
    expect(article.credits).toBe('The Associated Press contributed to this report.');
    expect(article.byline).toBeUndefined();
    const agencyWriter = parseOne('ap2.txt', 'Storms hit.\n\nAssociated Press writer Jane Doe in Paris contributed to this report.\n');
    expect(agencyWriter.paragraphs).toEqual(['Storms hit.']);
  });

  it.each([
    ['Maria Lopez and Tom Reed reported from Caracas.', 'Maria Lopez and Tom Reed'],
    ['Ed Park reported from Accra, and Kofi Mensah and Ama Owusu from Kumasi, Ghana.', 'Ed Park, Kofi Mensah and Ama Owusu'],
    ['Ed Park reported from New York and Sui Lin from Beijing. Jo Wu contributed research.', 'Ed Park and Sui Lin'],
    ['Ann Wu reported from Hong Kong; Li Na, from Beijing; and Raj Patel from Delhi.', 'Ann Wu, Li Na and Raj Patel'],
    ['Reporting by Ann Wu in Hong Kong and Li Na in Beijing; Writing by Raj Patel; Editing by Sue Kim', 'Ann Wu, Li Na and Raj Patel'],
  ])('reads the reporters of %j as the byline', (credits, byline) => {
    const article = parseOne('c.txt', `Talks resumed.\n\n${credits}\n`);
    expect(article.credits).toBe(credits);
    expect(article.byline).toBe(byline);
  });

  it('keeps a last paragraph that only mentions reporting', () => {
    const ending = 'The BBC reported from the scene that the fire was out.';
    const article = parseOne('end.txt', `A fire broke out.\n\n${ending}\n`);
    expect(article.paragraphs.at(-1)).toBe(ending);
    expect(article.credits).toBeUndefined();
  });

  it('cuts a long derived title at a word boundary with an ellipsis', () => {
    const lede =
      'Representatives of seventeen neighbouring municipalities and their numerous advisory committees gathered in the old town hall yesterday.';
    const article = parseOne('long.txt', `${lede}\n\nThey talked.\n`);
    expect(article.title.endsWith('…')).toBe(true);
    expect(article.title.length).toBeLessThanOrEqual(81);
    expect(lede.startsWith(article.title.slice(0, -1))).toBe(true);
  });

  it('decodes numeric entities and leaves an ampersand that is not an entity alone', () => {
    const article = parseOne('e.txt', 'AT&T and R&notes sold &#8220;more&#8221; &amp; more.\n');
    expect(article.paragraphs[0]).toBe('AT&T and R&notes sold “more” & more.');
  });

  it('reads a headline and then a dateline', () => {
    const article = parseOne('hd.txt', 'Rebels retreat from Brega\n\nBREGA, Libya — Rebels fled east on Wednesday.\n\nThey regrouped.\n');
    expect(article).toMatchObject({ title: 'Rebels retreat from Brega', titleIsDerived: false, dateline: 'BREGA, Libya' });
    expect(article.paragraphs[0]).toBe('BREGA, Libya — Rebels fled east on Wednesday.');
  });

  it('writes every character one way (NFC), whatever the file used', () => {
    const article = parseOne('nfc.txt', 'Cafe\u0301 owners in Zu\u0308rich protested.\n');
    expect(article.paragraphs[0]).toBe('Caf\u00e9 owners in Z\u00fcrich protested.');
  });

  it('reads Windows line endings and a byte-order mark', () => {
    const article = parseOne('crlf.txt', '\ufeffHeadline here\r\n\r\nFirst paragraph.\r\n\r\nSecond.\r\n');
    expect(article.title).toBe('Headline here');
    expect(article.paragraphs).toEqual(['First paragraph.', 'Second.']);
  });
});
