import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

/**
 * Opens the SQLite file with the settings the server relies on:
 * - WAL, so readers (profile GETs, the aggregator's window scan) never block the writer;
 * - synchronous=FULL, so an event the server acknowledged survives a crash or power loss right
 *   after the response (NORMAL in WAL mode can lose the last commits on power loss);
 * - busy_timeout, so a second process (a manual `aggregate`) waits for the write lock instead of failing;
 * - journal_size_limit, so the WAL file shrinks back after a checkpoint instead of keeping the size
 *   of its largest burst (the daily housekeeping checkpoints with TRUNCATE as well).
 */
/** Largest WAL file kept after a checkpoint. */
export const WAL_SIZE_LIMIT_BYTES = 16 * 1024 * 1024;

export function openDatabase(path: string, options: { readonly?: boolean } = {}): Database.Database {
  if (path !== ':memory:' && !options.readonly) mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path, { readonly: options.readonly ?? false });
  db.pragma('busy_timeout = 5000');
  if (!options.readonly) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma(`journal_size_limit = ${WAL_SIZE_LIMIT_BYTES}`);
    db.pragma('foreign_keys = ON');
  }
  return db;
}
