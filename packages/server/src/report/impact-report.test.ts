import { describe, expect, it } from 'vitest';
import type { ProfileSource, RunStatus } from '@companion-autofill/sdk/protocol';
import { buildImpactReport } from './impact-report.ts';
import { renderImpactTable } from './render-impact-table.ts';
import type { ReportRow } from '../store/report-row.ts';

const NOW = Date.parse('2026-11-27T12:00:00Z');
const WEIGHTS = { profile_holdout: { treatment: 50, holdout: 50 } };

function row(overrides: Partial<ReportRow> = {}): ReportRow {
  return {
    installId: 'install-0001',
    status: 'ok',
    editChars: 0,
    durationMs: 1_000,
    profileSource: 'heuristics_only',
    draftedFields: 0,
    draftEditChars: 0,
    experiments: {},
    simulated: false,
    ...overrides,
  };
}

/** `count` runs of one arm spread over `installs` installs, statuses and edits cycling through the lists. */
function armRows(
  arm: string,
  count: number,
  installs: number,
  statuses: RunStatus[],
  edits: number[],
  source: ProfileSource,
): ReportRow[] {
  return Array.from({ length: count }, (_, i) =>
    row({
      installId: `${arm}-${i % installs}`,
      status: statuses[i % statuses.length]!,
      editChars: edits[i % edits.length]!,
      durationMs: (i + 1) * 1_000,
      profileSource: source,
      experiments: { profile_holdout: arm },
    }),
  );
}

/** n statuses: `ok` times ok, the rest validation_error, interleaved by index. */
function statusList(n: number, ok: number): RunStatus[] {
  return Array.from({ length: n }, (_, i) => (i < ok ? 'ok' : 'validation_error'));
}

describe('buildImpactReport', () => {
  const rows = [
    ...armRows('treatment', 100, 10, statusList(100, 60), [1, 2, 3, 4, 5], 'server_only'),
    ...armRows('holdout', 100, 10, statusList(100, 45), [4, 6, 8, 10], 'heuristics_only'),
  ];
  const report = buildImpactReport(rows, { days: 7, expectedWeights: WEIGHTS, now: NOW });

  it('summarizes every run and each profile source', () => {
    expect(report.overall).toMatchObject({
      runs: 200,
      installs: 20,
      statuses: { ok: 105, validation_error: 95, cancelled: 0, error: 0 },
    });
    expect(report.overall.successRatio.value).toBeCloseTo(105 / 200, 12);
    expect(report.byProfileSource.map((group) => [group.profileSource, group.runs])).toEqual([
      ['server_only', 100],
      ['heuristics_only', 100],
    ]);
    // Durations 1..100 s in each arm: nearest-rank p50 = 50th = 50 s, p90 = 90th = 90 s.
    expect(report.byProfileSource[0]!.timeToFillMs).toEqual({ p50: 50_000, p90: 90_000 });
    expect(report.since).toBe('2026-11-20T12:00:00.000Z');
  });

  it('compares treatment with the holdout arm, treatment − holdout', () => {
    const [experiment] = report.experiments;
    expect(experiment!.control).toBe('holdout');
    expect(experiment!.arms.map((arm) => [arm.arm, arm.weight, arm.runs, arm.installs])).toEqual([
      ['holdout', 50, 100, 10],
      ['treatment', 50, 100, 10],
    ]);
    const [comparison] = experiment!.comparisons;
    // 60/100 vs 45/100: +0.15, pooled z = 2.123977, p = 0.0336721 (hand-computed in estimators.test.ts)
    expect(comparison!.successRatio!.difference).toBeCloseTo(0.15, 12);
    expect(comparison!.successRatio!.pValue).toBeCloseTo(0.0336721, 6);
    // Edits: treatment cycles 1..5 (mean 3), holdout cycles 4,6,8,10 (mean 7): 3 − 7 = −4.
    expect(comparison!.editChars!.difference).toBeCloseTo(-4, 12);
    expect(comparison!.editChars!.interval.high).toBeLessThan(0);
    // Install level: every treatment install succeeds 6 times in 10; holdout installs 0–4 5 in 10, 5–9 4 in 10.
    // Holdout R = 0.45, Yᵢ − R·Nᵢ = ±0.5 → Var = 10/9·2.5/100² = 0.000277778, se 0.0166667; treatment Var 0.
    // Welch df = 9, t(0.975, 9) = 2.262157 → 0.15 ± 0.0377026
    const installLevel = comparison!.installLevel.differences.successRatio!;
    expect(installLevel.installs).toEqual({ treatment: 10, control: 10 });
    expect(installLevel.standardError).toBeCloseTo(0.0166667, 6);
    expect(installLevel.df).toBeCloseTo(9, 9);
    expect(installLevel.interval.low).toBeCloseTo(0.15 - 0.0377026, 6);
    expect(comparison!.installLevel.sequential!.interval.low).toBeLessThan(installLevel.interval.low);
    expect(comparison!.installLevel.cuped).toBeNull();
    expect(comparison!.installLevel.guardrails.map((check) => [check.metric, check.harmed])).toEqual([
      ['timeToFillMs', false],
      ['failureRatio', false],
    ]);
    // Ten installs in each arm of a 50/50 split: χ² = 0.
    expect(experiment!.sampleRatio).toMatchObject({ chiSquare: 0, pValue: 1, mismatch: false });
    expect(report.warnings).toEqual([]);
  });

  it('renders a readable table without a banner when nothing is wrong', () => {
    const text = renderImpactTable(report);
    expect(text).toContain('Experiment profile_holdout (control: holdout)');
    expect(text).toContain('treatment - holdout (installs 10 vs 10):');
    expect(text).toMatch(
      /success ratio +\+15\.0 pp {2}installs \[\+11\.2, \+18\.8\], p < 0\.001 {2}\(interval excludes 0\)/,
    );
    expect(text).toMatch(/runs {6}\[\+1\.3, \+28\.7\], p = 0\.034 {2}\(runs as if independent/);
    // Install-level then run-level interval per ratio (worked out in the comparison test above).
    expect(text).toMatch(
      /server_only +10 +100 +60\.0% +\[60\.0, 60\.0\] +\[50\.2, 69\.1\] +3\.0 +\[1\.9, 4\.1\] +\[2\.7, 3\.3\]/,
    );
    expect(text).toContain('How to read this: installs are the unit of randomization');
    expect(text).not.toContain('WARNING');
  });
});

describe('sample ratio mismatch in the report', () => {
  function oneRunPerInstall(treatmentInstalls: number, holdoutInstalls: number): ReportRow[] {
    return [
      ...Array.from({ length: treatmentInstalls }, (_, i) =>
        row({ installId: `t-${i}`, experiments: { profile_holdout: 'treatment' } }),
      ),
      ...Array.from({ length: holdoutInstalls }, (_, i) =>
        row({ installId: `h-${i}`, experiments: { profile_holdout: 'holdout' } }),
      ),
    ];
  }

  it('warns loudly on 5000/4000 installs of a 50/50 split', () => {
    const report = buildImpactReport(oneRunPerInstall(5000, 4000), { days: 30, expectedWeights: WEIGHTS, now: NOW });
    expect(report.warnings.map((warning) => warning.code)).toEqual(['sample_ratio_mismatch']);
    expect(report.warnings[0]!.message).toContain(
      'installs per arm treatment=5000, holdout=4000, expected treatment=4500.0, holdout=4500.0',
    );
    const text = renderImpactTable(report);
    expect(text.split('\n').slice(2, 5).join('\n')).toMatch(
      /^!{100}\n!!! WARNING \[sample_ratio_mismatch\] SAMPLE RATIO MISMATCH in profile_holdout/,
    );
    expect(text).toContain('<-- MISMATCH');
  });

  it('stays quiet on 5010/4990', () => {
    const report = buildImpactReport(oneRunPerInstall(5010, 4990), { days: 30, expectedWeights: WEIGHTS, now: NOW });
    expect(report.warnings).toEqual([]);
    expect(report.experiments[0]!.sampleRatio!.pValue).toBeCloseTo(0.8414806, 6);
  });

  it('counts installs, not runs: many runs from a few installs are no mismatch', () => {
    // 10 installs per arm, but treatment installs ran 50 times each and holdout installs 10 times.
    const rows = [
      ...armRows('treatment', 500, 10, ['ok'], [0], 'server_only'),
      ...armRows('holdout', 100, 10, ['ok'], [0], 'heuristics_only'),
    ];
    const report = buildImpactReport(rows, { days: 30, expectedWeights: WEIGHTS, now: NOW });
    expect(report.experiments[0]!.arms.map((arm) => arm.installs)).toEqual([10, 10]);
    // Treatment's durations run to 500 s against holdout's 100 s: a guardrail, but no mismatch.
    expect(report.warnings.map((warning) => warning.code)).not.toContain('sample_ratio_mismatch');
  });

  it('warns about installs that changed arms and experiments missing from the configuration', () => {
    const rows = [
      row({ installId: 'a-1', experiments: { profile_holdout: 'treatment', gen_style: 'style_a' } }),
      row({ installId: 'a-1', experiments: { profile_holdout: 'holdout', gen_style: 'style_b' } }),
      row({ installId: 'b-1', experiments: { profile_holdout: 'holdout', gen_style: 'style_b' } }),
    ];
    const report = buildImpactReport(rows, { days: 30, expectedWeights: WEIGHTS, now: NOW });
    expect(report.warnings.map((warning) => [warning.code, warning.experiment])).toEqual([
      ['arm_crossover', 'profile_holdout'],
      ['arm_crossover', 'gen_style'],
      ['weights_unknown', 'gen_style'],
    ]);
    // No configured control: the first arm by name is the control.
    expect(report.experiments[1]).toMatchObject({ name: 'gen_style', control: 'style_a', sampleRatio: null });
  });
});

describe('an empty window', () => {
  it('reports zero runs and no experiments', () => {
    const report = buildImpactReport([], { days: 7, expectedWeights: WEIGHTS, now: NOW });
    expect(report.overall.runs).toBe(0);
    expect(report.overall.successRatio.value).toBeNull();
    expect(report.experiments).toEqual([]);
    expect(renderImpactTable(report)).toContain('(no events in the window)');
  });
});
