import { describe, expect, it } from 'vitest';
import { LIMITS } from '../protocol/index.ts';
import { createMemoryStorage } from '../storage/memory-storage.ts';
import type { StoragePort } from '../storage/storage-port.ts';
import { UNMAPPED } from '../merge/unmapped.ts';
import { createFormMemory } from './form-memory.ts';

const HOST = 'boards.greenhouse.io';
const HASH = 'v1:0123456789abcdef';
const hash = (n: number) => `v1:${n.toString(16).padStart(16, '0')}`;

/** Wraps a storage to see which keys hold data and how many writes happen. */
function observed(storage: StoragePort = createMemoryStorage()) {
  const live = new Set<string>();
  let writes = 0;
  const port: StoragePort = {
    get: (key) => storage.get(key),
    async set(key, value) {
      writes++;
      live.add(key);
      await storage.set(key, value);
    },
    async remove(key) {
      writes++;
      live.delete(key);
      await storage.remove(key);
    },
  };
  return { port, live, writes: () => writes };
}

describe('FormMemory', () => {
  it('returns {} for an unknown form', async () => {
    expect(await createFormMemory(createMemoryStorage()).get(HOST, HASH)).toEqual({});
  });

  it('returns what it learned, merging newer corrections over older ones', async () => {
    const memory = createFormMemory(createMemoryStorage());
    await memory.learn(HOST, HASH, { '#a': 'first_name', '#b': 'email' });
    await memory.learn(HOST, HASH, { '#a': 'last_name', '#c': UNMAPPED });
    expect(await memory.get(HOST, HASH)).toEqual({ '#a': 'last_name', '#b': 'email', '#c': UNMAPPED });
  });

  it('keeps forms apart by host and schema hash, host case-insensitively', async () => {
    const memory = createFormMemory(createMemoryStorage());
    await memory.learn(HOST, HASH, { '#a': 'email' });
    expect(await memory.get('jobs.lever.co', HASH)).toEqual({});
    expect(await memory.get(HOST, hash(9))).toEqual({});
    expect(await memory.get('Boards.Greenhouse.IO', HASH)).toEqual({ '#a': 'email' });
  });

  it('persists across two instances on the same storage', async () => {
    const storage = createMemoryStorage();
    await createFormMemory(storage).learn(HOST, HASH, { '#a': 'email' });
    const later = createFormMemory(storage);
    expect(await later.get(HOST, HASH)).toEqual({ '#a': 'email' });
    await later.reset();
    expect(await createFormMemory(storage).get(HOST, HASH)).toEqual({});
  });

  it('writes nothing for empty corrections', async () => {
    const storage = observed();
    await createFormMemory(storage.port).learn(HOST, HASH, {});
    expect(storage.writes()).toBe(0);
  });

  it('forgets one form and keeps the others', async () => {
    const storage = observed();
    const memory = createFormMemory(storage.port);
    await memory.learn(HOST, hash(1), { '#a': 'email' });
    await memory.learn(HOST, hash(2), { '#b': 'phone' });
    await memory.forget(HOST, hash(1));
    expect(await memory.get(HOST, hash(1))).toEqual({});
    expect(await memory.get(HOST, hash(2))).toEqual({ '#b': 'phone' });
    expect(storage.live.size).toBe(2); // one form key and the index
  });

  it('reset removes every key it wrote', async () => {
    const storage = observed();
    const memory = createFormMemory(storage.port);
    for (let i = 0; i < 5; i++) await memory.learn(HOST, hash(i), { '#a': 'email' });
    await memory.reset();
    expect(storage.live.size).toBe(0);
  });

  it('runs concurrent calls on one instance one at a time', async () => {
    const memory = createFormMemory(createMemoryStorage());
    await Promise.all([
      memory.learn(HOST, HASH, { '#a': 'email' }),
      memory.learn(HOST, HASH, { '#b': 'phone' }),
      memory.learn(HOST, hash(2), { '#c': 'city' }),
    ]);
    expect(await memory.get(HOST, HASH)).toEqual({ '#a': 'email', '#b': 'phone' });
    expect(await memory.get(HOST, hash(2))).toEqual({ '#c': 'city' });
  });

  it('treats corrupt stored data as empty', async () => {
    const storage = createMemoryStorage({
      [`companion.memory.v1.form:${HOST}|${HASH}`]: { '#a': 42 },
      'companion.memory.v1.index': 'nope',
    });
    const memory = createFormMemory(storage);
    expect(await memory.get(HOST, HASH)).toEqual({});
    await memory.learn(HOST, HASH, { '#b': 'email' });
    expect(await memory.get(HOST, HASH)).toEqual({ '#b': 'email' });
  });

  it('keeps at most maxFieldsPerForm selectors per form, the newest', async () => {
    const memory = createFormMemory(createMemoryStorage());
    const many = Object.fromEntries(Array.from({ length: LIMITS.maxFieldsPerForm }, (_, i) => [`#f${i}`, 'email']));
    await memory.learn(HOST, HASH, many);
    await memory.learn(HOST, HASH, { '#new': 'phone' });
    const map = await memory.get(HOST, HASH);
    expect(Object.keys(map)).toHaveLength(LIMITS.maxFieldsPerForm);
    expect(map['#new']).toBe('phone');
    expect(map['#f0']).toBeUndefined();
  });
});

describe('FormMemory bound', () => {
  it('defaults to 500 forms', async () => {
    const storage = observed();
    const memory = createFormMemory(storage.port);
    for (let i = 0; i < 501; i++) await memory.learn(HOST, hash(i), { '#a': 'email' });
    expect(storage.live.size).toBe(500 + 1); // forms + index
    expect(await memory.get(HOST, hash(0))).toEqual({});
    expect(await memory.get(HOST, hash(1))).toEqual({ '#a': 'email' });
  });

  it('evicts the least recently used form, counting reads as use', async () => {
    const storage = observed();
    const memory = createFormMemory(storage.port, { maxForms: 3 });
    for (let i = 1; i <= 3; i++) await memory.learn(HOST, hash(i), { '#a': `f_${i}` });
    expect(await memory.get(HOST, hash(1))).toEqual({ '#a': 'f_1' }); // 1 is now the most recent
    await memory.learn(HOST, hash(4), { '#a': 'f_4' }); // evicts 2
    expect(await memory.get(HOST, hash(2))).toEqual({});
    expect(await memory.get(HOST, hash(1))).toEqual({ '#a': 'f_1' });
    expect(await memory.get(HOST, hash(3))).toEqual({ '#a': 'f_3' });
    expect(await memory.get(HOST, hash(4))).toEqual({ '#a': 'f_4' });
    expect(storage.live.size).toBe(3 + 1);
  });

  it('enforces the bound across instances on the same storage', async () => {
    const storage = observed();
    for (let i = 1; i <= 4; i++)
      await createFormMemory(storage.port, { maxForms: 2 }).learn(HOST, hash(i), { '#a': 'email' });
    expect(storage.live.size).toBe(2 + 1);
    expect(await createFormMemory(storage.port, { maxForms: 2 }).get(HOST, hash(1))).toEqual({});
  });

  it('rejects a bound that is not a positive integer', () => {
    expect(() => createFormMemory(createMemoryStorage(), { maxForms: 0 })).toThrow(/options\.maxForms/);
    expect(() => createFormMemory(createMemoryStorage(), { maxForms: 1.5 })).toThrow(RangeError);
  });
});
