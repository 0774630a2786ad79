import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LearningEvent } from '@companion-autofill/sdk/protocol';
import { postBatch } from '@companion-autofill/test-kit/learning-events';
import {
  makeTempDir,
  runCli,
  startServerProcess,
  type ServerProcess,
} from '@companion-autofill/test-kit/server-process';
import { listDashboardQueries, listLabelValuesQueries } from './dashboard-queries.ts';
import { startPrometheus, type PrometheusProcess } from './prometheus-process.ts';
import { loadRules, ruleFilePaths } from './rule-files.ts';
import {
  expectedEditCharsPerRun,
  expectedSuccessRatio,
  GOOD_FORM,
  INSTALLS,
  POOR_FORM,
  TEST_TUNING,
  THIRD_FORM,
  trafficRound,
  UNSEEN_FORM,
} from './traffic.ts';
import { waitUntil } from './wait-until.ts';

const ADMIN_TOKEN = 'prometheus-test-admin-token';
const EXPERIMENT = 'profile_holdout';
const FORMS = [GOOD_FORM, POOR_FORM, THIRD_FORM, UNSEEN_FORM] as const;

/**
 * End to end: the real server, with a tuning file holding the profile_holdout experiment, scraped
 * every second by a real Prometheus that loads our rule files. Each install first learns its arms
 * from a profile answer, and its events report them. After two rounds of traffic (with profile
 * requests that expose the installs), one CLI aggregation and one refused edit of the tuning file,
 * every dashboard query and every recording rule must return data, and the ratios must equal what
 * the traffic implies.
 *
 * Two rounds because a counter series is born at its first event: Prometheus sees no increase
 * until the same series grows again.
 */
describe('dashboard and rules against a real Prometheus', () => {
  let server: ServerProcess | undefined;
  let prometheus: PrometheusProcess | undefined;
  const sent: LearningEvent[] = [];
  const profileAnswers: Record<string, string> = {};
  const armsByInstall: Record<string, Record<string, string>> = {};
  /** GOOD_FORM's answer per install in round 2 (after the aggregation). */
  const installAnswers: Record<string, string> = {};
  /** Profile requests with an install id, by the arm they exposed. */
  const exposures = new Map<string, number>();
  let tuningPath = '';
  let badReload: { status: number; body: { result?: string; version?: string } } | undefined;

  const fetchProfile = async (form: { host: string; schema_hash: string }, installId?: string) => {
    const install = installId === undefined ? '' : `&install_id=${installId}`;
    const response = await fetch(
      `${server?.url}/api/extension/learning/profile?host=${form.host}&schema_hash=${encodeURIComponent(form.schema_hash)}${install}`,
    );
    const answer = (await response.json()) as { status: string; experiments: Record<string, string> };
    const arm = answer.experiments[EXPERIMENT];
    if (arm !== undefined) exposures.set(arm, (exposures.get(arm) ?? 0) + 1);
    return answer;
  };
  const getProfile = async (form: { host: string; schema_hash: string }) => (await fetchProfile(form)).status;
  /** Every install asks for every form, as extensions do on their pages. */
  const exposeInstalls = async () => {
    for (const installId of INSTALLS) for (const form of FORMS) await fetchProfile(form, installId);
  };

  const sendRound = async () => {
    const events = trafficRound(armsByInstall);
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
    tuningPath = join(makeTempDir('companion-tuning-'), 'tuning.json');
    writeFileSync(tuningPath, JSON.stringify(TEST_TUNING));
    server = await startServerProcess({
      env: { COMPANION_TUNING_FILE: tuningPath, COMPANION_ADMIN_TOKEN: ADMIN_TOKEN },
    });
    prometheus = await startPrometheus({ target: new URL(server.url).host, ruleFiles: ruleFilePaths() });
    const prom = prometheus;
    await waitUntil(
      'the server target to be up',
      async () => (await prom.query('up{job="companion"} == 1')).length === 1,
    );

    // Each install learns its arms from a profile answer, as the SDK does, and reports them on events.
    for (const installId of INSTALLS) armsByInstall[installId] = (await fetchProfile(GOOD_FORM, installId)).experiments;

    await sendRound();
    for (const form of [GOOD_FORM, POOR_FORM, UNSEEN_FORM]) await getProfile(form);
    await exposeInstalls();
    await waitUntil('a scrape after round 1', () => scrapedStored(sent.length));

    const aggregate = await runCli(['aggregate', '--db', server.dbPath]);
    expect(aggregate.code, aggregate.stderr).toBe(0);

    await sendRound();
    for (const form of FORMS) profileAnswers[form.host] = await getProfile(form);
    for (const installId of INSTALLS) installAnswers[installId] = (await fetchProfile(GOOD_FORM, installId)).status;
    await exposeInstalls();
    await waitUntil('a scrape after round 2', () => scrapedStored(sent.length));
    await waitUntil('the recording rules to see round 2', async () => {
      const ratio = await prom.query('global:applylens_autofill_success_ratio:ratio_rate1h');
      return ratio.length === 1 && Number.isFinite(ratio[0]?.value);
    });

    // A broken edit of the tuning file: refused, the last good file stays live. This last scrape
    // also comes after every profile request above, so the exposure counts are complete.
    writeFileSync(tuningPath, '{"experiments": {"profile_holdout": ');
    const reload = await fetch(`${server.url}/api/admin/tuning/reload`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    badReload = { status: reload.status, body: (await reload.json()) as { result?: string; version?: string } };
    await waitUntil(
      'a scrape after the refused reload',
      async () => ((await prom.query('applylens_autofill_tuning_reloads_total{result="error"}'))[0]?.value ?? 0) >= 1,
    );
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
    for (const sample of samples)
      expect(Number.isFinite(sample.value), `${JSON.stringify(sample.metric)} = ${sample.value}`).toBe(true);
  });

  it.each(loadRules().recordingRules.map((rule) => ({ ...rule, quantile: rule.labels.quantile ?? '-' })))(
    'recording rule $record (quantile $quantile) returns data',
    async ({ record, labels }) => {
      const selector = Object.entries(labels)
        .map(([name, value]) => `${name}="${value}"`)
        .join(',');
      const samples = (await prometheus?.query(`${record}{${selector}}`)) ?? [];
      expect(samples.length).toBeGreaterThan(0);
    },
  );

  it('evaluates every rule and alert without error', async () => {
    const data = (await prometheus?.api('/api/v1/rules')) as {
      groups: { rules: { name: string; health: string; lastError?: string }[] }[];
    };
    const rules = data.groups.flatMap((group) => group.rules);
    const { recordingRules, alerts } = loadRules();
    expect(rules).toHaveLength(recordingRules.length + alerts.length);
    expect(
      rules
        .filter((rule) => rule.health !== 'ok')
        .map((rule) => `${rule.name}: ${rule.health} ${rule.lastError ?? ''}`),
    ).toEqual([]);
  });

  it('computes success ratios ok / (ok + validation_error), globally, by host and by profile source', async () => {
    const global = await prometheus?.query('global:applylens_autofill_success_ratio:ratio_rate1h');
    expect(global?.[0]?.value).toBeCloseTo(expectedSuccessRatio(sent, () => 'all').get('all') ?? NaN, 6);

    const byHost = (await prometheus?.query('host:applylens_autofill_success_ratio:ratio_rate1h')) ?? [];
    const expectedByHost = expectedSuccessRatio(sent, (event) => event.host);
    expect(byHost.map((sample) => sample.metric.host).sort()).toEqual([...expectedByHost.keys()].sort());
    for (const sample of byHost)
      expect(sample.value).toBeCloseTo(expectedByHost.get(sample.metric.host ?? '') ?? NaN, 6);

    const bySource = (await prometheus?.query('profile_source:applylens_autofill_success_ratio:ratio_rate1h')) ?? [];
    const expectedBySource = expectedSuccessRatio(sent, (event) => event.profile_source);
    expect(bySource.map((sample) => sample.metric.profile_source).sort()).toEqual([...expectedBySource.keys()].sort());
    for (const sample of bySource)
      expect(sample.value).toBeCloseTo(expectedBySource.get(sample.metric.profile_source ?? '') ?? NaN, 6);
  });

  it('buckets the installs into both arms of profile_holdout and answers the holdout arm `holdout`', () => {
    const arms = INSTALLS.map((installId) => armsByInstall[installId]?.[EXPERIMENT] ?? 'none');
    expect([...new Set(arms)].sort()).toEqual(['holdout', 'treatment']);
    for (const installId of INSTALLS) {
      expect(installAnswers[installId], installId).toBe(
        armsByInstall[installId]?.[EXPERIMENT] === 'holdout' ? 'holdout' : profileAnswers[GOOD_FORM.host],
      );
    }
  });

  it('computes success ratio and edit chars per run by experiment arm, and counts exposures per arm', async () => {
    const armOf = (event: LearningEvent) => event.experiments?.[EXPERIMENT] ?? 'none';
    const byArm = async (expr: string) =>
      new Map(
        ((await prometheus?.query(expr)) ?? []).map((sample) => [
          `${sample.metric.experiment}/${sample.metric.arm}`,
          sample.value,
        ]),
      );
    const expectArms = (actual: Map<string, number>, expected: Map<string, number>) => {
      expect([...actual.keys()].sort()).toEqual([...expected.keys()].map((arm) => `${EXPERIMENT}/${arm}`).sort());
      for (const [arm, value] of expected) expect(actual.get(`${EXPERIMENT}/${arm}`), arm).toBeCloseTo(value, 6);
    };
    expectArms(
      await byArm('experiment_arm:applylens_autofill_success_ratio:ratio_rate1h'),
      expectedSuccessRatio(sent, armOf),
    );
    expectArms(
      await byArm('experiment_arm:applylens_autofill_edit_chars_per_run:avg_rate1h'),
      expectedEditCharsPerRun(sent, armOf),
    );
    const exposed = await byArm('applylens_autofill_experiment_exposures_total');
    expect(Object.fromEntries(exposed)).toEqual(
      Object.fromEntries([...exposures].map(([arm, count]) => [`${EXPERIMENT}/${arm}`, count])),
    );
  });

  it('refuses a broken tuning file: the last good version stays live and the error is counted', async () => {
    const goodVersion = createHash('sha256').update(JSON.stringify(TEST_TUNING)).digest('hex').slice(0, 12);
    expect(badReload).toEqual({
      status: 422,
      body: expect.objectContaining({ result: 'error', version: goodVersion }),
    });
    const live = (await prometheus?.query('applylens_autofill_tuning_config_info')) ?? [];
    expect(live.map((sample) => sample.metric.version)).toEqual([goodVersion]);
  });

  it('sees the CLI aggregation as a fresh success', async () => {
    const runs = (await prometheus?.query('applylens_autofill_agg_runs_total')) ?? [];
    expect(Object.fromEntries(runs.map((sample) => [sample.metric.status, sample.value]))).toEqual({
      ok: 1,
      err: 0,
      abandoned: 0,
    });
    const age = (await prometheus?.query('time() - applylens_autofill_agg_last_success_timestamp_seconds')) ?? [];
    expect(age[0]?.value).toBeGreaterThanOrEqual(0);
    expect(age[0]?.value).toBeLessThan(300);
  });

  it('lists every host with runs in the dashboard’s host variable', async () => {
    for (const { metric, label } of listLabelValuesQueries()) {
      const values = (await prometheus?.api(
        `/api/v1/label/${label}/values?match[]=${encodeURIComponent(metric)}`,
      )) as string[];
      expect(values.sort()).toEqual([...new Set(sent.map((event) => event.host))].sort());
    }
  });
});
