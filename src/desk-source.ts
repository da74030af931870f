import type { Desk } from './desk.js';

/**
 * Where handlers get the Desk to answer from. Handlers ask for it on every interaction instead of keeping
 * one, so that a background rebuild can swap a new Desk in without them noticing.
 */
export interface DeskSource {
  current(): Desk;
}

export function fixedDesk(desk: Desk): DeskSource {
  return { current: () => desk };
}
