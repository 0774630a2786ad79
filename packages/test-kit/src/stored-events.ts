import { createRequire } from 'node:module';

/**
 * Reads of what a server process stored, straight from its SQLite file (read-only): the tests that
 * use them prove what reached the database, which no API answer shows (exactly-once storage, the
 * stored shape of an event).
 *
 * The one place tests read stored events in SQL. Prefer store-reads.ts (the store port): it serves
 * counts, runs, profiles and the aggregator's view of each event. These reads stay in SQL only for
 * what the port does not expose: event ids (exactly once) and the details document (suggested map).
 */

/** One stored event, as the e2e tests read it from autofill_events. */
export interface EventRow {
  event_id: string;
  install_id: string;
  schema_hash: string;
  status: string;
  edit_chars: number;
  duration_ms: number;
  profile_source: string;
  profile_used: number;
  final_map: string;
  details: string;
}

interface ReadonlyDatabase {
  prepare(sql: string): { all(...params: unknown[]): unknown[] };
  close(): void;
}
type DatabaseConstructor = new (
  path: string,
  options: { readonly: boolean; fileMustExist: boolean },
) => ReadonlyDatabase;

// better-sqlite3 is a dependency of the server package, not of the SDK or the root: load it from
// there rather than adding a native module elsewhere for reads in tests.
const requireFromServer = createRequire(new URL('../../server/package.json', import.meta.url));
const Database = requireFromServer('better-sqlite3') as DatabaseConstructor;

/** Every stored event, oldest first, read through a read-only connection. */
export function readEventRows(dbPath: string): EventRow[] {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    return db
      .prepare(
        'SELECT event_id, install_id, schema_hash, status, edit_chars, duration_ms, profile_source, profile_used, (SELECT map FROM final_maps WHERE id = final_map_id) AS final_map, details FROM autofill_events ORDER BY received_at, event_id',
      )
      .all() as EventRow[];
  } finally {
    db.close();
  }
}

/** Every stored `event_id` (repeats included, so a test can prove "exactly once"), read-only. */
export function readStoredEventIds(dbPath: string): string[] {
  const db = new Database(dbPath, { readonly: true, fileMustExist: true });
  try {
    return db
      .prepare('SELECT event_id FROM autofill_events')
      .all()
      .map((row) => String((row as { event_id: unknown }).event_id));
  } finally {
    db.close();
  }
}

/** Polls until `count` events are stored (the outbox sends asynchronously). */
export async function waitForEventRows(dbPath: string, count: number, timeoutMs = 20_000): Promise<EventRow[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    let rows: EventRow[] = [];
    try {
      rows = readEventRows(dbPath);
    } catch {
      // The file may not exist before the first write.
    }
    if (rows.length >= count) return rows;
    if (Date.now() > deadline) throw new Error(`expected ${count} stored events, found ${rows.length}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
