import type Database from 'better-sqlite3';
import { groupFieldProfiles } from '../field-profile-groups.ts';
import type { AggregatorRunRecord, AggregatorRunStore, WindowAggregation } from '../store-port.ts';

const LEASE = 'aggregator';

export function createSqliteRunStore(db: Database.Database): AggregatorRunStore {
  const takeLease = db.prepare(`
    INSERT INTO aggregator_lease (name, owner, expires_at) VALUES (@name, @owner, @expires)
    ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at
    WHERE aggregator_lease.expires_at <= @now OR aggregator_lease.owner = @owner`);
  const dropLease = db.prepare('DELETE FROM aggregator_lease WHERE name = ? AND owner = ?');
  const insertRun = db.prepare(
    `INSERT INTO aggregator_runs (started_at, status, lookback_days) VALUES (?, 'running', ?)`,
  );
  const claimRun = db.prepare(`
    INSERT INTO aggregator_runs (started_at, status, lookback_days)
    SELECT @startedAt, 'running', @lookbackDays
    WHERE NOT EXISTS (SELECT 1 FROM aggregator_runs WHERE status IN ('ok', 'running') AND started_at > @since)`);
  // IMMEDIATE: the write lock is taken before the check, so another process cannot slip in between.
  const claim = db.transaction((startedAt: number, lookbackDays: number, since: number) => {
    const { changes, lastInsertRowid } = claimRun.run({ startedAt, lookbackDays, since });
    return changes === 1 ? Number(lastInsertRowid) : null;
  });
  const deleteProfiles = db.prepare('DELETE FROM form_profiles');
  const insertProfile = db.prepare(`
    INSERT INTO form_profiles (host, schema_hash, canonical_map, format_map, event_count, distinct_installs, success_rate,
      avg_edit_chars, avg_duration_ms, p50_duration_ms, p90_duration_ms, last_event_at, run_id,
      guard_success_rate, guard_edit_chars, distinct_networks, vote_alarm)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertFlip = db.prepare(`
    INSERT INTO mapping_flips (run_id, flipped_at, host, schema_hash, selector, from_canonical, to_canonical) VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const deleteFieldProfiles = db.prepare('DELETE FROM field_profiles');
  const insertFieldProfiles = db.prepare('INSERT INTO field_profiles (scope, key, fields, run_id) VALUES (?, ?, ?, ?)');
  const bumpProfilesVersion = db.prepare('UPDATE profiles_version SET version = version + 1 WHERE id = 1');
  const markOk = db.prepare(
    `UPDATE aggregator_runs SET status = 'ok', finished_at = ?, events_read = ?, profiles_updated = ? WHERE run_id = ?`,
  );
  const markErr = db.prepare(`UPDATE aggregator_runs SET status = 'err', finished_at = ?, error = ? WHERE run_id = ?`);
  const markAbandoned = db.prepare(`
    UPDATE aggregator_runs SET status = 'abandoned', finished_at = ?, error = 'the process running it died (reaped by a later run)'
    WHERE status = 'running'`);
  const totals = db.prepare(`
    SELECT
      coalesce(sum(status = 'ok'), 0) AS ok,
      coalesce(sum(status = 'err'), 0) AS err,
      coalesce(sum(status = 'abandoned'), 0) AS abandoned,
      coalesce(sum(CASE WHEN status = 'ok' THEN profiles_updated ELSE 0 END), 0) AS profiles_updated,
      max(CASE WHEN status = 'ok' THEN finished_at END) AS last_success_at
    FROM aggregator_runs`);
  const recent = db.prepare(`
    SELECT run_id, status, started_at, finished_at, events_read, profiles_updated, error
    FROM aggregator_runs ORDER BY run_id DESC LIMIT ?`);

  const commit = db.transaction(
    (runId: number, { profiles, fieldProfiles, flips, eventsRead }: WindowAggregation, finishedAt: number) => {
      deleteProfiles.run();
      for (const p of profiles) {
        insertProfile.run(
          p.host,
          p.schemaHash,
          JSON.stringify(p.canonicalMap),
          JSON.stringify(p.formatMap),
          p.eventCount,
          p.distinctInstalls,
          p.successRate,
          p.avgEditChars,
          p.avgDurationMs,
          p.p50DurationMs,
          p.p90DurationMs,
          p.lastEventAt,
          runId,
          p.guardSuccessRate,
          p.guardEditChars,
          p.distinctNetworks,
          p.voteAlarm,
        );
      }
      for (const f of flips) insertFlip.run(runId, finishedAt, f.host, f.schemaHash, f.selector, f.from, f.to);
      deleteFieldProfiles.run();
      for (const group of groupFieldProfiles(fieldProfiles))
        insertFieldProfiles.run(group.scope, group.key, JSON.stringify(group.fields), runId);
      markOk.run(finishedAt, eventsRead, profiles.length, runId);
      bumpProfilesVersion.run();
    },
  );

  return {
    async acquireLease(owner, now, ttlMs) {
      return takeLease.run({ name: LEASE, owner, expires: now + ttlMs, now }).changes === 1;
    },
    async releaseLease(owner) {
      dropLease.run(LEASE, owner);
    },
    async startRun(startedAt, lookbackDays) {
      return Number(insertRun.run(startedAt, lookbackDays).lastInsertRowid);
    },
    async claimScheduledRun(startedAt, lookbackDays, minGapMs) {
      return claim.immediate(startedAt, lookbackDays, startedAt - minGapMs);
    },
    async commitRun(runId, aggregation, finishedAt) {
      commit.immediate(runId, aggregation, finishedAt);
    },
    async failRun(runId, error, finishedAt) {
      markErr.run(finishedAt, error.slice(0, 500), runId);
    },
    async reapAbandonedRuns(finishedAt) {
      return markAbandoned.run(finishedAt).changes;
    },
    async totals() {
      const row = totals.get() as {
        ok: number;
        err: number;
        abandoned: number;
        profiles_updated: number;
        last_success_at: number | null;
      };
      return {
        ok: row.ok,
        err: row.err,
        abandoned: row.abandoned,
        profilesUpdated: row.profiles_updated,
        lastSuccessAt: row.last_success_at,
      };
    },
    async recentRuns(limit) {
      const rows = recent.all(limit) as {
        run_id: number;
        status: AggregatorRunRecord['status'];
        started_at: number;
        finished_at: number | null;
        events_read: number;
        profiles_updated: number;
        error: string | null;
      }[];
      return rows.map((r) => ({
        runId: r.run_id,
        status: r.status,
        startedAt: r.started_at,
        finishedAt: r.finished_at,
        eventsRead: r.events_read,
        profilesUpdated: r.profiles_updated,
        error: r.error,
      }));
    },
  };
}
