import { describe, expect, it } from 'vitest';
import { PageStore } from '../../src/discord/pages.js';

describe('PageStore', () => {
  it('gives short ids that fit a button and returns what was kept', () => {
    const store = new PageStore<string>();
    const id = store.save('who defected');
    expect(id).toMatch(/^[A-Za-z0-9_-]{10}$/);
    expect(store.get(id)).toBe('who defected');
    expect(store.get('unknown')).toBeUndefined();
  });

  it('forgets entries after their time is up, and keeps fresh the ones in use', () => {
    let now = 0;
    const store = new PageStore<number>({ ttlMs: 1000, now: () => now });
    const used = store.save(1);
    const idle = store.save(2);
    now = 900;
    expect(store.get(used)).toBe(1);
    now = 1500;
    expect(store.get(idle)).toBeUndefined();
    expect(store.get(used)).toBe(1);
  });

  it('holds at most maxEntries, dropping the least recently used', () => {
    const store = new PageStore<number>({ maxEntries: 3 });
    const ids = [store.save(0), store.save(1), store.save(2)];
    store.get(ids[0] as string);
    store.save(3);
    expect(store.size).toBe(3);
    expect(store.get(ids[1] as string)).toBeUndefined();
    expect(store.get(ids[0] as string)).toBe(0);
    expect(store.get(ids[2] as string)).toBe(2);
  });
});
