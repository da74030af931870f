import type { Desk } from '../desk.js';
import { prepareQuoteLookup } from './quote.js';
import { prepareTownLookup } from './town.js';

/**
 * Build every per-Desk lookup the answers use, so that the first /quote or /town after a start or a
 * corpus swap answers as fast as the rest (Discord allows 3 s for the first response, autocomplete less).
 */
export function prepareAnswers(desk: Desk): void {
  prepareQuoteLookup(desk);
  prepareTownLookup(desk);
}
