import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { metricValue } from '@companion-autofill/test-kit/learning-events';
import type { ExperimentsConfig } from '../experiments/assign-arm.ts';
import { createExperimentMetrics, OTHER_ARM, outcomeLabels, type ExperimentOutcome } from './experiment-metrics.ts';

const LIVE: ExperimentsConfig = {
  profile_holdout: { salt: '2026-11', arms: { treatment: 90, holdout: 10 } },
  gen_style: { salt: 's1', arms: { style_a: 50, style_b: 50 } },
};

function outcome(
  experiments: Record<string, string> | undefined,
  status: ExperimentOutcome['status'] = 'ok',
  edited = 0,
): ExperimentOutcome {
  return {
    ...(experiments ? { experiments } : {}),
    status,
    edit_stats: { total_chars_added: edited, total_chars_deleted: 0, per_field: {} },
  };
}

function setup(live: () => ExperimentsConfig = () => LIVE) {
  const registry = new Registry();
  return { registry, metrics: createExperimentMetrics(registry, live) };
}

/** Every distinct value the `arm` and `experiment` labels take in an exposition. */
function labelValues(text: string, label: string): Set<string> {
  return new Set([...text.matchAll(new RegExp(`[{,]${label}="([^"]*)"`, 'g'))].map((m) => m[1] as string));
}

describe('outcomeLabels', () => {
  it('keeps live pairs, folds unknown arms of live experiments, skips unknown experiments', () => {
    expect(outcomeLabels(LIVE, 'gen_style', 'style_a')).toEqual({ experiment: 'gen_style', arm: 'style_a' });
    expect(outcomeLabels(LIVE, 'gen_style', 'style_z')).toEqual({ experiment: 'gen_style', arm: OTHER_ARM });
    expect(outcomeLabels(LIVE, 'made_up', 'x')).toBeUndefined();
  });

  it('is not fooled by names of Object.prototype', () => {
    expect(outcomeLabels(LIVE, 'constructor', 'x')).toBeUndefined();
    expect(outcomeLabels(LIVE, 'gen_style', 'constructor')).toEqual({ experiment: 'gen_style', arm: OTHER_ARM });
  });
});

describe('createExperimentMetrics', () => {
  it('shows every live pair at 0 before any traffic', async () => {
    const { registry } = setup();
    const text = await registry.metrics();
    expect(text).toContain(
      'applylens_autofill_experiment_exposures_total{experiment="profile_holdout",arm="holdout"} 0',
    );
    expect(text).toContain(
      'applylens_autofill_experiment_runs_total{experiment="gen_style",arm="style_b",status="validation_error"} 0',
    );
    expect(text).toContain('applylens_autofill_experiment_edit_chars_total{experiment="gen_style",arm="style_a"} 0');
  });

  it('counts exposures per assigned arm', async () => {
    const { registry, metrics } = setup();
    metrics.recordExposures({ profile_holdout: 'holdout', gen_style: 'style_a' });
    metrics.recordExposures({ profile_holdout: 'holdout', gen_style: 'style_b' });
    const text = await registry.metrics();
    expect(
      metricValue(text, 'applylens_autofill_experiment_exposures_total', {
        experiment: 'profile_holdout',
        arm: 'holdout',
      }),
    ).toBe(2);
    expect(
      metricValue(text, 'applylens_autofill_experiment_exposures_total', { experiment: 'gen_style', arm: 'style_a' }),
    ).toBe(1);
    expect(
      metricValue(text, 'applylens_autofill_experiment_exposures_total', {
        experiment: 'profile_holdout',
        arm: 'treatment',
      }),
    ).toBe(0);
  });

  it('counts runs by status and edit chars under each arm an event reports', async () => {
    const { registry, metrics } = setup();
    metrics.recordExperimentOutcome(outcome({ profile_holdout: 'holdout', gen_style: 'style_a' }, 'ok', 4));
    metrics.recordExperimentOutcome(outcome({ profile_holdout: 'holdout' }, 'validation_error', 10));
    metrics.recordExperimentOutcome(outcome({ profile_holdout: 'treatment' }, 'ok', 1));
    metrics.recordExperimentOutcome(outcome(undefined, 'ok', 99));
    const text = await registry.metrics();
    const runs = (experiment: string, arm: string, status: string) =>
      metricValue(text, 'applylens_autofill_experiment_runs_total', { experiment, arm, status });
    const edits = (experiment: string, arm: string) =>
      metricValue(text, 'applylens_autofill_experiment_edit_chars_total', { experiment, arm });
    expect(runs('profile_holdout', 'holdout', 'ok')).toBe(1);
    expect(runs('profile_holdout', 'holdout', 'validation_error')).toBe(1);
    expect(runs('profile_holdout', 'treatment', 'ok')).toBe(1);
    expect(runs('gen_style', 'style_a', 'ok')).toBe(1);
    expect(edits('profile_holdout', 'holdout')).toBe(14);
    expect(edits('profile_holdout', 'treatment')).toBe(1);
    expect(edits('gen_style', 'style_a')).toBe(4);
  });

  it('never turns a client string into a label: unknown arms fold, unknown experiments are skipped and counted', async () => {
    const { registry, metrics } = setup();
    for (let i = 0; i < 50; i += 1) {
      metrics.recordExperimentOutcome(outcome({ gen_style: `client_arm_${i}`, [`client_exp_${i}`]: 'x' }, 'ok', 1));
    }
    const text = await registry.metrics();
    expect(labelValues(text, 'experiment')).toEqual(new Set(['profile_holdout', 'gen_style']));
    expect(labelValues(text, 'arm')).toEqual(new Set(['treatment', 'holdout', 'style_a', 'style_b', OTHER_ARM]));
    expect(
      metricValue(text, 'applylens_autofill_experiment_runs_total', {
        experiment: 'gen_style',
        arm: OTHER_ARM,
        status: 'ok',
      }),
    ).toBe(50);
    expect(metricValue(text, 'applylens_autofill_experiment_outcomes_skipped_total')).toBe(50);
  });

  it('follows the live tuning: a newly added experiment is counted from the next event on', async () => {
    let live: ExperimentsConfig = { gen_style: LIVE.gen_style! };
    const { registry, metrics } = setup(() => live);
    metrics.recordExperimentOutcome(outcome({ profile_holdout: 'holdout' }));
    live = LIVE;
    metrics.recordExperimentOutcome(outcome({ profile_holdout: 'holdout' }));
    const text = await registry.metrics();
    expect(
      metricValue(text, 'applylens_autofill_experiment_runs_total', {
        experiment: 'profile_holdout',
        arm: 'holdout',
        status: 'ok',
      }),
    ).toBe(1);
    expect(metricValue(text, 'applylens_autofill_experiment_outcomes_skipped_total')).toBe(1);
  });
});
