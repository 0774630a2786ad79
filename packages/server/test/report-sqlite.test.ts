import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Fastify from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import type { LearningEvent } from '@companion-autofill/sdk/protocol';
import { makeEvent } from '@companion-autofill/test-kit/learning-events';
import { makeTempDir } from '@companion-autofill/test-kit/server-process';
import { reportCommand } from '../src/cli/report-command.ts';
import { UsageError } from '../src/cli/strict-args.ts';
import { loadConfig } from '../src/config/load-config.ts';
import type { ImpactReport } from '../src/report/impact-report.ts';
import { openSqliteReportStore } from '../src/store/sqlite/sqlite-report-store.ts';
import { reportRoute } from '../src/routes/report-route.ts';
import { requireAdminToken } from '../src/security/api-key-auth.ts';
import { createSqliteStore } from '../src/store/sqlite/sqlite-store.ts';

const NOW = Date.parse('2026-11-27T12:00:00Z');
const DAY = 86_400_000;
const TOKEN = 'admin-token-0123456789abcdef';

let closers: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const close of closers.reverse()) await close();
  closers = [];
});

/**
 * A database with a clear effect: treatment runs succeed 9 times in 10 with 2 edit chars, holdout
 * runs 6 times in 10 with 20; 20 installs per arm, 10 runs each, within the last week. Plus runs
 * older than the window, which must not count.
 */
async function seededDatabase(): Promise<string> {
  const dbPath = join(makeTempDir(), 'companion.db');
  const store = createSqliteStore(dbPath);
  const events: LearningEvent[] = [];
  for (const arm of ['treatment', 'holdout'] as const) {
    for (let install = 0; install < 20; install++) {
      for (let run = 0; run < 10; run++) {
        const ok = arm === 'treatment' ? run < 9 : run < 6;
        const edits = arm === 'treatment' ? 2 : 20;
        events.push(
          makeEvent({
            install_id: `install-${arm}-${install}`,
            occurred_at: new Date(NOW - (run + 1) * 3_600_000).toISOString(),
            status: ok ? 'ok' : 'validation_error',
            duration_ms: (run + 1) * 1_000,
            edit_stats: { total_chars_added: edits, total_chars_deleted: 0, per_field: {} },
            profile_source: arm === 'treatment' ? 'server_only' : 'heuristics_only',
            experiments: { profile_holdout: arm },
          }),
        );
      }
    }
  }
  for (let i = 0; i < 30; i++)
    events.push(makeEvent({ install_id: 'install-old-0001', occurred_at: new Date(NOW - 40 * DAY).toISOString() }));
  for (let i = 0; i < events.length; i += 100) await store.events.insertEvents(events.slice(i, i + 100), NOW);
  await store.close();
  return dbPath;
}

function tuningFile(arms: Record<string, number>): string {
  const path = join(makeTempDir(), 'tuning.json');
  writeFileSync(path, JSON.stringify({ experiments: { profile_holdout: { salt: 's1', arms } } }));
  return path;
}

async function runReport(dbPath: string, argv: string[], tuning?: string) {
  let stdout = '';
  let stderr = '';
  const code = await reportCommand(loadConfig({}), ['--db', dbPath, ...argv], {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    now: () => NOW,
    tuningFile: tuning,
  });
  return { code, stdout, stderr };
}

describe('companion-server report over a real SQLite database', () => {
  it('reads only the window and shows treatment ahead of holdout, with intervals excluding zero', async () => {
    const dbPath = await seededDatabase();
    const { code, stdout, stderr } = await runReport(
      dbPath,
      ['--days', '7', '--format', 'json'],
      tuningFile({ treatment: 50, holdout: 50 }),
    );
    expect(code, stderr).toBe(0);
    const report = JSON.parse(stdout) as ImpactReport;
    expect(report.overall.runs).toBe(400);
    expect(report.warnings).toEqual([]);
    const [experiment] = report.experiments;
    expect(experiment!.arms.map((arm) => [arm.arm, arm.installs, arm.runs, arm.successRatio.value])).toEqual([
      ['holdout', 20, 200, 0.6],
      ['treatment', 20, 200, 0.9],
    ]);
    const comparison = experiment!.comparisons[0]!;
    // 180/200 vs 120/200: +0.30; unpooled se = √(0.9·0.1/200 + 0.6·0.4/200) = √0.00165 = 0.0406202 → ±0.0796
    expect(comparison.successRatio!.difference).toBeCloseTo(0.3, 12);
    expect(comparison.successRatio!.interval.low).toBeCloseTo(0.3 - 1.959964 * 0.0406202, 5);
    expect(comparison.editChars!.difference).toBe(-18);
    expect(report.byProfileSource.map((group) => group.profileSource)).toEqual(['server_only', 'heuristics_only']);
  });

  it('prints a terminal table, and a loud banner when the split does not match the configuration', async () => {
    const dbPath = await seededDatabase();
    const fine = await runReport(dbPath, ['--days', '7'], tuningFile({ treatment: 50, holdout: 50 }));
    expect(fine.stdout).toContain('Experiment profile_holdout (control: holdout)');
    expect(fine.stdout).toContain('treatment - holdout (installs 20 vs 20):');
    expect(fine.stdout).toMatch(/success ratio +\+30\.0 pp {2}installs /);
    expect(fine.stdout).not.toContain('WARNING');
    // 20/20 installs against a configured 90/10: χ² = (20−36)²/36 + (20−4)²/4 = 7.11 + 64 = 71.1, p ≈ 3e-17
    const skewed = await runReport(dbPath, ['--days', '7'], tuningFile({ treatment: 90, holdout: 10 }));
    expect(skewed.code).toBe(0);
    expect(skewed.stdout).toMatch(
      /!{100}\n!!! WARNING \[sample_ratio_mismatch\] SAMPLE RATIO MISMATCH in profile_holdout/,
    );
    expect(skewed.stderr).toContain('WARNING SAMPLE RATIO MISMATCH in profile_holdout');
  });

  it('counts older events with a longer window, and refuses bad flags and missing databases', async () => {
    const dbPath = await seededDatabase();
    const wide = JSON.parse((await runReport(dbPath, ['--days', '60', '--format', 'json'])).stdout) as ImpactReport;
    expect(wide.overall.runs).toBe(430);
    // No tuning file: the experiment is reported, its ratio is not checked, and the report says so.
    expect(wide.warnings.map((warning) => warning.code)).toEqual(['weights_unknown']);
    await expect(runReport(dbPath, ['--days', '0'])).rejects.toThrow(UsageError);
    await expect(runReport(dbPath, ['--format', 'xml'])).rejects.toThrow(UsageError);
    const missing = await runReport(join(makeTempDir(), 'nope.db'), []);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no database at .*nope\.db/);
  });
});

describe('GET /api/admin/report', () => {
  async function app(adminToken: string) {
    const dbPath = await seededDatabase();
    const reports = openSqliteReportStore(dbPath);
    const server = Fastify();
    server.addHook('onRequest', requireAdminToken(adminToken));
    await server.register(reportRoute, {
      reports,
      expectedWeights: () => ({ profile_holdout: { treatment: 50, holdout: 50 } }),
      clock: () => NOW,
    });
    closers.push(
      () => reports.close(),
      () => server.close(),
    );
    return server;
  }

  it('answers the JSON report to the admin token', async () => {
    const server = await app(TOKEN);
    const response = await server.inject({
      method: 'GET',
      url: '/api/admin/report?days=7&format=json',
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(response.statusCode).toBe(200);
    const report = response.json() as ImpactReport;
    expect(report.overall.runs).toBe(400);
    expect(report.experiments[0]!.comparisons[0]!.successRatio!.difference).toBeCloseTo(0.3, 12);
    expect(report.method.effect).toBe(0.05);
    const sized = (
      await server.inject({
        method: 'GET',
        url: '/api/admin/report?days=7&effect=0.1',
        headers: { authorization: `Bearer ${TOKEN}` },
      })
    ).json() as ImpactReport;
    expect(sized.method.effect).toBe(0.1);
    expect(sized.experiments[0]!.comparisons[0]!.installLevel.power!.effect).toBe(0.1);
    const table = await server.inject({
      method: 'GET',
      url: '/api/admin/report?format=table',
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(table.headers['content-type']).toMatch(/^text\/plain/);
    expect(table.body).toContain('last 30 day(s)');
  });

  it('answers 401 without the token or with a wrong one, and 400 to a bad query', async () => {
    const server = await app(TOKEN);
    expect((await server.inject({ method: 'GET', url: '/api/admin/report' })).statusCode).toBe(401);
    const wrong = await server.inject({
      method: 'GET',
      url: '/api/admin/report',
      headers: { authorization: `Bearer ${TOKEN}x` },
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error).toBe('CA_ERR_UNAUTHORIZED');
    expect(
      (await server.inject({ method: 'GET', url: '/api/admin/report', headers: { authorization: TOKEN } })).statusCode,
    ).toBe(401);
    for (const query of ['days=0', 'days=abc', 'format=xml', 'since=1', 'effect=0', 'effect=1.5']) {
      const response = await server.inject({
        method: 'GET',
        url: `/api/admin/report?${query}`,
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      expect(response.statusCode, query).toBe(400);
    }
  });

  it('answers 403 when no admin token is configured', async () => {
    const server = await app('');
    const response = await server.inject({
      method: 'GET',
      url: '/api/admin/report',
      headers: { authorization: 'Bearer ' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error).toBe('CA_ERR_ADMIN_DISABLED');
  });
});
