import Database from 'better-sqlite3';
import { createFinalMapIds } from '../../src/store/sqlite/sqlite-map-text-ids.ts';

/**
 * Writes `events` ok runs of one map straight into a SQLite file, spread over 3,000 hosts and 50
 * installs, so that an aggregator run over them takes a while (tests of runs that contend or die
 * midway). Straight SQL because it is setup, not a read of what a server stored: 150,000 events
 * take about a second this way and several through the store port.
 */
export function seedWindow(dbPath: string, events: number, map: Record<string, string>): void {
  const db = new Database(dbPath);
  try {
    const mapId = createFinalMapIds(db).idOf(JSON.stringify(map));
    const insert = db.prepare(`
      INSERT INTO autofill_events (event_id, install_id, occurred_at, received_at, host, schema_hash, status, duration_ms, fill_ms,
        edit_chars, profile_source, profile_used, final_map_id, details, experiments)
      VALUES (?, ?, ?, ?, ?, ?, 'ok', 1000, 5, 0, 'heuristics_only', 0, ?, '{}', '{}')`);
    const now = Date.now();
    db.transaction(() => {
      for (let i = 0; i < events; i++)
        insert.run(
          `seed-${i}`,
          `install-${i % 50}`,
          now,
          now,
          `h${i % 3000}.example.com`,
          'v1:00000000000000aa',
          mapId,
        );
    })();
  } finally {
    db.close();
  }
}
