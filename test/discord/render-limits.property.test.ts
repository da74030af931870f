import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderAsk } from '../../src/render/discord/ask.js';
import { renderQuote } from '../../src/render/discord/quote.js';
import { renderTown } from '../../src/render/discord/town.js';
import { fitToDiscordLimits } from '../../src/render/limits.js';
import { askAnswer, quoteAnswer, townAnswer } from './arbitraries.js';
import { expectWithinDiscordLimits } from './payload-check.js';

// Random answers with long, unicode, markdown- and mention-laden text in every field a renderer shows.
const runs = { numRuns: 100 };
const pageId = fc.option(fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/), { nil: undefined });

describe('Discord replies hold every limit and never ping', () => {
  it('/ask', () => {
    fc.assert(
      fc.property(askAnswer, pageId, (answer, id) => {
        const payload = renderAsk(answer, id ? { pageId: id } : {});
        expectWithinDiscordLimits(payload);
        expect(fitToDiscordLimits(payload)).toEqual(payload);
      }),
      runs,
    );
  });

  it('/quote', () => {
    fc.assert(
      fc.property(quoteAnswer, pageId, (answer, id) => {
        const payload = renderQuote(answer, id ? { pageId: id } : {});
        expectWithinDiscordLimits(payload);
        expect(fitToDiscordLimits(payload)).toEqual(payload);
      }),
      runs,
    );
  });

  it('/town', () => {
    fc.assert(
      fc.property(townAnswer, pageId, (answer, id) => {
        const payload = renderTown(answer, id ? { pageId: id } : {});
        expectWithinDiscordLimits(payload);
        expect(fitToDiscordLimits(payload)).toEqual(payload);
      }),
      runs,
    );
  });
});
