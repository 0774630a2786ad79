import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

/** Largest WAL file kept after a checkpoint. */
export const WAL_SIZE_LIMIT_BYTES = 16 * 1024 * 1024;

export interface OpenDatabaseOptions {
  readonly?: boolean;
  /**
   * Largest size the file may grow to (bytes; 0 or absent = no cap). Past it, writes fail with
   * SQLITE_FULL as on a full disk: the server then answers 503 + Retry-After and /readyz says
   * `full`. Set on every connection that writes (max_page_count is per connection).
   */
  maxBytes?: number;
}

/**
 * Opens the SQLite file with the settings the server relies on:
 * - WAL, so readers (profile GETs, the aggregator's window scan) never block the writer;
 * - synchronous=FULL, so an event the server acknowledged survives a crash or power loss right
 *   after the response (NORMAL in WAL mode can lose the last commits on power loss);
 * - busy_timeout, so a second process (a manual `aggregate`) waits for the write lock instead of failing;
 * - journal_size_limit, so the WAL file shrinks back after a checkpoint instead of keeping the size
 *   of its largest burst (the daily housekeeping checkpoints with TRUNCATE as well).
 */
export function openDatabase(path: string, options: OpenDatabaseOptions = {}): Database.Database {
  if (path !== ':memory:' && !options.readonly) mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, { readonly: options.readonly ?? false });
  db.pragma('busy_timeout = 5000');
  if (!options.readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma(`journal_size_limit = ${WAL_SIZE_LIMIT_BYTES}`);
    db.pragma('foreign_keys = ON');
    if (options.maxBytes)
      db.pragma(
        `max_page_count = ${Math.max(1, Math.floor(options.maxBytes / (db.pragma('page_size', { simple: true }) as number)))}`,
      );
  }
  return db;
}
