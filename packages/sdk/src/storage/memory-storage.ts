import type { StoragePort } from './storage-port.ts';

/** In-memory StoragePort for tests and for pages without extension storage. Clones like browser storage does. */
export function createMemoryStorage(initial: Record<string, unknown> = {}): StoragePort {
  const entries = new Map<string, unknown>(Object.entries(initial).map(([k, v]) => [k, structuredClone(v)]));
  return {
    async get<T>(key: string) {
      const value = entries.get(key);
      return value === undefined ? undefined : (structuredClone(value) as T);
    },
    async set(key, value) {
      entries.set(key, structuredClone(value));
    },
    async remove(key) {
      entries.delete(key);
    },
  };
}
