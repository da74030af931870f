import type { DeskLogger } from '../desk-open.js';

/**
 * Warnings and errors as plain lines on stderr, for the terminal (console and CLI), whose stdout holds
 * answers only. `beforeWrite` clears a progress line first.
 */
export function stderrLogger(stderr: NodeJS.WritableStream, beforeWrite: () => void = () => {}): DeskLogger {
  const write = (level: string) => (object: object, message?: string) => {
    beforeWrite();
    const detail = 'err' in object && typeof object.err === 'string' ? ` (${object.err})` : '';
    stderr.write(`newsdesk: ${level}: ${message ?? ''}${detail}\n`);
  };
  return { debug: () => {}, info: () => {}, warn: write('warning'), error: write('error') };
}
