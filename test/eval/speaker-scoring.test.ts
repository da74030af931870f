import { describe, expect, it } from 'vitest';
import { sameSpeaker } from '../../scripts/eval-quotes.js';
import type { Quotation } from '../../src/analyse/types.js';

/** Whether the scorer takes a predicted speaker (and any joint ones) for the gold one (no corpus speaker behind it). */
function scored(gold: string, predicted: string, jointly?: string[]): boolean {
  const quotation: Quotation = { articleId: 'a', paragraph: 1, endParagraph: 1, text: '…', start: 0, end: 3, speaker: predicted, mention: predicted };
  if (jointly) quotation.withSpeakers = jointly;
  return sameSpeaker({ start: 0, end: 3, speaker: gold, speaker_from: 'gold' }, quotation, undefined);
}

describe('eval:quotes speaker scoring', () => {
  it('takes the same name, but not the son for the father, either way round', () => {
    expect(scored('Donald Trump', 'Donald Trump')).toBe(true);
    expect(scored('Donald Trump', 'Donald Trump Jr')).toBe(false);
    expect(scored('Donald Trump Jr.', 'Donald Trump')).toBe(false);
  });

  it('takes a possessive phrase only for the same thing of the same owner (`Mr. Reid’s office`), not for the owner (`Trump’s opponents`)', () => {
    expect(scored('Donald Trump', 'President Donald Trump’s opponents')).toBe(false);
    expect(scored('Joe Biden', 'Biden’s lexicon during the debate')).toBe(false);
    expect(scored('Harry Reid’s office', 'Mr. Reid’s office')).toBe(true);
    expect(scored('Trump campaign', 'President Trump’s campaign')).toBe(true);
    expect(scored('the authors of the Stimson Center report', 'the report’s authors')).toBe(true);
    expect(scored("Swift's rep", "Swift's rep")).toBe(true);
  });

  it('takes any one of joint speakers, the first as well as the last, and a pair for either of them, but no one outside them', () => {
    expect(scored('Celinda Lake and Alex Dunn', 'Celinda Lake')).toBe(true);
    expect(scored('Celinda Lake and Alex Dunn', 'Alex Dunn')).toBe(true);
    expect(scored('Celinda Lake and Alex Dunn', 'Carol Tracy')).toBe(false);
    expect(scored('Alex Dunn', 'Celinda Lake', ['Alex Dunn'])).toBe(true);
    expect(scored('Carol Tracy', 'Celinda Lake', ['Alex Dunn'])).toBe(false);
  });
});
