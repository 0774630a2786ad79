import { describe, expect, it } from 'vitest';
import { metricNamesFromExposition } from './exposition-metric-names.ts';

describe('metricNamesFromExposition', () => {
  it('expands histogram families and keeps declared families without samples', () => {
    const text = [
      '# HELP a_total A.',
      '# TYPE a_total counter',
      '',
      '# TYPE t_ms histogram',
      't_ms_bucket{le="+Inf"} 0',
      '# TYPE g gauge',
      'g 1',
      'untyped_sample{x="y"} 2',
    ].join('\n');
    expect([...metricNamesFromExposition(text)].sort()).toEqual([
      'a_total',
      'g',
      't_ms_bucket',
      't_ms_count',
      't_ms_sum',
      'untyped_sample',
    ]);
  });
});
