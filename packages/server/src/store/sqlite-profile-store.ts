import type Database from 'better-sqlite3';
import { profileFromRow, type FormProfileRow } from './form-profile-row.ts';
import type { ProfileStore, StoredFormProfile } from './store-port.ts';

/** canonical_map is JSON text in SQLite. */
type ProfileRow = Omit<FormProfileRow, 'canonical_map'> & { canonical_map: string };

/** Forms whose answer (a profile or none) is kept between requests; past it the cache starts over. */
const CACHED_FORMS_MAX = 20_000;

/**
 * Profiles by form, read through a cache: every profile GET asks for one, and between aggregator
 * runs the answer never changes.
 *
 * The cache holds while `profiles_version` stands still, checked on every call (a one-row primary-key
 * read). Every run that replaces the profiles moves it in the same transaction, whichever process or
 * connection commits it (the in-process aggregator, the `aggregate` CLI), so the cache can never
 * serve a profile a committed run replaced; event writes, which go on all the time, leave it alone.
 * Cached profiles are frozen, since every caller shares them.
 */
export function createSqliteProfileStore(db: Database.Database): ProfileStore {
  const select = db.prepare('SELECT * FROM form_profiles WHERE host = ? AND schema_hash = ?');
  const profilesVersion = db.prepare('SELECT version FROM profiles_version WHERE id = 1').pluck();
  const cache = new Map<string, StoredFormProfile | null>();
  let cachedAt = -1;

  return {
    async getProfile(host, schemaHash) {
      const version = profilesVersion.get() as number;
      if (version !== cachedAt || cache.size >= CACHED_FORMS_MAX) {
        cache.clear();
        cachedAt = version;
      }
      const key = `${host} ${schemaHash}`;
      let profile = cache.get(key);
      if (profile === undefined) {
        const row = select.get(host, schemaHash) as ProfileRow | undefined;
        profile = row ? toProfile(row) : null;
        cache.set(key, profile);
      }
      return profile ?? undefined;
    },
  };
}

/** Cached profiles are shared by every caller, so they are frozen, map included. */
function toProfile(row: ProfileRow): StoredFormProfile {
  return Object.freeze(profileFromRow({ ...row, canonical_map: Object.freeze(JSON.parse(row.canonical_map) as Record<string, string>) }));
}
