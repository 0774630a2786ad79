import { describe, expect, it } from 'vitest';
import { proportionDifference } from '../src/report/statistics/proportion-difference.ts';
import { ratioDifference } from '../src/report/statistics/ratio-difference.ts';
import { clusteredInstalls, type ClusteredInstall } from './support/clustered-installs.ts';

const REPETITIONS = 400;
const INSTALLS_PER_ARM = 40;

const units = (installs: readonly ClusteredInstall[]) =>
  installs.map((install) => ({ numerator: install.successes, denominator: install.runs }));
const counts = (installs: readonly ClusteredInstall[]) => ({
  successes: installs.reduce((sum, install) => sum + install.successes, 0),
  trials: installs.reduce((sum, install) => sum + install.runs, 0),
});

/**
 * A/A: both arms draw installs from the same population, so the true difference is 0 and a 95 %
 * interval should contain it in 95 % of repetitions. With 400 seeded repetitions the binomial sd
 * of the coverage is 1.1 pp; the tolerance is ±2.5 pp (about 2.3 sd).
 */
describe('A/A coverage of the success ratio difference, installs with correlated runs', () => {
  const coverage = { installLevel: 0, runLevel: 0 };
  for (let repetition = 0; repetition < REPETITIONS; repetition++) {
    const treatment = clusteredInstalls(INSTALLS_PER_ARM, 2 * repetition + 1);
    const control = clusteredInstalls(INSTALLS_PER_ARM, 2 * repetition + 2);
    const installLevel = ratioDifference(units(treatment), units(control))!.interval;
    const runLevel = proportionDifference(counts(treatment), counts(control))!.interval;
    if (installLevel.low <= 0 && installLevel.high >= 0) coverage.installLevel += 1;
    if (runLevel.low <= 0 && runLevel.high >= 0) coverage.runLevel += 1;
  }
  const installShare = coverage.installLevel / REPETITIONS;
  const runShare = coverage.runLevel / REPETITIONS;
  console.log(
    `A/A coverage over ${REPETITIONS} repetitions of ${INSTALLS_PER_ARM} installs per arm: install-level ${(installShare * 100).toFixed(1)} %, run-level ${(runShare * 100).toFixed(1)} %`,
  );

  it('the install-level 95 % interval covers 0 in 95 % ± 2.5 pp of repetitions', () => {
    expect(installShare).toBeGreaterThanOrEqual(0.925);
    expect(installShare).toBeLessThanOrEqual(0.975);
  });

  it('the run-level interval, which treats runs as independent, does not (below 85 %)', () => {
    expect(runShare).toBeLessThan(0.85);
  });
});
