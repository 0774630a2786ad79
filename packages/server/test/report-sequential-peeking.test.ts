import { describe, expect, it } from 'vitest';
import { excludesZero } from '../src/report/statistics/interval.ts';
import { mixtureSequentialInterval } from '../src/report/statistics/confidence-sequence.ts';
import { ratioDifference } from '../src/report/statistics/ratio-difference.ts';
import { clusteredInstalls } from './support/clustered-installs.ts';

const REPETITIONS = 300;
const DAYS = 30;
const NEW_INSTALLS_PER_ARM_PER_DAY = 6;
/** The mixture sd the report uses by default (`--effect 0.05`). */
const TAU = 0.05;

/**
 * An operator who reruns `report` every day of an A/A experiment and stops at the first
 * "significant" reading. With 300 seeded repetitions of 30 daily looks, the always-valid interval
 * must stay within its 5 % error rate (tolerance: at most 7 %, about 1.6 binomial sd above 5 %),
 * while the fixed-horizon interval read daily is fooled far more often (at least 12 %).
 */
describe('daily peeking at an A/A experiment', () => {
  const fooled = { sequential: 0, fixedHorizon: 0 };
  for (let repetition = 0; repetition < REPETITIONS; repetition++) {
    const arms = [
      clusteredInstalls(DAYS * NEW_INSTALLS_PER_ARM_PER_DAY, 10_000 + 2 * repetition),
      clusteredInstalls(DAYS * NEW_INSTALLS_PER_ARM_PER_DAY, 10_001 + 2 * repetition),
    ];
    const [treatment, control] = arms.map((installs) =>
      installs.map((install) => ({ numerator: install.successes, denominator: install.runs })),
    ) as [{ numerator: number; denominator: number }[], { numerator: number; denominator: number }[]];
    let sequentialFooled = false;
    let fixedFooled = false;
    for (let day = 1; day <= DAYS; day++) {
      const seen = day * NEW_INSTALLS_PER_ARM_PER_DAY;
      const difference = ratioDifference(treatment.slice(0, seen), control.slice(0, seen));
      if (!difference) continue;
      fixedFooled ||= excludesZero(difference.interval);
      sequentialFooled ||= excludesZero(
        mixtureSequentialInterval(difference.difference, difference.standardError, TAU).interval,
      );
    }
    if (sequentialFooled) fooled.sequential += 1;
    if (fixedFooled) fooled.fixedHorizon += 1;
  }
  const sequentialRate = fooled.sequential / REPETITIONS;
  const fixedRate = fooled.fixedHorizon / REPETITIONS;
  console.log(
    `A/A with ${DAYS} daily looks, ${REPETITIONS} repetitions: always-valid interval ever excluded 0 in ${(sequentialRate * 100).toFixed(1)} %, fixed-horizon in ${(fixedRate * 100).toFixed(1)} %`,
  );

  it('the always-valid interval excludes 0 at some look in at most 7 % of repetitions', () => {
    expect(sequentialRate).toBeLessThanOrEqual(0.07);
  });

  it('the fixed-horizon interval read daily does in at least 12 %', () => {
    expect(fixedRate).toBeGreaterThanOrEqual(0.12);
  });
});

describe('the always-valid interval still sees a real effect', () => {
  it('excludes 0 by day 30 in most repetitions when treatment is 15 pp likelier to succeed', () => {
    const repetitions = 100;
    let detected = 0;
    for (let repetition = 0; repetition < repetitions; repetition++) {
      const installs = DAYS * NEW_INSTALLS_PER_ARM_PER_DAY;
      const treatment = clusteredInstalls(installs, 20_000 + 2 * repetition, { lift: 0.15 }).map((install) => ({
        numerator: install.successes,
        denominator: install.runs,
      }));
      const control = clusteredInstalls(installs, 20_001 + 2 * repetition).map((install) => ({
        numerator: install.successes,
        denominator: install.runs,
      }));
      const difference = ratioDifference(treatment, control)!;
      if (mixtureSequentialInterval(difference.difference, difference.standardError, TAU).interval.low > 0)
        detected += 1;
    }
    console.log(
      `true +15 pp propensity lift (capped at 1), 180 installs per arm: always-valid interval above 0 in ${detected} of ${repetitions} repetitions`,
    );
    expect(detected / repetitions).toBeGreaterThanOrEqual(0.6);
  });
});
