import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir, startServerProcess, type ServerProcess } from '@companion-autofill/test-kit/server-process';
import { UsageError } from '../src/cli/strict-args.ts';
import { reportCommand } from '../src/cli/report-command.ts';
import { simulateCommand } from '../src/cli/simulate-command.ts';
import { loadConfig } from '../src/config/load-config.ts';
import { collectImpactReport } from '../src/report/collect-report.ts';
import { readExpectedWeights } from '../src/report/expected-weights.ts';
import { openSqliteReportStore } from '../src/store/sqlite/sqlite-report-store.ts';
import type { SimulationResult } from '../src/simulator/run-simulation.ts';

let servers: ServerProcess[] = [];
afterEach(async () => {
  await Promise.all(servers.map((server) => server.stop()));
  servers = [];
});

/** A tuning file with the profile experiment split 50/50. */
function holdoutTuning(): string {
  const path = join(makeTempDir(), 'tuning.json');
  writeFileSync(
    path,
    JSON.stringify({ experiments: { profile_holdout: { salt: 'sim-test', arms: { treatment: 50, holdout: 50 } } } }),
  );
  return path;
}

async function simulate(argv: string[]) {
  let stdout = '';
  let stderr = '';
  let result: SimulationResult | undefined;
  const code = await simulateCommand(loadConfig({}), argv, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    onResult: (r) => (result = r),
  });
  return { code, stdout, stderr, result };
}

describe('companion-server simulate against a real server process', () => {
  it('measures the effect the simulator puts in, and states it as the assumption it is', async () => {
    const tuning = holdoutTuning();
    const server = await startServerProcess({
      env: {
        COMPANION_TUNING_FILE: tuning,
        COMPANION_RATE_LIMIT_PER_IP: '10000000',
        COMPANION_RATE_LIMIT_PER_INSTALL: '10000000',
      },
    });
    servers.push(server);

    const run = await simulate([
      '--url',
      server.url,
      '--db',
      server.dbPath,
      '--installs',
      '40',
      '--hosts',
      '8',
      '--cycles',
      '3',
      '--runs-per-cycle',
      '8',
      '--seed',
      '7',
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^cycle 1\/3: .*aggregation: run \d+: \d+ profiles from 320 events$/m);
    expect(run.stdout).toMatch(/^cycle 3\/3: /m);
    expect(run.stdout).toContain('summary (960 events');
    const { tallies, events, assumedEffect } = run.result!;
    // The output states the effect the simulator puts in, with its figures, as an assumption.
    expect(run.stdout).toContain('assumed effect (put in by the simulator, not measured)');
    expect(run.stdout).toContain(assumedEffect.successWithProfile.toFixed(3));
    expect(events).toBe(960);
    expect(tallies.every((tally) => tally.accepted === 320 && tally.rejected === 0)).toBe(true);
    // The loop's mechanics: nothing is learned before the first aggregation; afterwards the server
    // serves maps to treatment installs and never to holdout ones.
    expect(Object.values(tallies[0]!.arms).every((arm) => arm.profileRuns === 0)).toBe(true);
    expect(tallies[2]!.profileAnswers.ok ?? 0).toBeGreaterThan(0);
    expect(tallies.every((tally) => (tally.arms.holdout?.profileRuns ?? 0) === 0)).toBe(true);

    let table = '';
    const code = await reportCommand(loadConfig({}), ['--db', server.dbPath, '--tuning', tuning, '--days', '1'], {
      stdout: (text) => (table += text),
      stderr: () => {},
    });
    expect(code).toBe(0);
    const reports = openSqliteReportStore(server.dbPath);
    const report = await collectImpactReport(reports, {
      days: 1,
      expectedWeights: readExpectedWeights(tuning),
      now: Date.now(),
    }).finally(() => reports.close());
    expect(report.overall.runs).toBe(960);
    // Every run is simulated, so the report states the user model as the assumption it is.
    expect(report.method.simulatedRuns).toBe(960);
    expect(report.method.simulatorAssumption).toContain('an assumption, not evidence');
    expect(table).toContain('NOTE: 960 of 960 runs are simulated.');

    const experiment = report.experiments.find((e) => e.name === 'profile_holdout');
    if (!experiment) throw new Error('the server did not bucket installs into profile_holdout');
    expect(report.warnings.filter((warning) => warning.code !== 'guardrail_harm')).toEqual([]);
    expect(experiment.control).toBe('holdout');
    const comparison = experiment.comparisons.find((c) => c.arm === 'treatment')!;
    const success = comparison.installLevel.differences.successRatio!;
    expect(success.installs.treatment + success.installs.control).toBe(40);
    // What this tests is the measuring pipeline, not whether profiles help: the simulator puts an
    // effect in (a wrong field costs success, profiles fix fields), and the report must find it in
    // that direction without finding more than was put in (profiles come only after an
    // aggregation, so the measured difference is a diluted share of the assumed one).
    const assumedGain = assumedEffect.successWithProfile - assumedEffect.successWithHeuristics;
    expect(assumedGain).toBeGreaterThan(0);
    expect(success.difference).toBeGreaterThan(0);
    expect(success.interval.low).toBeLessThan(assumedGain);
    // Each simulated install visits its own few forms, so its runs share their wrong fields: the
    // install-level interval of edit chars is wider than the run-level one, which ignores that.
    const width = (interval: { low: number; high: number }) => interval.high - interval.low;
    expect(width(comparison.installLevel.differences.editCharsPerRun!.interval)).toBeGreaterThan(
      width(comparison.editChars!.interval),
    );
    expect(width(comparison.installLevel.sequential!.interval)).toBeGreaterThan(width(success.interval));
    expect(comparison.installLevel.power!.installsNow).toBe(40);
  }, 60_000);

  it('refuses a non-loopback URL and bad numbers', async () => {
    await expect(simulate(['--url', 'http://example.com:8003'])).rejects.toThrow(UsageError);
    await expect(simulate(['--url', 'https://127.0.0.1:8003'])).rejects.toThrow(/loopback/);
    await expect(simulate(['--installs', '0'])).rejects.toThrow(/--installs must be an integer/);
    await expect(simulate(['--cycles', 'many'])).rejects.toThrow(UsageError);
  });
});
