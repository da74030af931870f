import type { Desk } from '../desk.js';
import type { AskAnswer } from './types.js';

export interface AskOptions {
  offset?: number;
  limit?: number;
}

// Placeholder until /ask lands (issue 2).
export function answerAsk(_desk: Desk, question: string, _options: AskOptions = {}): AskAnswer {
  return { kind: 'no-match', query: question, hints: [] };
}
