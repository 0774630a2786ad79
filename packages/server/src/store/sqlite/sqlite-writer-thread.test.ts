import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeEvent } from '@companion-autofill/test-kit/learning-events';
import { makeTempDir } from '@companion-autofill/test-kit/server-process';
import { migrate } from './migrations.ts';
import { openDatabase } from './open-database.ts';
import { sqliteEventRow } from './sqlite-event-row.ts';
import { startSqliteWriterThread } from './sqlite-writer-thread.ts';

describe('SQLite writer thread', () => {
  it('fails the calls of a thread that could not start, and starts a new one for the next call', async () => {
    const dir = makeTempDir();
    const blocker = join(dir, 'not-a-folder');
    writeFileSync(blocker, '');
    const dbPath = join(blocker, 'companion.db');
    const writer = startSqliteWriterThread(dbPath);

    await expect(writer.ping()).rejects.toThrow(/EEXIST|ENOTDIR/);

    rmSync(blocker);
    const db = openDatabase(dbPath);
    migrate(db);
    const event = makeEvent();
    expect(await writer.insert([sqliteEventRow(event)], Date.now())).toEqual([event.event_id]);
    expect(db.prepare('SELECT count(*) FROM autofill_events').pluck().get()).toBe(1);
    await writer.close();
    db.close();
  });

  it('answers in the order asked: a delete after an insert sees the insert', async () => {
    const dbPath = join(makeTempDir(), 'companion.db');
    const db = openDatabase(dbPath);
    migrate(db);
    const writer = startSqliteWriterThread(dbPath);
    const event = makeEvent({ install_id: 'install-order001' });
    const [stored, deleted, again] = await Promise.all([
      writer.insert([sqliteEventRow(event)], Date.now()),
      writer.deleteInstall('install-order001'),
      writer.insert([sqliteEventRow(event)], Date.now()),
    ]);
    expect(stored).toEqual([event.event_id]);
    expect(deleted).toBe(1);
    // The same id once more: stored anew, since the delete came between.
    expect(again).toEqual([event.event_id]);
    await writer.close();
    db.close();
  });
});
