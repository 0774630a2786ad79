import type Database from 'better-sqlite3';

/** Final maps remembered by id; past this many the memory starts over (the table stays the truth). */
const REMEMBERED_MAPS = 50_000;

/**
 * Ids of final-map texts in `final_maps`, each text stored once. Runs of one form nearly always
 * end with the same map, so almost every lookup is answered from memory. A new map is inserted by
 * `idOf`, in the caller's transaction when there is one (the writer runs it inside the one that
 * stores the event): `forget` must follow any transaction that rolled back, or remembered ids could
 * point at rows that were never kept.
 */
export function createFinalMapIds(db: Database.Database) {
  const insertMap = db.prepare('INSERT INTO final_maps (map) VALUES (?) ON CONFLICT (map) DO NOTHING');
  const selectId = db.prepare('SELECT id FROM final_maps WHERE map = ?').pluck();
  const deleteUnused = db.prepare('DELETE FROM final_maps WHERE id NOT IN (SELECT final_map_id FROM autofill_events WHERE final_map_id IS NOT NULL)');
  let remembered = new Map<string, number>();

  return {
    idOf(mapText: string): number {
      const known = remembered.get(mapText);
      if (known !== undefined) return known;
      insertMap.run(mapText);
      const id = selectId.get(mapText) as number;
      if (remembered.size >= REMEMBERED_MAPS) remembered = new Map();
      remembered.set(mapText, id);
      return id;
    },
    forget(): void {
      remembered = new Map();
    },
    /** Deletes maps no event points at any more (after a prune); one pass over the window index. */
    pruneUnused(): number {
      remembered = new Map();
      return deleteUnused.run().changes;
    },
  };
}
