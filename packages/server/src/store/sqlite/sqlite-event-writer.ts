import type Database from 'better-sqlite3';
import { codeOf, errorMessage } from '../../errors/error-message.ts';
import type { SqliteEventRow } from './sqlite-event-row.ts';
import { createFieldMapIds, createFinalMapIds } from './sqlite-map-text-ids.ts';

/** One sync batch waiting to be stored. */
export interface RowBatch {
  rows: readonly SqliteEventRow[];
  receivedAt: number;
  /** The sender's network key ('' when unknown). */
  networkKey: string;
}

/** How one batch of a group fared: the ids newly stored, or why nothing of it was. */
export type BatchOutcome = { ok: true; stored: string[] } | { ok: false; error: string; code?: string };

/**
 * Every write to the events table, synchronous, on one connection (the writer thread's). Batches
 * are group-committed: the batches handed over together are written in one transaction, so
 * concurrent syncs share one fsync instead of paying one each (the commit, not the insert, bounds
 * ingest). A group that fails is retried batch by batch, so one bad batch cannot fail the others.
 */
export function createSqliteEventWriter(db: Database.Database) {
  const insert = db.prepare(`
    INSERT OR IGNORE INTO autofill_events (
      event_id, install_id, occurred_at, received_at, host, schema_hash, status, duration_ms, fill_ms,
      edit_chars, profile_source, profile_used, final_map_id, details, experiments, field_map_id, network_key
    ) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const countInstall = db.prepare(`
    INSERT INTO installs (install_id, first_seen_at, network_key, accepted_runs) VALUES (?, ?, ?, ?)
    ON CONFLICT (install_id) DO UPDATE SET accepted_runs = accepted_runs + excluded.accepted_runs`);
  const deleteEvents = db.prepare('DELETE FROM autofill_events WHERE install_id = ?');
  const deleteHistory = db.prepare('DELETE FROM installs WHERE install_id = ?');
  const deleteInstall = db.transaction((installId: string) => {
    deleteHistory.run(installId);
    return deleteEvents.run(installId).changes;
  });
  const prune = db.prepare('DELETE FROM autofill_events WHERE occurred_at < ?');
  const ping = db.prepare('SELECT 1');
  const finalMapIds = createFinalMapIds(db);
  const fieldMapIds = createFieldMapIds(db);
  const forgetTextIds = () => {
    finalMapIds.forget();
    fieldMapIds.forget();
  };

  const insertBatch = ({ rows, receivedAt, networkKey }: RowBatch): string[] => {
    const stored: string[] = [];
    const storedPerInstall = new Map<string, number>();
    for (const [
      eventId,
      installId,
      occurredAt,
      host,
      schemaHash,
      status,
      durationMs,
      fillMs,
      editChars,
      profileSource,
      profileUsed,
      finalMapText,
      detailsText,
      experimentsText,
      fieldMapText,
    ] of rows) {
      const { changes } = insert.run(
        eventId,
        installId,
        occurredAt,
        receivedAt,
        host,
        schemaHash,
        status,
        durationMs,
        fillMs,
        editChars,
        profileSource,
        profileUsed,
        finalMapIds.idOf(finalMapText),
        detailsText,
        experimentsText,
        fieldMapText === null ? null : fieldMapIds.idOf(fieldMapText),
        networkKey,
      );
      if (changes === 1) {
        stored.push(eventId);
        storedPerInstall.set(installId, (storedPerInstall.get(installId) ?? 0) + 1);
      }
    }
    for (const [installId, runs] of storedPerInstall) countInstall.run(installId, receivedAt, networkKey, runs);
    return stored;
  };
  const insertOne = db.transaction(insertBatch);
  const insertGroup = db.transaction((group: readonly RowBatch[]) => group.map(insertBatch));
  // Retention covers the install histories too: an install with no event left is forgotten (and is new if it comes back).
  const pruneHistories = db.prepare(
    'DELETE FROM installs WHERE NOT EXISTS (SELECT 1 FROM autofill_events e WHERE e.install_id = installs.install_id)',
  );
  const pruneEvents = db.transaction((cutoffMs: number) => {
    const { changes } = prune.run(cutoffMs);
    finalMapIds.pruneUnused();
    fieldMapIds.pruneUnused();
    pruneHistories.run();
    return changes;
  });

  return {
    insertGroup(group: readonly RowBatch[]): BatchOutcome[] {
      try {
        return insertGroup.immediate(group).map((stored) => ({ ok: true, stored }));
      } catch {
        // Nothing of the group was committed, map texts included: each batch goes alone.
        forgetTextIds();
        return group.map((batch) => {
          try {
            return { ok: true, stored: insertOne.immediate(batch) };
          } catch (error) {
            forgetTextIds();
            return { ok: false, error: errorMessage(error), ...codeOf(error) };
          }
        });
      }
    },
    deleteInstall(installId: string): number {
      return deleteInstall.immediate(installId);
    },
    pruneBefore(cutoffMs: number): number {
      return pruneEvents.immediate(cutoffMs);
    },
    ping(): void {
      ping.get();
    },
  };
}

export type SqliteEventWriter = ReturnType<typeof createSqliteEventWriter>;
