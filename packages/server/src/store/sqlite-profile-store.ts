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

export function createSqliteProfileStore(db: Database.Database): ProfileStore {
  const select = db.prepare('SELECT * FROM form_profiles WHERE host = ? AND schema_hash = ?');
  return {
    async getProfile(host, schemaHash) {
      const row = select.get(host, schemaHash) as ProfileRow | undefined;
      return row && toProfile(row);
    },
  };
}

function toProfile(row: ProfileRow): StoredFormProfile {
  return {
    host: row.host,
    schemaHash: row.schema_hash,
    canonicalMap: JSON.parse(row.canonical_map) as Record<string, string>,
    eventCount: row.event_count,
    distinctInstalls: row.distinct_installs,
    successRate: row.success_rate,
    avgEditChars: row.avg_edit_chars,
    avgDurationMs: row.avg_duration_ms,
    p50DurationMs: row.p50_duration_ms,
    p90DurationMs: row.p90_duration_ms,
    lastEventAt: row.last_event_at,
    runId: row.run_id,
  };
}
