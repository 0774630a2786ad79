import { expect, it } from 'vitest';
import { makeEvent } from '@companion-autofill/test-kit/learning-events';
import { createAggregatorRunner } from '../../src/aggregator/aggregator-runner.ts';
import { DEFAULT_SUPPORT } from '../../src/aggregator/support-thresholds.ts';
import type { FieldProfile, FormProfile, WindowAggregation } from '../../src/store/store-port.ts';
import { describeEachStore, freshStorePerTest } from './describe-each-store.ts';

const NOW = Date.parse('2026-11-27T12:00:00Z');
const HOUR = 3_600_000;
const HOST = 'acme.wd5.myworkdayjobs.com';
const SIG = (n: number) => `f1:${n.toString(16).padStart(16, '0')}`;

function form(host: string, overrides: Partial<FormProfile> = {}): FormProfile {
  return {
    host,
    schemaHash: 'v1:00000000000000aa',
    canonicalMap: { '#phone': 'phone', '#pronouns': 'leave_alone' },
    formatMap: { '#phone': 'phone_national' },
    eventCount: 12,
    distinctInstalls: 4,
    successRate: 0.75,
    avgEditChars: 2.5,
    avgDurationMs: 31_000,
    p50DurationMs: 30_000,
    p90DurationMs: 45_000,
    lastEventAt: NOW - 1_000,
    guardSuccessRate: 0.75,
    guardEditChars: 2.5,
    distinctNetworks: 2,
    voteAlarm: null,
    ...overrides,
  };
}

const field = (
  scope: FieldProfile['scope'],
  key: string,
  n: number,
  canonical: string,
  installs: number,
  format?: string,
): FieldProfile => ({
  scope,
  key,
  fieldSignature: SIG(n),
  canonical,
  installs,
  ...(format === undefined ? {} : { format }),
});

function run(profiles: FormProfile[], fieldProfiles: FieldProfile[]): WindowAggregation {
  return { profiles, fieldProfiles, flips: [], eventsRead: 10 };
}

describeEachStore('Field profiles and learned formats in the store', (backend) => {
  const opened = freshStorePerTest(backend);

  it("commitRun stores each form's learned formats and serves a host's field predictions with its family's, the host winning", async () => {
    const { runs, profiles } = opened().store;
    const id = await runs.startRun(NOW, 30);
    await runs.commitRun(
      id,
      run(
        [form(HOST)],
        [
          field('host', HOST, 1, 'leave_alone', 3),
          field('family', 'workday', 1, 'phone', 40, 'phone_e164'),
          field('family', 'workday', 2, 'email', 12),
          field('host', 'other.wd1.myworkdayjobs.com', 3, 'city', 5),
          field('family', 'greenhouse', 4, 'city', 5),
        ],
      ),
      NOW + 5,
    );

    expect(await profiles.getProfile(HOST, 'v1:00000000000000aa')).toEqual({ ...form(HOST), runId: id });
    expect(await profiles.getFieldPredictions(HOST, 'workday')).toEqual({
      [SIG(1)]: { canonical: 'leave_alone' },
      [SIG(2)]: { canonical: 'email' },
    });
    // A host of the family that has learned nothing itself still gets the family's.
    expect(await profiles.getFieldPredictions('new.wd3.myworkdayjobs.com', 'workday')).toEqual({
      [SIG(1)]: { canonical: 'phone', format: 'phone_e164' },
      [SIG(2)]: { canonical: 'email' },
    });
    expect(await profiles.getFieldPredictions('careers.example.com', undefined)).toEqual({});
  });

  it('the next run replaces the field profiles as a whole', async () => {
    const { runs, profiles } = opened().store;
    const first = await runs.startRun(NOW, 30);
    await runs.commitRun(
      first,
      run([], [field('host', HOST, 1, 'email', 3), field('host', HOST, 2, 'city', 3)]),
      NOW + 5,
    );
    const second = await runs.startRun(NOW + HOUR, 30);
    await runs.commitRun(second, run([], [field('host', HOST, 2, 'phone', 4, 'phone_digits')]), NOW + HOUR + 5);
    expect(await profiles.getFieldPredictions(HOST, undefined)).toEqual({
      [SIG(2)]: { canonical: 'phone', format: 'phone_digits' },
    });
  });

  it('a commitRun the database refuses midway leaves the previous field profiles too', async () => {
    const { store, refuseProfilesOf } = opened();
    const first = await store.runs.startRun(NOW, 30);
    await store.runs.commitRun(first, run([form('good.example.com')], [field('host', HOST, 1, 'email', 3)]), NOW + 1);
    await refuseProfilesOf('zz-poison.example.com');
    const second = await store.runs.startRun(NOW + HOUR, 30);
    const refused = run([form('new.example.com'), form('zz-poison.example.com')], [field('host', HOST, 1, 'phone', 9)]);
    await expect(store.runs.commitRun(second, refused, NOW + HOUR + 1)).rejects.toThrow(/injected database error/);
    expect(await store.profiles.getFieldPredictions(HOST, undefined)).toEqual({ [SIG(1)]: { canonical: 'email' } });
  });

  it('an aggregator run learns a field on a form it never saw, from the other forms of the host and family', async () => {
    const { store } = opened();
    const phone = (install_id: string, host: string, schema_hash: string) =>
      makeEvent({
        install_id,
        host,
        schema_hash,
        occurred_at: new Date(NOW - HOUR).toISOString(),
        suggested_map: { '#ph': 'phone' },
        final_map: { '#ph': 'phone', '#pro': 'leave_alone' },
        field_signatures: { '#ph': SIG(1), '#pro': SIG(2) },
        field_formats: { '#ph': 'phone_national' },
      });
    await store.events.insertEvents(
      [
        phone('install-aaaa0001', HOST, 'v1:0000000000000001'),
        phone('install-bbbb0002', HOST, 'v1:0000000000000002'),
        phone('install-cccc0003', 'beta.wd1.myworkdayjobs.com', 'v1:0000000000000003'),
        makeEvent({
          install_id: 'install-dddd0004',
          host: HOST,
          schema_hash: 'v1:0000000000000004',
          occurred_at: new Date(NOW - HOUR).toISOString(),
        }), // an older SDK: no signatures
      ],
      NOW,
    );
    const runner = createAggregatorRunner({
      store,
      lookbackDays: 30,
      support: DEFAULT_SUPPORT,
      log: () => {},
      clock: () => NOW,
    });
    expect(await runner.runOnce()).toMatchObject({ status: 'ok', events_read: 4 });
    // No form has enough runs of its own; the host has 2 installs on 2 runs (too few runs), the family 3 installs.
    expect(await store.profiles.getProfile(HOST, 'v1:0000000000000001')).toMatchObject({
      canonicalMap: {},
      formatMap: {},
    });
    expect(await store.profiles.getFieldPredictions('gamma.wd3.myworkdayjobs.com', 'workday')).toEqual({
      [SIG(1)]: { canonical: 'phone', format: 'phone_national' },
      [SIG(2)]: { canonical: 'leave_alone' },
    });
  });
});
