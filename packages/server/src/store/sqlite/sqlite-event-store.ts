import { setImmediate as setImmediatePromise } from 'node:timers/promises';
import type Database from 'better-sqlite3';
import { NO_FIELD_MAPS, parseFieldMapText, type EventFieldMaps } from '../field-map-text.ts';
import { sqliteEventRow } from './sqlite-event-row.ts';
import type { SqliteWriterThread } from './sqlite-writer-thread.ts';
import type { AggregationRow, EventStore } from '../store-port.ts';

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
  fieldMapId: number | null,
];

/** The aggregator's window, straight from the covering index autofill_events_form_window, in form order: no event row is visited. */
export const WINDOW_SQL = `
  SELECT host, schema_hash, install_id, status, occurred_at, duration_ms, edit_chars, final_map_id, field_map_id
  FROM autofill_events WHERE occurred_at >= ? ORDER BY host, schema_hash`;

/**
 * Events in SQLite. Writes go to the writer thread (group-committed there, see
 * createSqliteEventWriter); each insert settles only once its transaction has committed, so an
 * acknowledged event is durable, and the writes keep the order they were asked in.
 *
 * The aggregator's window is read on `scanDb`, a read-only connection of this thread (final and
 * field maps by id on `mapDb`), and the scan yields to the event loop between chunks: a run over a
 * large window then shares the process with requests instead of stalling them. WAL gives the scan
 * one consistent snapshot throughout.
 */
export function createSqliteEventStore(
  writer: SqliteWriterThread,
  scanDb: Database.Database,
  mapDb: Database.Database,
): EventStore {
  const window = scanDb.prepare(WINDOW_SQL).raw(true);
  // On another connection: the scan's connection is busy for as long as it iterates.
  const mapText = mapDb.prepare('SELECT map FROM final_maps WHERE id = ?').pluck();
  const fieldText = mapDb.prepare('SELECT map FROM field_maps WHERE id = ?').pluck();

  function* readWindow(sinceMs: number, chunkSize: number): Generator<AggregationRow[]> {
    let chunk: AggregationRow[] = [];
    // Most runs of a form end with the same final map (and field map): each map of the current form
    // is read and parsed once, and its object shared by those rows. Fetching the ~430-character text
    // with every row instead cost a quarter of the scan in allocation alone.
    let formHost = '';
    let formHash = '';
    let parsed = new Map<number, Record<string, string> | null>();
    let parsedFields = new Map<number, EventFieldMaps | null>();
    for (const [
      host,
      schemaHash,
      installId,
      status,
      occurredAt,
      durationMs,
      editChars,
      finalMapId,
      fieldMapId,
    ] of window.iterate(sinceMs) as IterableIterator<WindowRow>) {
      if (host !== formHost || schemaHash !== formHash) {
        formHost = host;
        formHash = schemaHash;
        parsed = new Map();
        parsedFields = new Map();
      }
      let finalMap = parsed.get(finalMapId);
      if (finalMap === undefined) parsed.set(finalMapId, (finalMap = readFinalMap(finalMapId)));
      let fields: EventFieldMaps | null | undefined = NO_FIELD_MAPS;
      if (fieldMapId !== null) {
        fields = parsedFields.get(fieldMapId);
        if (fields === undefined) parsedFields.set(fieldMapId, (fields = readFieldMaps(fieldMapId)));
      }
      // No map any more: the event was deleted (with the last user of its map) after the scan began.
      if (finalMap === null || fields === null) continue;
      chunk.push({
        host,
        schemaHash,
        installId,
        status,
        occurredAt,
        durationMs,
        editChars,
        finalMap,
        fieldSignatures: fields.signatures,
        fieldFormats: fields.formats,
      });
      if (chunk.length >= chunkSize) {
        yield chunk;
        chunk = [];
      }
    }
    if (chunk.length > 0) yield chunk;
  }

  function readFinalMap(id: number): Record<string, string> | null {
    const text = mapText.get(id) as string | undefined;
    return text === undefined ? null : Object.freeze(JSON.parse(text) as Record<string, string>);
  }

  function readFieldMaps(id: number): EventFieldMaps | null {
    const text = fieldText.get(id) as string | undefined;
    return text === undefined ? null : parseFieldMapText(text);
  }

  return {
    async insertEvents(events, receivedAt, networkKey = '') {
      return new Set(await writer.insert(events.map(sqliteEventRow), receivedAt, networkKey));
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
