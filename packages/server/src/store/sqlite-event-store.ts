import type Database from 'better-sqlite3';
import type { LearningEvent } from '@companion-autofill/sdk/protocol';
import { eventDetails } from './event-details.ts';
import type { AggregationRow, EventStore } from './store-port.ts';

interface WindowRow {
  host: string;
  schema_hash: string;
  install_id: string;
  status: AggregationRow['status'];
  occurred_at: number;
  duration_ms: number;
  edit_chars: number;
  final_map: string;
}

export function createSqliteEventStore(db: Database.Database): EventStore {
  const insert = db.prepare(`
    INSERT OR IGNORE INTO autofill_events (
      event_id, install_id, occurred_at, received_at, host, schema_hash, status, duration_ms, fill_ms,
      edit_chars, profile_source, profile_used, final_map, details, experiments
    ) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertAll = db.transaction((events: readonly LearningEvent[], receivedAt: number) => {
    const stored = new Set<string>();
    for (const event of events) {
      const { changes } = insert.run(
        event.event_id,
        event.install_id,
        Date.parse(event.occurred_at),
        receivedAt,
        event.host,
        event.schema_hash,
        event.status,
        event.duration_ms,
        event.fill_ms,
        event.edit_stats.total_chars_added + event.edit_stats.total_chars_deleted,
        event.profile_source,
        event.profile_used ? 1 : 0,
        JSON.stringify(event.final_map),
        JSON.stringify(eventDetails(event)),
        JSON.stringify(event.experiments ?? {}),
      );
      if (changes === 1) stored.add(event.event_id);
    }
    return stored;
  });
  const window = db.prepare(`
    SELECT host, schema_hash, install_id, status, occurred_at, duration_ms, edit_chars, final_map
    FROM autofill_events WHERE occurred_at >= ? ORDER BY host, schema_hash`);
  const ping = db.prepare('SELECT 1');
  const deleteInstall = db.prepare('DELETE FROM autofill_events WHERE install_id = ?');
  const prune = db.prepare('DELETE FROM autofill_events WHERE occurred_at < ?');

  return {
    async insertEvents(events, receivedAt) {
      return insertAll.immediate(events, receivedAt);
    },
    async *windowEvents(sinceMs, chunkSize = 2_000) {
      let chunk: AggregationRow[] = [];
      for (const row of window.iterate(sinceMs) as IterableIterator<WindowRow>) {
        chunk.push({
          host: row.host,
          schemaHash: row.schema_hash,
          installId: row.install_id,
          status: row.status,
          occurredAt: row.occurred_at,
          durationMs: row.duration_ms,
          editChars: row.edit_chars,
          finalMap: JSON.parse(row.final_map) as Record<string, string>,
        });
        if (chunk.length >= chunkSize) {
          yield chunk;
          chunk = [];
        }
      }
      if (chunk.length > 0) yield chunk;
    },
    async deleteInstall(installId) {
      return deleteInstall.run(installId).changes;
    },
    async pruneBefore(cutoffMs) {
      return prune.run(cutoffMs).changes;
    },
    async ping() {
      ping.get();
    },
  };
}
