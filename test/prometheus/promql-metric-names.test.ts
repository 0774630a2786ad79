import { describe, expect, it } from 'vitest';
import { analyzePromql } from './promql-metric-names.ts';

describe('analyzePromql', () => {
  it('lists the metric of every selector, including recording-rule names and __name__ matchers', () => {
    const result = analyzePromql(
      'histogram_quantile(0.9, sum by (le) (rate(a_bucket{host=~".*"}[1h]))) / on() b:c:d + count({__name__="e_total"}) + time()',
    );
    expect(result.errors).toEqual([]);
    expect(result.metricNames).toEqual(['a_bucket', 'b:c:d', 'e_total']);
  });

  it('reports syntax errors', () => {
    expect(analyzePromql('sum(rate(a_total[5m])').errors).toHaveLength(1);
    expect(analyzePromql('rate(a_total[$__rate_interval])').errors.length).toBeGreaterThan(0);
  });
});
