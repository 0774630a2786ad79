import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { LearningEvent } from '@companion-autofill/sdk/protocol';
import { makeEvent } from '@companion-autofill/test-kit/learning-events';
import { makeTempDir } from '@companion-autofill/test-kit/server-process';
import { reportCommand } from '../src/cli/report-command.ts';
import { UsageError } from '../src/cli/strict-args.ts';
import { loadConfig } from '../src/config/load-config.ts';
import type { ImpactReport } from '../src/report/impact-report.ts';
import { createSqliteStore } from '../src/store/sqlite/sqlite-store.ts';
import { seededRandom } from '@companion-autofill/test-kit/seeded-random';

const NOW = Date.parse('2026-11-27T12:00:00Z');
const DAY = 86_400_000;

/**
 * 30 installs per arm, each with its own skill (success propensity) that carries over from the
 * 7-day pre-period into the 7-day window, 4–16 runs per install in each. Treatment installs
 * succeed 15 pp more often and take 20 s longer per run: a win with a time-to-fill cost.
 */
async function experimentDatabase(): Promise<{ dbPath: string; tuning: string }> {
  const dir = makeTempDir();
  const dbPath = join(dir, 'companion.db');
  const random = seededRandom(16);
  const events: LearningEvent[] = [];
  for (const arm of ['treatment', 'holdout'] as const) {
    for (let install = 0; install < 30; install++) {
      const skill = 0.2 + 0.6 * random();
      const editsPerRun = Math.round(40 * (1 - skill));
      for (const period of ['pre', 'window'] as const) {
        const runs = 4 + Math.floor(random() * 13);
        const lift = period === 'window' && arm === 'treatment' ? 0.15 : 0;
        for (let run = 0; run < runs; run++) {
          const daysAgo = (period === 'pre' ? 7.5 : 0.5) + random() * 6;
          events.push(
            makeEvent({
              install_id: `install-${arm}-${String(install).padStart(3, '0')}`,
              occurred_at: new Date(NOW - daysAgo * DAY).toISOString(),
              status: random() < skill + lift ? 'ok' : 'validation_error',
              duration_ms:
                10_000 + Math.floor(random() * 4_000) + (period === 'window' && arm === 'treatment' ? 20_000 : 0),
              edit_stats: { total_chars_added: editsPerRun, total_chars_deleted: 0, per_field: {} },
              experiments: { profile_holdout: arm },
            }),
          );
        }
      }
    }
  }
  const store = createSqliteStore(dbPath);
  for (let i = 0; i < events.length; i += 100) await store.events.insertEvents(events.slice(i, i + 100), NOW);
  await store.close();
  const tuning = join(dir, 'tuning.json');
  writeFileSync(
    tuning,
    JSON.stringify({ experiments: { profile_holdout: { salt: 's16', arms: { treatment: 50, holdout: 50 } } } }),
  );
  return { dbPath, tuning };
}

async function runReport(dbPath: string, tuning: string, argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await reportCommand(loadConfig({}), ['--db', dbPath, '--tuning', tuning, '--days', '7', ...argv], {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    now: () => NOW,
  });
  return { code, stdout, stderr };
}

const width = (interval: { low: number; high: number }) => interval.high - interval.low;

describe('companion-server report: inference at the install level', () => {
  it('gives install-level, always-valid, power, CUPED and guardrail figures in --format json', async () => {
    const { dbPath, tuning } = await experimentDatabase();
    const { code, stdout, stderr } = await runReport(dbPath, tuning, ['--format', 'json']);
    expect(code, stderr).toBe(0);
    const report = JSON.parse(stdout) as ImpactReport;
    const comparison = report.experiments[0]!.comparisons[0]!;
    const installLevel = comparison.installLevel;
    const success = installLevel.differences.successRatio!;
    expect(success.installs).toEqual({ treatment: 30, control: 30 });
    // Installs differ in skill, so runs of one install are correlated: the honest interval is wider.
    expect(width(success.interval)).toBeGreaterThan(width(comparison.successRatio!.interval));
    expect(width(installLevel.sequential!.interval)).toBeGreaterThan(width(success.interval));
    // Each install's skill carries over from the pre-period: CUPED removes much of the variance.
    expect(report.method.prePeriod).toEqual({
      since: '2026-11-13T12:00:00.000Z',
      until: '2026-11-20T12:00:00.000Z',
      installs: 60,
    });
    expect(installLevel.cuped!.successRatio!.varianceReduction).toBeGreaterThan(0.2);
    expect(installLevel.cuped!.editCharsPerRun!.varianceReduction).toBeGreaterThan(0.5);
    expect(width(installLevel.cuped!.successRatio!.interval)).toBeLessThan(width(success.interval));
    expect(installLevel.power).toMatchObject({ effect: 0.05, installsNow: 60, power: 0.8, alpha: 0.05 });
    expect(installLevel.power!.minimumDetectableEffect).toBeCloseTo((1.959964 + 0.841621) * success.standardError, 5);
    // Treatment takes 20 s longer per run: flagged, in the JSON and as a warning.
    expect(installLevel.guardrails.find((check) => check.metric === 'timeToFillMs')!.harmed).toBe(true);
    expect(report.warnings.map((warning) => warning.code)).toEqual(['guardrail_harm']);
    expect(stderr).toMatch(
      /WARNING GUARDRAIL time-to-fill is worse in profile_holdout treatment than holdout: treatment − holdout = \+20\.\d\d s/,
    );
    expect(report.method).toMatchObject({ unit: 'install', effect: 0.05, simulatedRuns: 0, simulatorAssumption: null });
  });

  it('sizes power for --effect, prints every figure in the table, and refuses a bad --effect', async () => {
    const { dbPath, tuning } = await experimentDatabase();
    const five = JSON.parse((await runReport(dbPath, tuning, ['--format', 'json'])).stdout) as ImpactReport;
    const ten = JSON.parse(
      (await runReport(dbPath, tuning, ['--format', 'json', '--effect', '0.1'])).stdout,
    ) as ImpactReport;
    const needed = (report: ImpactReport) => report.experiments[0]!.comparisons[0]!.installLevel.power!.installsNeeded;
    // Half the effect needs four times the installs (up to rounding up).
    expect(needed(five) / needed(ten)).toBeCloseTo(4, 1);
    const table = (await runReport(dbPath, tuning, [])).stdout;
    expect(table).toMatch(/!!! WARNING \[guardrail_harm\] GUARDRAIL time-to-fill/);
    for (const line of [
      /^ {4}success ratio +\+\d+\.\d pp {2}installs \[/m,
      /^ +runs {6}\[/m,
      /^ +always-valid \[/m,
      /^ +CUPED {5}[+-]\d+\.\d pp \[.*variance \d+ % lower, 60 installs with a pre-period\)/m,
      /^ {4}power +MDE \d+\.\d pp at 60 installs/m,
      /^ {4}guardrails +time-to-fill \+20\.\d\d s \[.*\] HARMED; cancelled\+error/m,
    ]) {
      expect(table).toMatch(line);
    }
    await expect(runReport(dbPath, tuning, ['--effect', '0'])).rejects.toThrow(UsageError);
    await expect(runReport(dbPath, tuning, ['--effect', 'big'])).rejects.toThrow(/--effect must be/);
  });
});
