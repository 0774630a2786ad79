import type pg from 'pg';
import { lockKeySql } from './postgres-lock-key.ts';
import { withTransaction } from './postgres-transaction.ts';
import { groupFieldProfiles, type FieldProfileGroup } from '../field-profile-groups.ts';
import type { AggregatorRunRecord, AggregatorRunStore, FormProfile } from '../store-port.ts';

const LEASE = 'aggregator';
/** Profiles per INSERT in commitRun: large enough for few round trips, small enough for bounded parameters. */
const PROFILE_CHUNK = 2_000;

/**
 * The lease is a row with an expiry, as in SQLite, rather than a session advisory lock: the port's
 * contract (exclusive until released or expired) is then the same on both backends, and a holder
 * that hangs without dying still loses it after the TTL. INSERT … ON CONFLICT DO UPDATE … WHERE is
 * atomic under concurrency, so two replicas can never both get `true`.
 */
const TAKE_LEASE = `
  INSERT INTO aggregator_lease (name, owner, expires_at) VALUES ($1, $2, $3)
  ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at
  WHERE aggregator_lease.expires_at <= $4 OR aggregator_lease.owner = $2`;

const INSERT_PROFILES = `
  INSERT INTO form_profiles (host, schema_hash, canonical_map, format_map, event_count, distinct_installs, success_rate,
    avg_edit_chars, avg_duration_ms, p50_duration_ms, p90_duration_ms, last_event_at, run_id,
    guard_success_rate, guard_edit_chars, distinct_networks, vote_alarm)
  SELECT h, s, m::jsonb, fm::jsonb, c, i, sr, ae, ad, p50, p90, l, $13, gs, ge, dn, va
  FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::integer[], $6::integer[], $7::float8[], $8::float8[],
              $9::float8[], $10::float8[], $11::float8[], $12::bigint[], $14::float8[], $15::float8[], $16::integer[], $17::text[])
       AS t(h, s, m, fm, c, i, sr, ae, ad, p50, p90, l, gs, ge, dn, va)`;

const INSERT_FLIPS = `
  INSERT INTO mapping_flips (run_id, flipped_at, host, schema_hash, selector, from_canonical, to_canonical)
  SELECT $1, $2, h, s, sel, f, t FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[]) AS x(h, s, sel, f, t)`;

const INSERT_FIELD_PROFILES = `
  INSERT INTO field_profiles (scope, key, fields, run_id)
  SELECT sc, k, f::jsonb, $4 FROM unnest($1::text[], $2::text[], $3::text[]) AS t(sc, k, f)`;

interface RunRow {
  run_id: string;
  status: AggregatorRunRecord['status'];
  started_at: string;
  finished_at: string | null;
  events_read: string;
  profiles_updated: number;
  error: string | null;
}

/** Aggregator runs and lease on PostgreSQL. */
export function createPostgresRunStore(pool: pg.Pool): AggregatorRunStore {
  return {
    async acquireLease(owner, now, ttlMs) {
      const { rowCount } = await pool.query(TAKE_LEASE, [LEASE, owner, now + ttlMs, now]);
      return rowCount === 1;
    },
    async releaseLease(owner) {
      await pool.query('DELETE FROM aggregator_lease WHERE name = $1 AND owner = $2', [LEASE, owner]);
    },
    async startRun(startedAt, lookbackDays) {
      const { rows } = await pool.query<{ run_id: string }>(
        `INSERT INTO aggregator_runs (started_at, status, lookback_days) VALUES ($1, 'running', $2) RETURNING run_id`,
        [startedAt, lookbackDays],
      );
      return Number(rows[0]!.run_id);
    },
    // READ COMMITTED alone would let two replicas both see "no recent run" and both insert: the
    // transaction-scoped advisory lock makes check-and-insert one step across the cluster.
    async claimScheduledRun(startedAt, lookbackDays, minGapMs) {
      return withTransaction(pool, 'BEGIN', async (client) => {
        await client.query(`SELECT pg_advisory_xact_lock(${lockKeySql('aggregator-claim')})`);
        const { rows } = await client.query<{ run_id: string }>(
          `INSERT INTO aggregator_runs (started_at, status, lookback_days)
           SELECT $1, 'running', $2
           WHERE NOT EXISTS (SELECT 1 FROM aggregator_runs WHERE status IN ('ok', 'running') AND started_at > $3)
           RETURNING run_id`,
          [startedAt, lookbackDays, startedAt - minGapMs],
        );
        return rows[0] ? Number(rows[0].run_id) : null;
      });
    },
    async commitRun(runId, { profiles, fieldProfiles, flips, eventsRead }, finishedAt) {
      // DELETE rather than TRUNCATE: readers keep answering from the old profiles until COMMIT
      // instead of queueing behind an exclusive lock.
      await withTransaction(pool, 'BEGIN', async (client) => {
        await client.query('DELETE FROM form_profiles');
        for (let i = 0; i < profiles.length; i += PROFILE_CHUNK) {
          await client.query(INSERT_PROFILES, profileColumns(profiles.slice(i, i + PROFILE_CHUNK), runId));
        }
        await client.query('DELETE FROM field_profiles');
        const groups = groupFieldProfiles(fieldProfiles);
        for (let i = 0; i < groups.length; i += PROFILE_CHUNK) {
          await client.query(INSERT_FIELD_PROFILES, fieldProfileColumns(groups.slice(i, i + PROFILE_CHUNK), runId));
        }
        for (let i = 0; i < flips.length; i += PROFILE_CHUNK) {
          const chunk = flips.slice(i, i + PROFILE_CHUNK);
          await client.query(INSERT_FLIPS, [
            runId,
            finishedAt,
            ...(['host', 'schemaHash', 'selector', 'from', 'to'] as const).map((k) => chunk.map((f) => f[k])),
          ]);
        }
        await client.query(
          `UPDATE aggregator_runs SET status = 'ok', finished_at = $1, events_read = $2, profiles_updated = $3 WHERE run_id = $4`,
          [finishedAt, eventsRead, profiles.length, runId],
        );
      });
    },
    async failRun(runId, error, finishedAt) {
      await pool.query(`UPDATE aggregator_runs SET status = 'err', finished_at = $1, error = $2 WHERE run_id = $3`, [
        finishedAt,
        error.slice(0, 500),
        runId,
      ]);
    },
    async reapAbandonedRuns(finishedAt) {
      const { rowCount } = await pool.query(
        `UPDATE aggregator_runs SET status = 'abandoned', finished_at = $1, error = 'the process running it died (reaped by a later run)'
         WHERE status = 'running'`,
        [finishedAt],
      );
      return rowCount ?? 0;
    },
    async totals() {
      const { rows } = await pool.query<{
        ok: string;
        err: string;
        abandoned: string;
        profiles_updated: string;
        last_success_at: string | null;
      }>(`
        SELECT count(*) FILTER (WHERE status = 'ok') AS ok,
               count(*) FILTER (WHERE status = 'err') AS err,
               count(*) FILTER (WHERE status = 'abandoned') AS abandoned,
               coalesce(sum(profiles_updated) FILTER (WHERE status = 'ok'), 0) AS profiles_updated,
               max(finished_at) FILTER (WHERE status = 'ok') AS last_success_at
        FROM aggregator_runs`);
      const row = rows[0]!;
      return {
        ok: Number(row.ok),
        err: Number(row.err),
        abandoned: Number(row.abandoned),
        profilesUpdated: Number(row.profiles_updated),
        lastSuccessAt: row.last_success_at === null ? null : Number(row.last_success_at),
      };
    },
    async recentRuns(limit) {
      const { rows } = await pool.query<RunRow>(
        `SELECT run_id, status, started_at, finished_at, events_read, profiles_updated, error
         FROM aggregator_runs ORDER BY run_id DESC LIMIT $1`,
        [limit],
      );
      return rows.map((r) => ({
        runId: Number(r.run_id),
        status: r.status,
        startedAt: Number(r.started_at),
        finishedAt: r.finished_at === null ? null : Number(r.finished_at),
        eventsRead: Number(r.events_read),
        profilesUpdated: r.profiles_updated,
        error: r.error,
      }));
    },
  };
}

function profileColumns(profiles: readonly FormProfile[], runId: number): unknown[] {
  return [
    profiles.map((p) => p.host),
    profiles.map((p) => p.schemaHash),
    profiles.map((p) => JSON.stringify(p.canonicalMap)),
    profiles.map((p) => JSON.stringify(p.formatMap)),
    profiles.map((p) => p.eventCount),
    profiles.map((p) => p.distinctInstalls),
    profiles.map((p) => p.successRate),
    profiles.map((p) => p.avgEditChars),
    profiles.map((p) => p.avgDurationMs),
    profiles.map((p) => p.p50DurationMs),
    profiles.map((p) => p.p90DurationMs),
    profiles.map((p) => p.lastEventAt),
    runId,
    profiles.map((p) => p.guardSuccessRate),
    profiles.map((p) => p.guardEditChars),
    profiles.map((p) => p.distinctNetworks),
    profiles.map((p) => p.voteAlarm),
  ];
}

function fieldProfileColumns(groups: readonly FieldProfileGroup[], runId: number): unknown[] {
  return [groups.map((g) => g.scope), groups.map((g) => g.key), groups.map((g) => JSON.stringify(g.fields)), runId];
}
