import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METRIC } from '../../packages/server/src/metrics/metric-names.ts';
import { postBatch } from '@companion-autofill/test-kit/learning-events';
import { startServerProcess, type ServerProcess } from '@companion-autofill/test-kit/server-process';
import { runPromtool } from './promtool.ts';
import { PROMETHEUS_DIR } from './repo-paths.ts';
import { trafficRound } from './traffic.ts';

/**
 * The one finding `promtool check metrics` may report: the seed named the time-to-fill histogram
 * `applylens_autofill_time_ms`, and the name is kept so existing dashboards keep working
 * (DESIGN §4, docs/OPS.md). Any other finding is a regression.
 */
const ACCEPTED_FINDING = 'applylens_autofill_time_ms metric names should not contain abbreviated units';

describe('promtool check metrics on a real server’s /metrics', () => {
  let server: ServerProcess | undefined;

  beforeAll(async () => {
    server = await startServerProcess();
    // With traffic, so the labelled families have samples to lint too.
    expect((await postBatch(server.url, trafficRound())).status).toBe(200);
  });

  afterAll(async () => {
    await server?.stop();
  });

  it('reports nothing but the accepted seed name', async () => {
    const exposition = await (await fetch(`${server?.url}/metrics`)).text();
    expect(exposition).toContain('applylens_autofill_time_ms_bucket{');
    const { output } = await runPromtool(['check', 'metrics'], PROMETHEUS_DIR, exposition);
    const findings = output
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '');
    expect(findings).toEqual([ACCEPTED_FINDING]);
  });

  it('declares exactly the metrics of the name table, so no recorder names one outside it', async () => {
    const exposition = await (await fetch(`${server?.url}/metrics`)).text();
    const families = [...exposition.matchAll(/^# TYPE (\S+) /gm)].map((match) => match[1]);
    expect(families.sort()).toEqual(Object.values(METRIC).sort());
  });
});
