import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reply } from '../../src/render/discord/payload.js';
import { boldMarkerCount, cutText, DISCORD_LIMITS, ELLIPSIS, fitChoices, fitToDiscordLimits } from '../../src/render/limits.js';
import { anyText, nastyText } from './arbitraries.js';
import { expectWithinDiscordLimits, LONE_SURROGATE } from './payload-check.js';

describe('cutText', () => {
  it('keeps every text within the limit, whole graphemes only, and leaves short text alone', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 0, max: 5000 }), (text, max) => {
        const cut = cutText(text, max);
        expect(cut.length).toBeLessThanOrEqual(max);
        if (text.length <= max) expect(cut).toBe(text);
        expect(cut).not.toMatch(LONE_SURROGATE);
      }),
      { numRuns: 150 },
    );
  });

  it('keeps a prefix of the text and marks the cut with an ellipsis', () => {
    fc.assert(
      fc.property(nastyText(), fc.integer({ min: 2, max: 300 }), (text, max) => {
        fc.pre(text.length > max);
        const cut = cutText(text, max);
        const kept = cut.slice(0, cut.lastIndexOf(ELLIPSIS));
        expect(cut).toContain(ELLIPSIS);
        expect(text.startsWith(kept)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('cuts between words when a word boundary is near', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,10}$/), { minLength: 20, maxLength: 80 }), fc.integer({ min: 40, max: 200 }), (words, max) => {
        const text = words.join(' ');
        fc.pre(text.length > max);
        const kept = cutText(text, max).replace(/…$/, '');
        const keptWords = kept.split(' ');
        expect(keptWords).toEqual(words.slice(0, keptWords.length));
      }),
      { numRuns: 100 },
    );
  });

  it('never leaves a bold pair open, and never ends on a lone backslash', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('**bold words**', 'plain text ', '\\*', '`code`', ' ', 'é', '😀'), { maxLength: 200 }), fc.integer({ min: 4, max: 400 }), (pieces, max) => {
        const text = pieces.join('');
        fc.pre(boldMarkerCount(text) % 2 === 0);
        const cut = cutText(text, max);
        expect(boldMarkerCount(cut) % 2).toBe(0);
        expect(cut.length).toBeLessThanOrEqual(max);
      }),
      { numRuns: 150 },
    );
  });

  it('does not cut a flag or a family emoji in half', () => {
    const text = `${'🇫🇷'.repeat(10)}👩‍👩‍👧${'x'.repeat(50)}`;
    for (let max = 2; max < 40; max++) {
      const kept = cutText(text, max).replace(ELLIPSIS, '');
      expect(text.startsWith(kept)).toBe(true);
      expect(kept.length % 4 === 0 || kept.length >= 40).toBe(true);
    }
  });
});

describe('fitToDiscordLimits', () => {
  it('brings any oversized payload within every limit', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 50 }).map((piece) => piece.repeat(120));
    const field = fc.record({ name: text, value: text });
    const embed = fc.record({ title: text, description: text, fields: fc.array(field, { maxLength: 30 }), footer: fc.record({ text }) });
    fc.assert(
      fc.property(fc.option(text, { nil: undefined }), fc.array(embed, { maxLength: 12 }), (content, embeds) => {
        const payload = fitToDiscordLimits(reply({ ...(content !== undefined ? { content } : {}), embeds }));
        expectWithinDiscordLimits(payload);
      }),
      { numRuns: 40 },
    );
  });
});

describe('fitChoices', () => {
  it('keeps at most 25 choices with names and values of 1 to 100 characters', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ name: anyText, value: fc.string({ maxLength: 150 }) }), { maxLength: 60 }), (choices) => {
        const fitted = fitChoices(choices);
        expect(fitted.length).toBeLessThanOrEqual(DISCORD_LIMITS.autocompleteChoices);
        for (const choice of fitted) {
          expect(choice.name.length).toBeGreaterThan(0);
          expect(choice.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.choiceName);
          expect(choice.value.length).toBeGreaterThan(0);
          expect(choice.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.choiceValue);
          // A value is what the command receives: never cut, only dropped.
          expect(choices.some((original) => original.value === choice.value)).toBe(true);
        }
      }),
      { numRuns: 80 },
    );
  });
});
