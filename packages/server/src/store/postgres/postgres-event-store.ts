import type pg from 'pg';
import { eventDetails } from '../event-details.ts';
import { fieldMapsOf } from '../field-map-text.ts';
import type { AggregationRow, EventStore } from '../store-port.ts';
import { groupPostgresWindow } from './postgres-grouped-window.ts';
import { streamRows } from './postgres-cursor.ts';
import { withTransaction } from './postgres-transaction.ts';

interface WindowRow {
  host: string;
  schema_hash: string;
  install_id: string;
  status: AggregationRow['status'];
  occurred_at: string; // bigint arrives as text
  duration_ms: number;
  edit_chars: number;
  final_map: Record<string, string>;
  field_signatures: Record<string, string>;
  field_formats: Record<string, string>;
}

/**
 * A whole batch is one INSERT … SELECT FROM unnest(arrays): one round trip and one statement, so it
 * is atomic without an explicit transaction. ON CONFLICT DO NOTHING makes it idempotent by event_id,
 * also for the same id twice in a batch and for two replicas storing the same batch at once;
 * RETURNING names the rows actually stored, and the installs' history counts them in the same
 * statement.
 */
const INSERT_BATCH = `
  WITH stored AS (
  INSERT INTO autofill_events (
    event_id, install_id, occurred_at, received_at, host, schema_hash, status, duration_ms, fill_ms,
    edit_chars, profile_source, profile_used, final_map, details, experiments, field_signatures, field_formats, network_key
  )
  SELECT e, i, o, $4, h, s, st, d, f, ed, ps, pu, fm::jsonb, dt::jsonb, ex::jsonb, fs::jsonb, ff::jsonb, $18
  FROM unnest($1::text[], $2::text[], $3::bigint[], $5::text[], $6::text[], $7::text[], $8::integer[],
              $9::integer[], $10::integer[], $11::text[], $12::boolean[], $13::text[], $14::text[], $15::text[],
              $16::text[], $17::text[])
       AS t(e, i, o, h, s, st, d, f, ed, ps, pu, fm, dt, ex, fs, ff)
  ON CONFLICT (event_id) DO NOTHING
  RETURNING event_id, install_id
  ), counted AS (
    INSERT INTO installs (install_id, first_seen_at, network_key, accepted_runs)
    SELECT install_id, $4, $18, count(*) FROM stored GROUP BY install_id
    ON CONFLICT (install_id) DO UPDATE SET accepted_runs = installs.accepted_runs + excluded.accepted_runs
  )
  SELECT event_id FROM stored`;

const WINDOW_SELECT = `
  SELECT host, schema_hash, install_id, status, occurred_at, duration_ms, edit_chars, final_map, field_signatures, field_formats
  FROM autofill_events WHERE occurred_at >= $1 ORDER BY host, schema_hash`;

const PRUNE_SLICE_ROWS = 50_000;
const PRUNE_SLICE = `
  DELETE FROM autofill_events WHERE ctid = ANY (ARRAY(
    SELECT ctid FROM autofill_events WHERE occurred_at < $1 LIMIT $2))`;

/** The event store on PostgreSQL. */
export function createPostgresEventStore(pool: pg.Pool): EventStore {
  return {
    async insertEvents(events, receivedAt, networkKey = '') {
      if (events.length === 0) return new Set();
      const { rows } = await pool.query<{ event_id: string }>(INSERT_BATCH, [
        events.map((e) => e.event_id),
        events.map((e) => e.install_id),
        events.map((e) => Date.parse(e.occurred_at)),
        receivedAt,
        events.map((e) => e.host),
        events.map((e) => e.schema_hash),
        events.map((e) => e.status),
        events.map((e) => e.duration_ms),
        events.map((e) => e.fill_ms),
        events.map((e) => e.edit_stats.total_chars_added + e.edit_stats.total_chars_deleted),
        events.map((e) => e.profile_source),
        events.map((e) => e.profile_used),
        events.map((e) => JSON.stringify(e.final_map)),
        events.map((e) => JSON.stringify(eventDetails(e))),
        events.map((e) => JSON.stringify(e.experiments ?? {})),
        events.map((e) => JSON.stringify(e.field_signatures ?? {})),
        events.map((e) => JSON.stringify(e.field_formats ?? {})),
        networkKey,
      ]);
      return new Set(rows.map((r) => r.event_id));
    },

    // A server-side cursor: one snapshot, and only `chunkSize` rows in memory however large the window.
    async *windowEvents(sinceMs, chunkSize = 2_000) {
      for await (const rows of streamRows<WindowRow>(pool, WINDOW_SELECT, [sinceMs], chunkSize))
        yield rows.map(toAggregationRow);
    },

    async groupedWindow(sinceMs, runWeights, read) {
      return withTransaction(pool, 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY', async (client) =>
        read(await groupPostgresWindow(client, sinceMs, runWeights)),
      );
    },

    async deleteInstall(installId) {
      return withTransaction(pool, 'BEGIN', async (client) => {
        await client.query('DELETE FROM installs WHERE install_id = $1', [installId]);
        const { rowCount } = await client.query('DELETE FROM autofill_events WHERE install_id = $1', [installId]);
        return rowCount ?? 0;
      });
    },

    // In slices, so a first pass over a year of backlog is many short transactions rather than one
    // that holds millions of row locks and bloats until it commits.
    async pruneBefore(cutoffMs) {
      let total = 0;
      for (;;) {
        const { rowCount } = await pool.query(PRUNE_SLICE, [cutoffMs, PRUNE_SLICE_ROWS]);
        total += rowCount ?? 0;
        if ((rowCount ?? 0) < PRUNE_SLICE_ROWS) break;
      }
      // Retention covers the install histories too: an install with no event left is forgotten (and is new if it comes back).
      await pool.query(
        'DELETE FROM installs WHERE NOT EXISTS (SELECT 1 FROM autofill_events e WHERE e.install_id = installs.install_id)',
      );
      return total;
    },

    async ping() {
      await pool.query('SELECT 1');
    },
  };
}

function toAggregationRow(row: WindowRow): AggregationRow {
  const fields = fieldMapsOf(row.field_signatures, row.field_formats);
  return {
    host: row.host,
    schemaHash: row.schema_hash,
    installId: row.install_id,
    status: row.status,
    occurredAt: Number(row.occurred_at),
    durationMs: row.duration_ms,
    editChars: row.edit_chars,
    finalMap: row.final_map,
    fieldSignatures: fields.signatures,
    fieldFormats: fields.formats,
  };
}
