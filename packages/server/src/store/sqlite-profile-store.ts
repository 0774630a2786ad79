import type Database from 'better-sqlite3';
import type { ProfileStore, StoredFormProfile } from './store-port.ts';

interface ProfileRow {
  host: string;
  schema_hash: string;
  canonical_map: string;
  event_count: number;
  distinct_installs: number;
  success_rate: number | null;
  avg_edit_chars: number;
  avg_duration_ms: number;
  p50_duration_ms: number;
  p90_duration_ms: number;
  last_event_at: number;
  run_id: number;
}

/** Forms whose answer (a profile or none) is kept between requests; past it the cache starts over. */
const CACHED_FORMS_MAX = 20_000;

/**
 * Profiles by form, read through a cache: every profile GET asks for one, and between aggregator
 * runs the answer never changes.
 *
 * The cache holds only while the database is unchanged, checked on every call with two probes that
 * touch no table: `PRAGMA data_version` moves when another connection (the `aggregate` CLI, another
 * replica's process) commits, `total_changes()` when this connection writes (the in-process
 * aggregator's commit). Any change, events included, drops the whole cache: coarse, but it can never
 * serve a profile a committed run replaced. Cached profiles are frozen, since every caller shares them.
 */
export function createSqliteProfileStore(db: Database.Database): ProfileStore {
  const select = db.prepare('SELECT * FROM form_profiles WHERE host = ? AND schema_hash = ?');
  const dataVersion = db.prepare('PRAGMA data_version').pluck();
  const totalChanges = db.prepare('SELECT total_changes()').pluck();
  const cache = new Map<string, StoredFormProfile | null>();
  let cachedAt = '';

  return {
    async getProfile(host, schemaHash) {
      const version = `${String(dataVersion.get())}:${String(totalChanges.get())}`;
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

function toProfile(row: ProfileRow): StoredFormProfile {
  return Object.freeze({
    host: row.host,
    schemaHash: row.schema_hash,
    canonicalMap: Object.freeze(JSON.parse(row.canonical_map) as Record<string, string>),
    eventCount: row.event_count,
    distinctInstalls: row.distinct_installs,
    successRate: row.success_rate,
    avgEditChars: row.avg_edit_chars,
    avgDurationMs: row.avg_duration_ms,
    p50DurationMs: row.p50_duration_ms,
    p90DurationMs: row.p90_duration_ms,
    lastEventAt: row.last_event_at,
    runId: row.run_id,
  });
}
