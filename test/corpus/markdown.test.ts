import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../src/corpus/load.js';
import { stripInlineMarkup } from '../../src/corpus/markdown.js';
import { bytes } from './helpers.js';

const STORY = `---
title: Harbour reopens after storm
url: https://news.example.org/2024/02/harbour
date: 2024-02-11
byline: Lena Ortiz
outlet: Coast Gazette
tags: [weather, shipping]
---
# Harbour reopens after storm

PORTREE, Scotland — The harbour **reopened** on Sunday, *three days* after the storm, the
[harbour trust](https://trust.example.org "trust") said.

## Damage

> "We were lucky," said \`skipper\` Ewan Ross.

- Two boats sank.
- A crane was __toppled__.

\`\`\`
code that is not news

more code
\`\`\`

![a photo](photo.jpg)

---

Repairs will cost &pound;1m, says the trust's snake_case_file note.

*Lena Ortiz reported from Portree.*
`;

describe('Markdown articles with front matter', () => {
  const parsed = parseArticleFile('2024/harbour.md', bytes(STORY));
  const article = parsed.articles[0];

  it('reads every front-matter field', () => {
    expect(parsed.problems).toEqual([]);
    expect(article).toMatchObject({
      id: 'harbour',
      title: 'Harbour reopens after storm',
      titleIsDerived: false,
      url: 'https://news.example.org/2024/02/harbour',
      date: '2024-02-11',
      byline: 'Lena Ortiz',
      outlet: 'Coast Gazette',
      tags: ['weather', 'shipping'],
      source: '2024/harbour.md',
    });
  });

  it('turns the body into plain paragraphs: no headings, code, images or rules; links as their text', () => {
    expect(article?.paragraphs).toEqual([
      'PORTREE, Scotland — The harbour reopened on Sunday, three days after the storm, the harbour trust said.',
      '"We were lucky," said skipper Ewan Ross.',
      'Two boats sank.',
      'A crane was toppled.',
      'Repairs will cost £1m, says the trust\'s snake_case_file note.',
    ]);
    expect(article?.dateline).toBe('PORTREE, Scotland');
    expect(article?.credits).toBe('Lena Ortiz reported from Portree.');
  });

  it('takes a leading level-1 heading as the title when the front matter has none', () => {
    const result = parseArticleFile('h.md', bytes('# Bridge to close for repairs\n\nThe bridge will shut in May.\n'));
    expect(result.articles[0]?.title).toBe('Bridge to close for repairs');
    expect(result.articles[0]?.titleIsDerived).toBe(false);
    expect(result.articles[0]?.paragraphs).toEqual(['The bridge will shut in May.']);
  });

  it('derives the title from the lede when there is no heading and no front matter', () => {
    const result = parseArticleFile('n.md', bytes('Setext heading\n==============\n\nThe mayor resigned on Monday.\n'));
    expect(result.articles[0]?.paragraphs).toEqual(['The mayor resigned on Monday.']);
    expect(result.articles[0]?.title).toBe('The mayor resigned on Monday');
    expect(result.articles[0]?.titleIsDerived).toBe(true);
  });

  it.each([
    ['a **bold** and *em* and _em_ word', 'a bold and em and em word'],
    ['see [the report](https://x.example/a_(b)) now', 'see the report now'],
    ['an escaped \\*star\\* stays', 'an escaped *star* stays'],
    ['2 * 3 * 4 is arithmetic', '2 * 3 * 4 is arithmetic'],
    ['<em>html</em> tags go<br>away', 'html tags go away'],
    ['a reference [link][1] keeps its text', 'a reference link keeps its text'],
    ['~~struck~~ and `code`', 'struck and code'],
  ])('strips inline markup from %j', (markdown, text) => {
    expect(stripInlineMarkup(markdown)).toBe(text);
  });

  it('reads --- rules in a .txt file as section breaks, not as front matter', () => {
    const result = parseArticleFile('rule.txt', bytes('---\nThe mayor resigned.\n---\n\nMore later.\n'));
    expect(result.problems).toEqual([]);
    expect(result.articles[0]?.paragraphs).toEqual(['The mayor resigned.', 'More later.']);
  });

  it('reads front matter in a .txt file too', () => {
    const result = parseArticleFile('t.txt', bytes('---\ntitle: Given title\n---\nA headline-like line\n\nBody text.\n'));
    expect(result.articles[0]?.title).toBe('Given title');
    expect(result.articles[0]?.paragraphs).toEqual(['Body text.']);
  });
});
