import type Database from 'better-sqlite3';

/** Texts remembered by id; past this many the memory starts over (the table stays the truth). */
const REMEMBERED_TEXTS = 50_000;

/** A table of map texts stored once each, and the events column that points at them. */
export interface MapTextTable {
  /** `final_maps` or `field_maps`: `(id INTEGER PRIMARY KEY, map TEXT NOT NULL UNIQUE)`. */
  table: 'final_maps' | 'field_maps';
  /** The autofill_events column holding the id. */
  column: 'final_map_id' | 'field_map_id';
}

/**
 * Ids of map texts in a table that keeps each text once. Runs of one form nearly always carry the
 * same maps, so almost every lookup is answered from memory. A new text is inserted by `idOf`, in
 * the caller's transaction when there is one (the writer runs it inside the one that stores the
 * event): `forget` must follow any transaction that rolled back, or remembered ids could point at
 * rows that were never kept.
 */
export function createMapTextIds(db: Database.Database, { table, column }: MapTextTable) {
  const insertText = db.prepare(`INSERT INTO ${table} (map) VALUES (?) ON CONFLICT (map) DO NOTHING`);
  const selectId = db.prepare(`SELECT id FROM ${table} WHERE map = ?`).pluck();
  const deleteUnused = db.prepare(
    `DELETE FROM ${table} WHERE id NOT IN (SELECT ${column} FROM autofill_events WHERE ${column} IS NOT NULL)`,
  );
  let remembered = new Map<string, number>();

  return {
    idOf(text: string): number {
      const known = remembered.get(text);
      if (known !== undefined) return known;
      insertText.run(text);
      const id = selectId.get(text) as number;
      if (remembered.size >= REMEMBERED_TEXTS) remembered = new Map();
      remembered.set(text, id);
      return id;
    },
    forget(): void {
      remembered = new Map();
    },
    /** Deletes texts no event points at any more (after a prune); one pass over the window index. */
    pruneUnused(): number {
      remembered = new Map();
      return deleteUnused.run().changes;
    },
  };
}

export type MapTextIds = ReturnType<typeof createMapTextIds>;

/** Final maps (selector → canonical, the form votes), each text once in `final_maps`. */
export function createFinalMapIds(db: Database.Database): MapTextIds {
  return createMapTextIds(db, { table: 'final_maps', column: 'final_map_id' });
}

/** Field maps (selector → signature and format, see fieldMapText), each text once in `field_maps`. */
export function createFieldMapIds(db: Database.Database): MapTextIds {
  return createMapTextIds(db, { table: 'field_maps', column: 'field_map_id' });
}
