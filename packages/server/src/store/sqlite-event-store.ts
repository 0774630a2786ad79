import { setImmediate as setImmediatePromise } from 'node:timers/promises';
import type Database from 'better-sqlite3';
import type { LearningEvent } from '@companion-autofill/sdk/protocol';
import { eventDetails } from './event-details.ts';
import { createFinalMapIds } from './sqlite-final-map-ids.ts';
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

/** A sync batch waiting for the next group commit. */
interface PendingBatch {
  events: readonly LearningEvent[];
  receivedAt: number;
  resolve(stored: Set<string>): void;
  reject(error: unknown): void;
}

/**
 * Events in SQLite. Inserts are group-committed: the batches that requests hand over in one turn
 * of the event loop are written in one transaction, so concurrent syncs share one fsync instead of
 * paying one each (the commit, not the insert, bounds ingest). Each batch's promise settles only
 * once its transaction has committed, so an acknowledged event is as durable as before; a batch
 * whose insert fails is retried alone, so it cannot fail the others. Deletes and reads first commit
 * what is pending, so operations keep the order they were asked in.
 *
 * The aggregator's window is read on `scanDb`, a second (read-only) connection, and the scan yields
 * to the event loop between chunks: a run over a large window then shares the process with
 * requests instead of stalling them, and the writes those requests make go on `db` meanwhile (a
 * connection in the middle of iterating cannot run other statements). WAL gives the scan one
 * consistent snapshot throughout.
 */
export function createSqliteEventStore(db: Database.Database, scanDb: Database.Database): EventStore {
  const insert = db.prepare(`
    INSERT OR IGNORE INTO autofill_events (
      event_id, install_id, occurred_at, received_at, host, schema_hash, status, duration_ms, fill_ms,
      edit_chars, profile_source, profile_used, final_map_id, details, experiments
    ) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const finalMapIds = createFinalMapIds(db);
  const insertBatch = (events: readonly LearningEvent[], receivedAt: number): Set<string> => {
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
        finalMapIds.idOf(JSON.stringify(event.final_map)),
        JSON.stringify(eventDetails(event)),
        JSON.stringify(event.experiments ?? {}),
      );
      if (changes === 1) stored.add(event.event_id);
    }
    return stored;
  };
  const insertOne = db.transaction(insertBatch);
  const insertGroup = db.transaction((group: readonly PendingBatch[]) => group.map((batch) => insertBatch(batch.events, batch.receivedAt)));

  let pending: PendingBatch[] = [];
  let flushScheduled = false;
  const flush = (): void => {
    flushScheduled = false;
    if (pending.length === 0) return;
    const group = pending;
    pending = [];
    let results: Set<string>[];
    try {
      results = insertGroup.immediate(group);
    } catch {
      // Nothing of the group was committed, final maps included: each batch goes alone and settles with its own outcome.
      finalMapIds.forget();
      for (const batch of group) {
        try {
          batch.resolve(insertOne.immediate(batch.events, batch.receivedAt));
        } catch (error) {
          finalMapIds.forget();
          batch.reject(error);
        }
      }
      return;
    }
    group.forEach((batch, index) => batch.resolve(results[index]!));
  };

  // Everything but the map text comes from the covering index autofill_events_form_window, in form order.
  const window = scanDb.prepare(`
    SELECT e.host, e.schema_hash, e.install_id, e.status, e.occurred_at, e.duration_ms, e.edit_chars, e.final_map_id, m.map
    FROM autofill_events e JOIN final_maps m ON m.id = e.final_map_id
    WHERE e.occurred_at >= ? ORDER BY e.host, e.schema_hash`).raw(true);
  const ping = db.prepare('SELECT 1');
  const deleteInstall = db.prepare('DELETE FROM autofill_events WHERE install_id = ?');
  const prune = db.prepare('DELETE FROM autofill_events WHERE occurred_at < ?');
  const pruneEvents = db.transaction((cutoffMs: number) => {
    const { changes } = prune.run(cutoffMs);
    finalMapIds.pruneUnused();
    return changes;
  });

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
    insertEvents(events, receivedAt) {
      return new Promise((resolve, reject) => {
        pending.push({ events, receivedAt, resolve, reject });
        if (!flushScheduled) {
          flushScheduled = true;
          setImmediate(flush);
        }
      });
    },
    async *windowEvents(sinceMs, chunkSize = 2_000) {
      flush();
      for (const chunk of readWindow(sinceMs, chunkSize)) {
        yield chunk;
        await setImmediatePromise();
      }
    },
    async deleteInstall(installId) {
      flush();
      return deleteInstall.run(installId).changes;
    },
    async pruneBefore(cutoffMs) {
      flush();
      return pruneEvents.immediate(cutoffMs);
    },
    async ping() {
      ping.get();
    },
  };
}
