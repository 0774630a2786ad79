import { describe, expect, it } from 'vitest';
import { createBrowserStorage } from './browser-storage.ts';
import type { StorageAreaLike } from './browser-storage.ts';

/** A fake `browser.storage.local`: same call shapes, JSON round-trip like the real area. */
function fakeArea(): StorageAreaLike & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    async get(keys) {
      const wanted = typeof keys === 'string' ? [keys] : Array.isArray(keys) ? keys : [...items.keys()];
      const result: Record<string, unknown> = {};
      for (const key of wanted) {
        const stored = items.get(key);
        if (stored !== undefined) result[key] = JSON.parse(stored);
      }
      return result;
    },
    async set(values) {
      for (const [key, value] of Object.entries(values)) items.set(key, JSON.stringify(value));
    },
    async remove(keys) {
      for (const key of typeof keys === 'string' ? [keys] : keys) items.delete(key);
    },
  };
}

describe('createBrowserStorage', () => {
  it('writes, reads back and removes one key through the area', async () => {
    const area = fakeArea();
    const storage = createBrowserStorage(area);
    await storage.set('companion.outbox.v1', { queue: [1, 2], notBefore: null });
    expect(area.items.has('companion.outbox.v1')).toBe(true);
    expect(await storage.get('companion.outbox.v1')).toEqual({ queue: [1, 2], notBefore: null });
    await storage.remove('companion.outbox.v1');
    expect(await storage.get('companion.outbox.v1')).toBeUndefined();
  });

  it('returns undefined for an absent key, also one named like an Object member', async () => {
    const storage = createBrowserStorage(fakeArea());
    expect(await storage.get('missing')).toBeUndefined();
    const protoArea: StorageAreaLike = { ...fakeArea(), get: async () => Object.create({ toString: 'inherited' }) };
    expect(await createBrowserStorage(protoArea).get('toString')).toBeUndefined();
  });

  it('keeps falsy values', async () => {
    const storage = createBrowserStorage(fakeArea());
    await storage.set('zero', 0);
    await storage.set('no', false);
    expect(await storage.get('zero')).toBe(0);
    expect(await storage.get('no')).toBe(false);
  });
});
