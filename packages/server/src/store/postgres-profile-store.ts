import type pg from 'pg';
import type { ProfileStore } from './store-port.ts';

interface ProfileRow {
  host: string;
  schema_hash: string;
  canonical_map: Record<string, string>;
  event_count: number;
  distinct_installs: number;
  success_rate: number | null;
  avg_edit_chars: number;
  avg_duration_ms: number;
  p50_duration_ms: number;
  p90_duration_ms: number;
  last_event_at: string; // bigint arrives as text
  run_id: string;
}

/** Profiles on PostgreSQL: one primary-key lookup per request. */
export function createPostgresProfileStore(pool: pg.Pool): ProfileStore {
  return {
    async getProfile(host, schemaHash) {
      const { rows } = await pool.query<ProfileRow>('SELECT * FROM form_profiles WHERE host = $1 AND schema_hash = $2', [host, schemaHash]);
      const row = rows[0];
      return (
        row && {
          host: row.host,
          schemaHash: row.schema_hash,
          canonicalMap: row.canonical_map,
          eventCount: row.event_count,
          distinctInstalls: row.distinct_installs,
          successRate: row.success_rate,
          avgEditChars: row.avg_edit_chars,
          avgDurationMs: row.avg_duration_ms,
          p50DurationMs: row.p50_duration_ms,
          p90DurationMs: row.p90_duration_ms,
          lastEventAt: Number(row.last_event_at),
          runId: Number(row.run_id),
        }
      );
    },
  };
}
