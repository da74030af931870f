import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { articleById } from './helpers.js';

// The seed ships in the repository's corpus/ folder, with its sidecar; no ../shared needed.
const corpusDir = fileURLToPath(new URL('../../corpus/', import.meta.url));

describe('the seed article in corpus/', async () => {
  const corpus = await loadCorpus(corpusDir);
  const seed = articleById(corpus, '000_12d0a6ac5ab71e0b');

  it('loads without problems', () => {
    expect(corpus.problems).toEqual([]);
  });

  it('keeps the dateline in paragraph 1 and as the dateline', () => {
    expect(seed.dateline).toBe('BREGA, Libya');
    expect(seed.paragraphs[0]).toMatch(/^BREGA, Libya — Libya’s foreign minister defected/);
  });

  it('has its body paragraphs, from the lede to the Gebke paragraph, and no credits among them', () => {
    // 16 non-blank blocks in the file: 15 paragraphs of story and the credits line.
    expect(seed.paragraphs).toHaveLength(15);
    expect(seed.paragraphs.at(-1)).toMatch(/Capt\. Clint Gebke said\.$/);
    expect(seed.paragraphs.some((paragraph) => /contributed reporting|reported from/.test(paragraph))).toBe(false);
    expect(seed.credits).toMatch(/^C\. J\. Chivers reported from Brega .* Edward Wong from Beijing\.$/);
  });

  it('decodes every entity and leaves no stray whitespace', () => {
    for (const paragraph of seed.paragraphs) {
      expect(paragraph).not.toMatch(/&[a-z]+;|&#\d+;/);
      expect(paragraph).toBe(paragraph.trim());
      expect(paragraph).not.toMatch(/\s{2,}|\u00a0/);
    }
    expect(seed.paragraphs.join('\n')).toContain('“dissolved like snow in the sand”');
  });

  it('has a sidecar with only the published facts: outlet, date, byline', () => {
    const sidecar = JSON.parse(readFileSync(`${corpusDir}000_12d0a6ac5ab71e0b.meta.json`, 'utf8'));
    expect(Object.keys(sidecar).sort()).toEqual(['byline', 'date', 'outlet']);
  });

  it('takes outlet, date and byline from the sidecar, and invents neither url nor title', () => {
    expect(seed.outlet).toBe('The New York Times');
    expect(seed.date).toBe('2011-03-30');
    expect(seed.byline).toBe('C. J. Chivers and David D. Kirkpatrick');
    expect(seed.url).toBeUndefined();
    expect(seed.titleIsDerived).toBe(true);
    expect(seed.title.length).toBeLessThanOrEqual(81);
    expect(seed.title).not.toMatch(/BREGA/);
    expect(seed.paragraphs[0]).toContain(seed.title.replace(/…$/, ''));
  });
});
