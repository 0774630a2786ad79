import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '@companion-autofill/test-kit/server-process';
import { listDashboardQueries, listLabelValuesQueries } from './dashboard-queries.ts';
import { metricNamesFromExposition } from './exposition-metric-names.ts';
import { analyzePromql } from './promql-metric-names.ts';
import { loadRules } from './rule-files.ts';

/**
 * Every PromQL expression we ship (dashboard targets, recording rules, alerts) must parse with
 * Prometheus' grammar and read only series that exist: metrics a real server exports, or series a
 * recording rule defines. Catches a renamed metric or a typo long before a panel goes blank.
 */
describe('PromQL shipped in the dashboard and the rules', () => {
  let server: ServerProcess | undefined;
  let exported = new Set<string>();
  const { recordingRules, alerts } = loadRules();
  const recorded = new Set(recordingRules.map((rule) => rule.record));

  beforeAll(async () => {
    server = await startServerProcess();
    const response = await fetch(`${server.url}/metrics`);
    expect(response.status).toBe(200);
    exported = metricNamesFromExposition(await response.text());
  });

  afterAll(async () => {
    await server?.stop();
  });

  const expressions = [
    ...listDashboardQueries().map((query) => ({
      where: `dashboard panel "${query.panel}" ${query.refId}`,
      expr: query.expr,
    })),
    ...recordingRules.map((rule) => ({ where: `recording rule ${rule.record}`, expr: rule.expr })),
    ...alerts.map((rule) => ({ where: `alert ${rule.alert}`, expr: rule.expr })),
  ];

  it('finds the server’s metric catalog on /metrics', () => {
    expect(exported).toContain('applylens_autofill_runs_total');
    expect(exported).toContain('applylens_autofill_time_ms_bucket');
  });

  it.each(expressions)('$where parses and reads only existing series', ({ expr }) => {
    const { errors, metricNames } = analyzePromql(expr);
    expect(errors).toEqual([]);
    expect(metricNames.length).toBeGreaterThan(0);
    const unknown = metricNames.filter((name) => !exported.has(name) && !recorded.has(name));
    expect(unknown, `not exported by the server and not a recording rule`).toEqual([]);
  });

  it('recording rules read raw metrics only, so their evaluation order within the group cannot matter', () => {
    const readingRecorded = recordingRules.filter((rule) =>
      analyzePromql(rule.expr).metricNames.some((name) => recorded.has(name)),
    );
    expect(readingRecorded.map((rule) => rule.record)).toEqual([]);
  });

  it('the dashboard variables list label values of an exported metric', () => {
    const variables = listLabelValuesQueries();
    expect(variables.map((variable) => variable.variable)).toEqual(['host']);
    for (const variable of variables) expect(exported).toContain(variable.metric);
  });
});
