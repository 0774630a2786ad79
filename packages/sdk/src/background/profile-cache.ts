import * as z from 'zod/mini';
import { ProfileResponse } from '../protocol/index.ts';
import type { StoragePort } from '../storage/storage-port.ts';

/** One cached profile answer with what is needed to revalidate it. */
export interface ProfileCacheEntry {
  profile: ProfileResponse;
  /** The server's ETag, sent back as If-None-Match; null when it sent none. */
  etag: string | null;
  /** Epoch ms of the last 200 or 304 for this key. */
  fetchedAt: number;
}

/** The cached profile of one (host, schema_hash, install_id). */
export interface ProfileCache {
  get(key: string): Promise<ProfileCacheEntry | undefined>;
  /** Stores or replaces an entry; the least recently fetched entry goes beyond `maxEntries`. */
  set(key: string, entry: ProfileCacheEntry): Promise<void>;
}

const StoredEntry = z.object({
  profile: z.unknown(),
  etag: z.nullable(z.string()),
  fetchedAt: z.number(),
});

/** Cache key of one query. install_id is part of it because experiment arms depend on it. */
export function profileCacheKey(host: string, schemaHash: string, installId: string | undefined): string {
  return `${host}|${schemaHash}|${installId ?? ''}`;
}

/**
 * A bounded map of profile answers, mirrored to one storage key when storage is given (so a
 * restarted service worker does not refetch every form). Storage errors are swallowed: the cache
 * is an optimisation and the memory copy keeps working.
 */
export function createProfileCache(options: {
  storage?: StoragePort;
  storageKey?: string;
  maxEntries?: number;
}): ProfileCache {
  const { storage } = options;
  const storageKey = options.storageKey ?? 'companion.profiles.v1';
  const maxEntries = options.maxEntries ?? 500;
  const entries = new Map<string, ProfileCacheEntry>();
  let loading: Promise<void> | null = null;
  let writes: Promise<void> = Promise.resolve();

  function load(): Promise<void> {
    loading ??= (async () => {
      const raw = await storage?.get<unknown>(storageKey).catch(() => undefined);
      if (typeof raw !== 'object' || raw === null) return;
      for (const [key, value] of Object.entries(raw)) {
        const entry = readEntry(value);
        if (entry !== undefined) entries.set(key, entry);
      }
    })();
    return loading;
  }

  function persist(): Promise<void> {
    if (storage === undefined) return Promise.resolve();
    // Writes are chained so an older snapshot never lands after a newer one.
    writes = writes.then(() => storage.set(storageKey, Object.fromEntries(entries)).catch(() => undefined));
    return writes;
  }

  return {
    async get(key) {
      await load();
      return entries.get(key);
    },
    async set(key, entry) {
      await load();
      entries.set(key, entry);
      if (entries.size > maxEntries) {
        const oldest = [...entries].reduce((a, b) => (b[1].fetchedAt < a[1].fetchedAt ? b : a));
        entries.delete(oldest[0]);
      }
      await persist();
    },
  };
}

// Stored entries are re-validated: storage may hold an older SDK's shape.
function readEntry(value: unknown): ProfileCacheEntry | undefined {
  const stored = StoredEntry.safeParse(value);
  if (!stored.success) return undefined;
  const profile = ProfileResponse.safeParse(stored.data.profile);
  if (!profile.success) return undefined;
  return { profile: profile.data, etag: stored.data.etag, fetchedAt: stored.data.fetchedAt };
}
