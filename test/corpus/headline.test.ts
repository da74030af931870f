import { describe, expect, it } from 'vitest';
import { looksLikeHeadline } from '../../src/corpus/body.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { articleById, corpusFolder } from './helpers.js';

// The layout of the BBC News dataset: a headline, a blank line, then paragraphs.
const BBC_LIKE = `Pension funds face £2bn shortfall

Britain's largest pension funds are facing a combined shortfall of £2bn, a study has found.

The report, by consultants Hartley & Webb, said rising life expectancy was to blame. "Schemes must act now," said its author, Dr Ian Moss.

Ministers said they would study the findings.
`;

describe('a plain text file that opens with a headline', () => {
  it('takes the first line as the title, not as paragraph 1', async () => {
    const corpus = await loadCorpus(corpusFolder({ 'business-042.txt': BBC_LIKE }));
    const article = articleById(corpus, 'business-042');
    expect(article.title).toBe('Pension funds face £2bn shortfall');
    expect(article.titleIsDerived).toBe(false);
    expect(article.paragraphs).toHaveLength(3);
    expect(article.paragraphs[0]).toMatch(/^Britain's largest pension funds/);
    expect(article.dateline).toBeUndefined();
  });

  it.each([
    'Ad sales boost Time Warner profit',
    'Could Yukos be a blessing in disguise?',
    "Analysis: No pain, no gain?",
    'Rivals of the £400 Apple...',
    "Blair 'will back' new inquiry",
  ])('reads %j as a headline', (line) => {
    expect(looksLikeHeadline(line)).toBe(true);
  });

  it.each([
    'The council voted on Tuesday to close the pool.',
    'BREGA, Libya — Rebels fled',
    'By Jane Whitfield',
    'Reporting by Kate Holton; Editing by Mark Potter',
    'Officials met, and after a long day of talks that ran well into the night and through the following morning, they agreed on a plan that few of them liked',
  ])('does not read %j as a headline', (line) => {
    expect(looksLikeHeadline(line)).toBe(false);
  });

  it('takes a line ending in a period as the headline when the dateline follows it', async () => {
    const corpus = await loadCorpus(
      corpusFolder({
        'museum.txt': "Museum Will Tell of 'Suffering and Delight.'\n\nWASHINGTON -- The museum opened on Saturday.\n\nCrowds came.\n",
        'bylined.txt': 'Storm Closes Port.\n\nBy Ann Lee\n\nHALIFAX, Nova Scotia — The port shut.\n',
      }),
    );
    expect(articleById(corpus, 'museum')).toMatchObject({ title: "Museum Will Tell of 'Suffering and Delight.'", dateline: 'WASHINGTON' });
    expect(articleById(corpus, 'museum').paragraphs).toHaveLength(2);
    expect(articleById(corpus, 'bylined')).toMatchObject({ title: 'Storm Closes Port.', byline: 'Ann Lee', dateline: 'HALIFAX, Nova Scotia' });
  });

  it('reads no dateline in a label that opens a story before a dash (`EXCLUSIVE – …`, `BREAKING —`)', async () => {
    const corpus = await loadCorpus(
      corpusFolder({
        'label.txt': 'Stone Warns on Voting Machines\n\nEXCLUSIVE – Roger Stone says the machines can be rigged.\n',
        'breaking.txt': 'Senate Votes\n\nBREAKING — The Senate voted on Tuesday.\n',
      }),
    );
    expect(articleById(corpus, 'label').dateline).toBeUndefined();
    expect(articleById(corpus, 'breaking').dateline).toBeUndefined();
  });

  it('keeps a single short line as the only paragraph when nothing follows it', async () => {
    const corpus = await loadCorpus(corpusFolder({ 'brief.txt': 'Markets closed early\n' }));
    expect(articleById(corpus, 'brief').paragraphs).toEqual(['Markets closed early']);
  });

  it('does not take a wrapped first paragraph (two lines) as a headline', async () => {
    const corpus = await loadCorpus(corpusFolder({ 'w.txt': 'Rain fell across the north\nof the country for a third day\n\nRoads closed.\n' }));
    expect(articleById(corpus, 'w').paragraphs).toHaveLength(2);
  });
});
