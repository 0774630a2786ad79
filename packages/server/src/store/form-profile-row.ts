import type { StoredFormProfile, VoteAlarm } from './store-port.ts';

/** A form_profiles row once the backend has decoded it: the same columns in both stores. */
export interface FormProfileRow {
  host: string;
  schema_hash: string;
  canonical_map: Record<string, string>;
  format_map: Record<string, string>;
  event_count: number;
  distinct_installs: number;
  success_rate: number | null;
  avg_edit_chars: number;
  avg_duration_ms: number;
  p50_duration_ms: number;
  p90_duration_ms: number;
  last_event_at: number;
  run_id: number;
  guard_success_rate: number | null;
  guard_edit_chars: number;
  distinct_networks: number;
  vote_alarm: VoteAlarm | null;
}

/** The profile a decoded row holds. */
export function profileFromRow(row: FormProfileRow): StoredFormProfile {
  return {
    host: row.host,
    schemaHash: row.schema_hash,
    canonicalMap: row.canonical_map,
    formatMap: row.format_map,
    eventCount: row.event_count,
    distinctInstalls: row.distinct_installs,
    successRate: row.success_rate,
    avgEditChars: row.avg_edit_chars,
    avgDurationMs: row.avg_duration_ms,
    p50DurationMs: row.p50_duration_ms,
    p90DurationMs: row.p90_duration_ms,
    lastEventAt: row.last_event_at,
    guardSuccessRate: row.guard_success_rate,
    guardEditChars: row.guard_edit_chars,
    distinctNetworks: row.distinct_networks,
    voteAlarm: row.vote_alarm,
    runId: row.run_id,
  };
}
