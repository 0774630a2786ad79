import { createRequire } from 'node:module';

/** The part of better-sqlite3 this test support uses. */
interface ReadonlyDatabase {
  prepare(sql: string): { all(): unknown[] };
  close(): void;
}
type DatabaseConstructor = new (path: string, options: { readonly: boolean; fileMustExist: boolean }) => ReadonlyDatabase;

// better-sqlite3 is a dependency of the server package, not of the SDK: load it from there
// rather than adding a native module to the SDK's dependencies for one test.
const requireFromServer = createRequire(new URL('../../../server/package.json', import.meta.url));
const Database = requireFromServer('better-sqlite3') as DatabaseConstructor;

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
