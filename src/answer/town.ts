import type { Desk } from '../desk.js';
import type { Choice, TownAnswer } from './types.js';

export interface TownRequest {
  name: string;
  offset?: number;
  limit?: number;
}

// Placeholder until /town lands (issue 4).
export function answerTown(_desk: Desk, request: TownRequest): TownAnswer {
  return { kind: 'unknown-place', query: request.name, closest: [] };
}

export function suggestPlaces(_desk: Desk, _partial: string, _max = 25): Choice[] {
  return [];
}
