import { randomBytes } from 'node:crypto';

/**
 * Paging state for Previous/Next buttons. A button's custom id can hold only 100 characters, too few for
 * a question, so the request is kept here under a short id. The store is bounded (least recently used
 * entries go first) and entries expire, so that a long-running bot does not grow without end.
 */
export interface PageStoreOptions {
  maxEntries?: number;
  ttlMs?: number;
  now?: () => number;
}

interface Entry<T> {
  value: T;
  expiresAt: number;
}

export class PageStore<T> {
  private readonly entries = new Map<string, Entry<T>>();
  private readonly maxEntries: number;
  private readonly ttlMs: number;
  private readonly now: () => number;

  constructor(options: PageStoreOptions = {}) {
    this.maxEntries = Math.max(1, options.maxEntries ?? 2000);
    this.ttlMs = options.ttlMs ?? 30 * 60_000;
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.entries.size;
  }

  /** Keep `value` and return its id: 10 URL-safe characters. */
  save(value: T): string {
    let id = randomBytes(8).toString('base64url').slice(0, 10);
    while (this.entries.has(id)) id = randomBytes(8).toString('base64url').slice(0, 10);
    this.entries.set(id, { value, expiresAt: this.now() + this.ttlMs });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return id;
  }

  /** The value kept under `id`, or undefined when it expired or was pushed out. Using it keeps it fresh. */
  get(id: string): T | undefined {
    const entry = this.entries.get(id);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.entries.delete(id);
      return undefined;
    }
    this.entries.delete(id);
    entry.expiresAt = this.now() + this.ttlMs;
    this.entries.set(id, entry);
    return entry.value;
  }
}
