import type { Desk } from '../desk.js';
import type { Choice, QuoteAnswer } from './types.js';

export interface QuoteRequest {
  speaker: string;
  about?: string;
  offset?: number;
  limit?: number;
}

// Placeholder until /quote lands (issue 3).
export function answerQuote(_desk: Desk, request: QuoteRequest): QuoteAnswer {
  return { kind: 'unknown-speaker', query: request.speaker, closest: [] };
}

export function suggestSpeakers(_desk: Desk, _partial: string, _max = 25): Choice[] {
  return [];
}
