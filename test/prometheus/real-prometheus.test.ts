import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LearningEvent } from '@companion-autofill/sdk/protocol';
import { postBatch } from '../support/learning-events.ts';
import { runCli, startServerProcess, type ServerProcess } from '../support/server-process.ts';
import { listDashboardQueries, listLabelValuesQueries } from './dashboard-queries.ts';
import { startPrometheus, type PrometheusProcess } from './prometheus-process.ts';
import { loadRules, ruleFilePaths } from './rule-files.ts';
import { expectedSuccessRatio, GOOD_FORM, POOR_FORM, THIRD_FORM, trafficRound, UNSEEN_FORM } from './traffic.ts';
import { waitUntil } from './wait-until.ts';

/**
 * End to end: the real server, scraped every second by a real Prometheus that loads our rule files.
 * After two rounds of traffic and one CLI aggregation, every dashboard query and every recording
 * rule must return data, and the success ratios must equal what the traffic implies.
 *
 * Two rounds because a counter series is born at its first event: Prometheus sees no increase
 * until the same series grows again.
 */
describe('dashboard and rules against a real Prometheus', () => {
  let server: ServerProcess | undefined;
  let prometheus: PrometheusProcess | undefined;
  const sent: LearningEvent[] = [];
  const profileAnswers: Record<string, string> = {};

  const getProfile = async (form: { host: string; schema_hash: string }) => {
    const response = await fetch(`${server?.url}/api/extension/learning/profile?host=${form.host}&schema_hash=${encodeURIComponent(form.schema_hash)}`);
    return ((await response.json()) as { status: string }).status;
  };

  const sendRound = async () => {
    const events = trafficRound();
    const invalid = { ...events[0], host: 'Not A Host' };
    const { status, body } = await postBatch(server?.url ?? '', [...events, invalid, events[1]]);
    expect(status).toBe(200);
    expect(body.accepted).toHaveLength(events.length);
    expect(body.rejected).toHaveLength(1);
    expect(body.duplicates).toHaveLength(1);
    sent.push(...events);
  };

  const scrapedStored = async (count: number) =>
    ((await prometheus?.query('applylens_autofill_events_ingested_total{result="stored"}')) ?? [])[0]?.value === count;

  beforeAll(async () => {
    server = await startServerProcess();
    prometheus = await startPrometheus({ target: new URL(server.url).host, ruleFiles: ruleFilePaths() });
    const prom = prometheus;
    await waitUntil('the server target to be up', async () => (await prom.query('up{job="companion"} == 1')).length === 1);

    await sendRound();
    for (const form of [GOOD_FORM, POOR_FORM, UNSEEN_FORM]) await getProfile(form);
    await waitUntil('a scrape after round 1', () => scrapedStored(sent.length));

    const aggregate = await runCli(['aggregate', '--db', server.dbPath]);
    expect(aggregate.code, aggregate.stderr).toBe(0);

    await sendRound();
    for (const form of [GOOD_FORM, POOR_FORM, THIRD_FORM, UNSEEN_FORM]) profileAnswers[form.host] = await getProfile(form);
    await waitUntil('a scrape after round 2', () => scrapedStored(sent.length));
    await waitUntil('the recording rules to see round 2', async () => {
      const ratio = await prom.query('global:applylens_autofill_success_ratio:ratio_rate1h');
      return ratio.length === 1 && Number.isFinite(ratio[0]?.value);
    });
  }, 120_000);

  afterAll(async () => {
    await prometheus?.stop();
    await server?.stop();
  });

  it('served and refused profiles as the traffic implies', () => {
    expect(profileAnswers).toEqual({
      [GOOD_FORM.host]: 'ok',
      [POOR_FORM.host]: 'rejected',
      [THIRD_FORM.host]: 'ok',
      [UNSEEN_FORM.host]: 'unknown',
    });
  });

  it.each(listDashboardQueries())('dashboard "$panel" $refId returns finite data: $expr', async ({ expr }) => {
    const samples = (await prometheus?.query(expr)) ?? [];
    expect(samples.length).toBeGreaterThan(0);
    for (const sample of samples) expect(Number.isFinite(sample.value), `${JSON.stringify(sample.metric)} = ${sample.value}`).toBe(true);
  });

  it.each(loadRules().recordingRules.map((rule) => ({ ...rule, quantile: rule.labels.quantile ?? '-' })))(
    'recording rule $record (quantile $quantile) returns data',
    async ({ record, labels }) => {
      const selector = Object.entries(labels).map(([name, value]) => `${name}="${value}"`).join(',');
      const samples = (await prometheus?.query(`${record}{${selector}}`)) ?? [];
      expect(samples.length).toBeGreaterThan(0);
    },
  );

  it('evaluates every rule and alert without error', async () => {
    const data = (await prometheus?.api('/api/v1/rules')) as { groups: { rules: { name: string; health: string; lastError?: string }[] }[] };
    const rules = data.groups.flatMap((group) => group.rules);
    const { recordingRules, alerts } = loadRules();
    expect(rules).toHaveLength(recordingRules.length + alerts.length);
    expect(rules.filter((rule) => rule.health !== 'ok').map((rule) => `${rule.name}: ${rule.health} ${rule.lastError ?? ''}`)).toEqual([]);
  });

  it('computes success ratios ok / (ok + validation_error), globally, by host and by profile source', async () => {
    const global = await prometheus?.query('global:applylens_autofill_success_ratio:ratio_rate1h');
    expect(global?.[0]?.value).toBeCloseTo(expectedSuccessRatio(sent, () => 'all').get('all') ?? NaN, 6);

    const byHost = (await prometheus?.query('host:applylens_autofill_success_ratio:ratio_rate1h')) ?? [];
    const expectedByHost = expectedSuccessRatio(sent, (event) => event.host);
    expect(byHost.map((sample) => sample.metric.host).sort()).toEqual([...expectedByHost.keys()].sort());
    for (const sample of byHost) expect(sample.value).toBeCloseTo(expectedByHost.get(sample.metric.host ?? '') ?? NaN, 6);

    const bySource = (await prometheus?.query('profile_source:applylens_autofill_success_ratio:ratio_rate1h')) ?? [];
    const expectedBySource = expectedSuccessRatio(sent, (event) => event.profile_source);
    expect(bySource.map((sample) => sample.metric.profile_source).sort()).toEqual([...expectedBySource.keys()].sort());
    for (const sample of bySource) expect(sample.value).toBeCloseTo(expectedBySource.get(sample.metric.profile_source ?? '') ?? NaN, 6);
  });

  it('sees the CLI aggregation as a fresh success', async () => {
    const runs = (await prometheus?.query('applylens_autofill_agg_runs_total')) ?? [];
    expect(Object.fromEntries(runs.map((sample) => [sample.metric.status, sample.value]))).toEqual({ ok: 1, err: 0 });
    const age = (await prometheus?.query('time() - applylens_autofill_agg_last_success_timestamp_seconds')) ?? [];
    expect(age[0]?.value).toBeGreaterThanOrEqual(0);
    expect(age[0]?.value).toBeLessThan(300);
  });

  it('lists every host with runs in the dashboard’s host variable', async () => {
    for (const { metric, label } of listLabelValuesQueries()) {
      const values = (await prometheus?.api(`/api/v1/label/${label}/values?match[]=${encodeURIComponent(metric)}`)) as string[];
      expect(values.sort()).toEqual([...new Set(sent.map((event) => event.host))].sort());
    }
  });
});
