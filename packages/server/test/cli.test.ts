import Database from 'better-sqlite3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempDir, runCli, startServerProcess } from '@companion-autofill/test-kit/server-process';
import { COMMANDS } from '../src/cli/cli-args.ts';

describe('companion-server CLI', () => {
  it('stops serve on a bad configuration value with a message naming the variable and range', async () => {
    const result = await runCli(['serve', '--port', '0', '--db', join(makeTempDir(), 'x.db')], {
      COMPANION_AUTOFILL_QUALITY_MIN_SUCCESS: '1.7',
    });
    expect(result.code).toBe(78);
    expect(result.stderr).toContain(
      'COMPANION_AUTOFILL_QUALITY_MIN_SUCCESS=1.7 is out of range: must be a number between 0 and 1 (default 0.6)',
    );
    await expect(startServerProcess({ env: { AGG_EVERY_HOURS: '-6' } })).rejects.toThrow(
      /AGG_EVERY_HOURS=-6 is out of range/,
    );
  });

  it('explains usage on an unknown command or flag', async () => {
    const result = await runCli(['serv']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('unknown command: serv');
    expect(result.stderr).toContain('usage: companion-server');
    const unknownFlag = await runCli(['aggregate', '--dbx', 'y']);
    expect(unknownFlag.code).toBe(2);
    expect(unknownFlag.stderr).toContain("Unknown option '--dbx'");
    expect(unknownFlag.stderr).toContain('usage: companion-server <command>');
    expect((await runCli([])).code).toBe(2);
    const unknownWithHelp = await runCli(['serv', '--help']);
    expect(unknownWithHelp.code).toBe(2);
    expect(unknownWithHelp.stderr).toContain('unknown command: serv');
  });

  it('--help prints every command on stdout and exits 0', async () => {
    for (const argv of [['--help'], ['-h'], ['help']]) {
      const result = await runCli(argv);
      expect(result.code).toBe(0);
      expect(result.stderr).toBe('');
      expect(result.stdout).toMatch(/^usage: companion-server <command> \[options\]/);
      for (const command of COMMANDS) expect(result.stdout).toMatch(new RegExp(`^  ${command} +\\S`, 'm'));
    }
  });

  it("<command> --help prints that command's usage and options and runs nothing", async () => {
    for (const command of COMMANDS) {
      const result = await runCli([command, '--help']);
      expect(result.code, command).toBe(0);
      expect(result.stderr).toBe('');
      expect(result.stdout).toMatch(new RegExp(`^usage: companion-server ${command} `));
      expect(result.stdout).toContain('-h, --help');
    }
    const serve = await runCli(['serve', '--port', '0', '-h']);
    expect(serve.stdout).toContain('--port N');
    expect(serve.stdout).toContain('COMPANION_PORT, default 8003');
    expect((await runCli(['report', '--help'])).stdout).toContain('--format table|json');
    expect((await runCli(['help', 'simulate'])).stdout).toBe((await runCli(['simulate', '-h'])).stdout);
  });

  it('--version prints the server package version', async () => {
    const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    const result = await runCli(['--version']);
    expect(result).toEqual({ code: 0, stdout: `companion-server ${version}\n`, stderr: '' });
  });

  it('migrate creates the schema once and is idempotent', async () => {
    const dbPath = join(makeTempDir(), 'nested', 'm.db');
    const first = await runCli(['migrate', '--db', dbPath]);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ applied: [1, 2, 3, 4, 5, 6, 7], schema_version: 7 });
    const second = await runCli(['migrate', '--db', dbPath]);
    expect(JSON.parse(second.stdout)).toMatchObject({ applied: [], schema_version: 7 });
    const db = new Database(dbPath, { readonly: true });
    const tables = (
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]
    ).map((t) => t.name);
    expect(tables).toEqual(
      expect.arrayContaining([
        'aggregator_lease',
        'aggregator_runs',
        'autofill_events',
        'field_maps',
        'field_profiles',
        'final_maps',
        'form_profiles',
        'installs',
        'mapping_flips',
        'pinned_profiles',
        'quarantines',
      ]),
    );
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('aggregate prints a JSON summary and honours --lookback-days', async () => {
    const dbPath = join(makeTempDir(), 'a.db');
    const result = await runCli(['aggregate', '--db', dbPath, '--lookback-days', '7']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ status: 'ok', events_read: 0, profiles_updated: 0 });
    expect((await runCli(['aggregate', '--db', dbPath, '--lookback-days', '0'])).stderr).toContain(
      'AGG_LOOKBACK_DAYS=0 is out of range',
    );
  });
});
