import { setImmediate as setImmediatePromise } from 'node:timers/promises';
import type Database from 'better-sqlite3';
import { sqliteEventRow } from './sqlite-event-row.ts';
import type { SqliteWriterThread } from './sqlite-writer-thread.ts';
import type { AggregationRow, EventStore } from './store-port.ts';

/** One window row in column order (the statement returns arrays: no object per row). */
type WindowRow = [
  host: string,
  schemaHash: string,
  installId: string,
  status: AggregationRow['status'],
  occurredAt: number,
  durationMs: number,
  editChars: number,
  finalMapId: number,
  finalMap: string,
];

/**
 * Events in SQLite. Writes go to the writer thread (group-committed there, see
 * createSqliteEventWriter); each insert settles only once its transaction has committed, so an
 * acknowledged event is durable, and the writes keep the order they were asked in.
 *
 * The aggregator's window is read on `scanDb`, a read-only connection of this thread, and the scan
 * yields to the event loop between chunks: a run over a large window then shares the process with
 * requests instead of stalling them. WAL gives the scan one consistent snapshot throughout.
 */
export function createSqliteEventStore(writer: SqliteWriterThread, scanDb: Database.Database): EventStore {
  // Everything but the map text comes from the covering index autofill_events_form_window, in form order.
  const window = scanDb.prepare(`
    SELECT e.host, e.schema_hash, e.install_id, e.status, e.occurred_at, e.duration_ms, e.edit_chars, e.final_map_id, m.map
    FROM autofill_events e JOIN final_maps m ON m.id = e.final_map_id
    WHERE e.occurred_at >= ? ORDER BY e.host, e.schema_hash`).raw(true);

  function* readWindow(sinceMs: number, chunkSize: number): Generator<AggregationRow[]> {
    let chunk: AggregationRow[] = [];
    // Most runs of a form end with the same final map: each map of the current form is parsed once
    // and its (frozen) object shared by those rows. Keyed by id: hashing the text of every row costs
    // more than a third of the scan.
    let formHost = '';
    let formHash = '';
    let parsed = new Map<number, Record<string, string>>();
    for (const [host, schemaHash, installId, status, occurredAt, durationMs, editChars, finalMapId, finalMapText] of window.iterate(sinceMs) as IterableIterator<WindowRow>) {
      if (host !== formHost || schemaHash !== formHash) {
        formHost = host;
        formHash = schemaHash;
        parsed = new Map();
      }
      let finalMap = parsed.get(finalMapId);
      if (!finalMap) parsed.set(finalMapId, (finalMap = Object.freeze(JSON.parse(finalMapText) as Record<string, string>)));
      chunk.push({ host, schemaHash, installId, status, occurredAt, durationMs, editChars, finalMap });
      if (chunk.length >= chunkSize) {
        yield chunk;
        chunk = [];
      }
    }
    if (chunk.length > 0) yield chunk;
  }

  return {
    async insertEvents(events, receivedAt) {
      return new Set(await writer.insert(events.map(sqliteEventRow), receivedAt));
    },
    async *windowEvents(sinceMs, chunkSize = 2_000) {
      for (const chunk of readWindow(sinceMs, chunkSize)) {
        yield chunk;
        await setImmediatePromise();
      }
    },
    deleteInstall: (installId) => writer.deleteInstall(installId),
    pruneBefore: (cutoffMs) => writer.pruneBefore(cutoffMs),
    ping: () => writer.ping(),
  };
}
