import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempDir, runCli, startServerProcess } from '../../../test/support/server-process.ts';

describe('companion-server CLI', () => {
  it('stops serve on a bad configuration value with a message naming the variable and range', async () => {
    const result = await runCli(['serve', '--port', '0', '--db', join(makeTempDir(), 'x.db')], { COMPANION_AUTOFILL_QUALITY_MIN_SUCCESS: '1.7' });
    expect(result.code).toBe(78);
    expect(result.stderr).toContain('COMPANION_AUTOFILL_QUALITY_MIN_SUCCESS=1.7 is out of range: must be a number between 0 and 1 (default 0.6)');
    await expect(startServerProcess({ env: { AGG_EVERY_HOURS: '-6' } })).rejects.toThrow(/AGG_EVERY_HOURS=-6 is out of range/);
  });

  it('explains usage on an unknown command or flag', async () => {
    const result = await runCli(['serv']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown command: serv');
    expect(result.stderr).toContain('usage: companion-server');
    expect((await runCli(['aggregate', '--dbx', 'y'])).code).toBe(2);
  });

  it('migrate creates the schema once and is idempotent', async () => {
    const dbPath = join(makeTempDir(), 'nested', 'm.db');
    const first = await runCli(['migrate', '--db', dbPath]);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ applied: [1, 2, 3, 4, 5], schema_version: 5 });
    const second = await runCli(['migrate', '--db', dbPath]);
    expect(JSON.parse(second.stdout)).toMatchObject({ applied: [], schema_version: 5 });
    const db = new Database(dbPath, { readonly: true });
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(['aggregator_lease', 'aggregator_runs', 'autofill_events', 'field_maps', 'field_profiles', 'final_maps', 'form_profiles']));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('aggregate prints a JSON summary and honours --lookback-days', async () => {
    const dbPath = join(makeTempDir(), 'a.db');
    const result = await runCli(['aggregate', '--db', dbPath, '--lookback-days', '7']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ status: 'ok', events_read: 0, profiles_updated: 0 });
    expect((await runCli(['aggregate', '--db', dbPath, '--lookback-days', '0'])).stderr).toContain('AGG_LOOKBACK_DAYS=0 is out of range');
  });
});
