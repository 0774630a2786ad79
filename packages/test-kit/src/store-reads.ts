import { createSqliteStore, type Store } from '@companion-autofill/server';

/** One stored run as the store port gives it to the impact report: install, outcome, edits, time, profile source. */
export type StoredRun = ReturnType<Store['reports']['reportRows']> extends AsyncIterable<(infer Row)[]> ? Row : never;

/** One stored event as the store port gives it to the aggregator. */
export type StoredEvent =
  ReturnType<Store['events']['windowEvents']> extends AsyncIterable<(infer Row)[]> ? Row : never;

/**
 * Opens the store of a server's SQLite file through the store port, the way the server's own code
 * reads it, runs `use` and closes it. A test that proves what a server process stored reads it this
 * way rather than in SQL, so it holds whatever the tables look like. Opening migrates nothing that is
 * already migrated: the file a running server holds is read, not changed.
 */
export async function withStore<T>(dbPath: string, use: (store: Store) => Promise<T>): Promise<T> {
  const store = createSqliteStore(dbPath);
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}

/** Every stored event (the window from the epoch), in the store's order. */
export async function storedEvents(store: Store): Promise<StoredEvent[]> {
  const rows: StoredEvent[] = [];
  for await (const chunk of store.events.windowEvents(0)) rows.push(...chunk);
  return rows;
}

/** How many events are stored, counted through the port without holding them. */
export async function storedEventCount(store: Store): Promise<number> {
  let count = 0;
  for await (const chunk of store.events.windowEvents(0)) count += chunk.length;
  return count;
}

/** Every stored run (the window from the epoch), in no particular order. */
export async function storedRuns(store: Store): Promise<StoredRun[]> {
  const runs: StoredRun[] = [];
  for await (const chunk of store.reports.reportRows(0)) runs.push(...chunk);
  return runs;
}

/** Polls the store until at least `count` runs are stored (an outbox sends when it will); resolves with them. */
export function waitForStoredRuns(dbPath: string, count: number, timeoutMs = 20_000): Promise<StoredRun[]> {
  return withStore(dbPath, async (store) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const runs = await storedRuns(store);
      if (runs.length >= count) return runs;
      if (Date.now() > deadline) throw new Error(`expected ${count} stored runs, found ${runs.length}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });
}
