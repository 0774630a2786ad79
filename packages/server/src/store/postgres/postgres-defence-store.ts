import type pg from 'pg';
import { formKey } from '../form-key.ts';
import { flipFromRow, type FlipRow } from '../flip-row.ts';
import { VOTE_ALARMS, type DefenceStore, type QuarantineKind, type VoteAlarm } from '../store-port.ts';

/** The Sybil defences' tables on PostgreSQL. */
export function createPostgresDefenceStore(pool: pg.Pool): DefenceStore {
  return {
    async installHistories() {
      const { rows } = await pool.query<{
        install_id: string;
        first_seen_at: string;
        network_key: string;
        accepted_runs: string;
      }>('SELECT install_id, first_seen_at, network_key, accepted_runs FROM installs');
      return rows.map((r) => ({
        installId: r.install_id,
        firstSeenAt: Number(r.first_seen_at),
        networkKey: r.network_key,
        acceptedRuns: Number(r.accepted_runs),
      }));
    },
    async quarantine(kind, key, now) {
      const { rowCount } = await pool.query(
        'INSERT INTO quarantines (kind, key, created_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
        [kind, key, now],
      );
      return rowCount === 1;
    },
    async release(kind, key) {
      const { rowCount } = await pool.query('DELETE FROM quarantines WHERE kind = $1 AND key = $2', [kind, key]);
      return rowCount === 1;
    },
    async quarantines() {
      const { rows } = await pool.query<{ kind: QuarantineKind; key: string; created_at: string }>(
        'SELECT kind, key, created_at FROM quarantines ORDER BY created_at, kind, key',
      );
      return rows.map((r) => ({ kind: r.kind, key: r.key, createdAt: Number(r.created_at) }));
    },
    async pin(p) {
      await pool.query(
        `INSERT INTO pinned_profiles (host, schema_hash, canonical_map, format_map, pinned_at) VALUES ($1, $2, $3::jsonb, $4::jsonb, $5)
         ON CONFLICT (host, schema_hash) DO UPDATE SET canonical_map = excluded.canonical_map, format_map = excluded.format_map, pinned_at = excluded.pinned_at`,
        [p.host, p.schemaHash, JSON.stringify(p.canonicalMap), JSON.stringify(p.formatMap), p.pinnedAt],
      );
    },
    async unpin(host, schemaHash) {
      const { rowCount } = await pool.query('DELETE FROM pinned_profiles WHERE host = $1 AND schema_hash = $2', [
        host,
        schemaHash,
      ]);
      return rowCount === 1;
    },
    async pins() {
      const { rows } = await pool.query<{
        host: string;
        schema_hash: string;
        canonical_map: Record<string, string>;
        format_map: Record<string, string>;
        pinned_at: string;
      }>(
        'SELECT host, schema_hash, canonical_map, format_map, pinned_at FROM pinned_profiles ORDER BY host, schema_hash',
      );
      return rows.map((r) => ({
        host: r.host,
        schemaHash: r.schema_hash,
        canonicalMap: r.canonical_map,
        formatMap: r.format_map,
        pinnedAt: Number(r.pinned_at),
      }));
    },
    async servedMaps() {
      const { rows } = await pool.query<{ host: string; schema_hash: string; canonical_map: Record<string, string> }>(
        'SELECT host, schema_hash, canonical_map FROM form_profiles',
      );
      return new Map(rows.map((r) => [formKey(r.host, r.schema_hash), r.canonical_map]));
    },
    async recentFlips(limit) {
      const { rows } = await pool.query<FlipRow>(
        `SELECT run_id, flipped_at, host, schema_hash, selector, from_canonical, to_canonical FROM mapping_flips
         ORDER BY run_id DESC, ctid DESC LIMIT $1`,
        [limit],
      );
      return rows.map(flipFromRow);
    },
    async alarmedForms() {
      const { rows } = await pool.query<{
        host: string;
        schema_hash: string;
        vote_alarm: VoteAlarm;
        distinct_installs: number;
        distinct_networks: number;
      }>(
        `SELECT host, schema_hash, vote_alarm, distinct_installs, distinct_networks FROM form_profiles
         WHERE vote_alarm IS NOT NULL ORDER BY host, schema_hash`,
      );
      return rows.map((r) => ({
        host: r.host,
        schemaHash: r.schema_hash,
        voteAlarm: r.vote_alarm,
        distinctInstalls: r.distinct_installs,
        distinctNetworks: r.distinct_networks,
      }));
    },
    async totals() {
      const { rows } = await pool.query<{
        flips: string;
        pins: string;
        alarms: Record<string, number> | null;
        quarantines: Record<string, number> | null;
      }>(`
        SELECT (SELECT count(*) FROM mapping_flips) AS flips,
               (SELECT count(*) FROM pinned_profiles) AS pins,
               (SELECT jsonb_object_agg(vote_alarm, n) FROM (SELECT vote_alarm, count(*) AS n FROM form_profiles WHERE vote_alarm IS NOT NULL GROUP BY vote_alarm) a) AS alarms,
               (SELECT jsonb_object_agg(kind, n) FROM (SELECT kind, count(*) AS n FROM quarantines GROUP BY kind) q) AS quarantines`);
      const row = rows[0]!;
      const alarms = Object.fromEntries(VOTE_ALARMS.map((a) => [a, Number(row.alarms?.[a] ?? 0)])) as Record<
        VoteAlarm,
        number
      >;
      return {
        flips: Number(row.flips),
        pins: Number(row.pins),
        alarms,
        quarantines: { install: Number(row.quarantines?.install ?? 0), network: Number(row.quarantines?.network ?? 0) },
      };
    },
  };
}
