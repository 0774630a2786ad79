import { expect, it } from 'vitest';
import { makeEvent } from '@companion-autofill/test-kit/learning-events';
import { formKey } from '../../src/store/form-key.ts';
import type { FormProfile, WindowAggregation } from '../../src/store/store-port.ts';
import { describeEachStore, freshStorePerTest } from './describe-each-store.ts';

const NOW = Date.parse('2026-11-27T12:00:00Z');
const HOST = 'jobs.example.com';
const HASH = 'v1:00000000000000aa';

function profile(canonicalMap: Record<string, string>, overrides: Partial<FormProfile> = {}): FormProfile {
  return {
    host: HOST,
    schemaHash: HASH,
    canonicalMap,
    formatMap: {},
    eventCount: 6,
    distinctInstalls: 3,
    successRate: 0.5,
    avgEditChars: 40,
    avgDurationMs: 1_000,
    p50DurationMs: 1_000,
    p90DurationMs: 1_000,
    lastEventAt: NOW,
    guardSuccessRate: 0.25,
    guardEditChars: 900,
    distinctNetworks: 2,
    voteAlarm: null,
    ...overrides,
  };
}

const aggregation = (profiles: FormProfile[], flips: WindowAggregation['flips'] = []): WindowAggregation => ({
  profiles,
  fieldProfiles: [],
  flips,
  eventsRead: 6,
});

describeEachStore('DefenceStore contract', (backend) => {
  const opened = freshStorePerTest(backend);

  it('keeps each install’s history: first seen (time and network) and stored runs; duplicates do not count; deletion erases it', async () => {
    const { events, defences } = opened().store;
    const first = [makeEvent({ install_id: 'install-hist0001' }), makeEvent({ install_id: 'install-hist0001' })];
    await events.insertEvents(first, NOW, 'aaaaaaaaaaaaaaaa');
    await events.insertEvents(
      [first[0]!, makeEvent({ install_id: 'install-hist0001' })],
      NOW + 5_000,
      'bbbbbbbbbbbbbbbb',
    );
    await events.insertEvents([makeEvent({ install_id: 'install-hist0002' })], NOW + 9_000);
    const histories = (await defences.installHistories()).sort((a, b) => (a.installId < b.installId ? -1 : 1));
    expect(histories).toEqual([
      { installId: 'install-hist0001', firstSeenAt: NOW, networkKey: 'aaaaaaaaaaaaaaaa', acceptedRuns: 3 },
      { installId: 'install-hist0002', firstSeenAt: NOW + 9_000, networkKey: '', acceptedRuns: 1 },
    ]);
    expect(await events.deleteInstall('install-hist0001')).toBe(3);
    expect((await defences.installHistories()).map((h) => h.installId)).toEqual(['install-hist0002']);
  });

  it('forgets the history of an install whose every event the retention pruned', async () => {
    const { events, defences } = opened().store;
    await events.insertEvents(
      [makeEvent({ install_id: 'install-old00001', occurred_at: new Date(NOW - 200 * 86_400_000).toISOString() })],
      NOW,
    );
    await events.insertEvents(
      [makeEvent({ install_id: 'install-new00001', occurred_at: new Date(NOW).toISOString() })],
      NOW,
    );
    expect(await events.pruneBefore(NOW - 180 * 86_400_000)).toBe(1);
    expect((await defences.installHistories()).map((h) => h.installId)).toEqual(['install-new00001']);
  });

  it('quarantines and releases installs and networks', async () => {
    const { defences } = opened().store;
    expect(await defences.quarantine('install', 'install-bad00001', NOW)).toBe(true);
    expect(await defences.quarantine('install', 'install-bad00001', NOW + 1)).toBe(false);
    expect(await defences.quarantine('network', '0123456789abcdef', NOW + 2)).toBe(true);
    expect(await defences.quarantines()).toEqual([
      { kind: 'install', key: 'install-bad00001', createdAt: NOW },
      { kind: 'network', key: '0123456789abcdef', createdAt: NOW + 2 },
    ]);
    expect((await defences.totals()).quarantines).toEqual({ install: 1, network: 1 });
    expect(await defences.release('install', 'install-bad00001')).toBe(true);
    expect(await defences.release('install', 'install-bad00001')).toBe(false);
    expect((await defences.quarantines()).map((q) => q.kind)).toEqual(['network']);
  });

  it('serves a pin at once, over the learned map and past the guard statistics, until unpinned', async () => {
    const { runs, profiles, defences } = opened().store;
    const runId = await runs.startRun(NOW, 30);
    await runs.commitRun(runId, aggregation([profile({ '#a': 'phone' })]), NOW + 1);
    expect((await profiles.getProfile(HOST, HASH))?.canonicalMap).toEqual({ '#a': 'phone' });
    await defences.pin({
      host: HOST,
      schemaHash: HASH,
      canonicalMap: { '#a': 'email' },
      formatMap: { '#a': 'as_written' },
      pinnedAt: NOW + 2,
    });
    expect(await profiles.getProfile(HOST, HASH)).toMatchObject({
      canonicalMap: { '#a': 'email' },
      formatMap: { '#a': 'as_written' },
      pinned: true,
      eventCount: 6,
      runId,
    });
    expect(await profiles.getProfile('other.example.com', HASH)).toBeUndefined();
    await defences.pin({
      host: 'other.example.com',
      schemaHash: HASH,
      canonicalMap: { '#b': 'city' },
      formatMap: {},
      pinnedAt: NOW + 3,
    });
    expect(await profiles.getProfile('other.example.com', HASH)).toMatchObject({
      canonicalMap: { '#b': 'city' },
      pinned: true,
      eventCount: 0,
    });
    expect((await defences.pins()).map((p) => p.host)).toEqual(['jobs.example.com', 'other.example.com']);
    expect((await defences.totals()).pins).toBe(2);
    expect(await defences.unpin(HOST, HASH)).toBe(true);
    expect(await defences.unpin(HOST, HASH)).toBe(false);
    expect(await profiles.getProfile(HOST, HASH)).toMatchObject({ canonicalMap: { '#a': 'phone' } });
    expect((await profiles.getProfile(HOST, HASH))?.pinned).toBeUndefined();
  });

  it('commits flips with their run, serves the maps they protect, and counts alarms', async () => {
    const { runs, defences } = opened().store;
    const flip = { host: HOST, schemaHash: HASH, selector: '#a', from: 'email', to: 'phone' };
    const first = await runs.startRun(NOW, 30);
    await runs.commitRun(
      first,
      aggregation([profile({ '#a': 'phone' }, { voteAlarm: 'crowded_networks' })], [flip]),
      NOW + 1,
    );
    const second = await runs.startRun(NOW + 2, 30);
    await runs.commitRun(
      second,
      aggregation([profile({ '#a': 'email' })], [{ ...flip, from: 'phone', to: 'email' }]),
      NOW + 3,
    );
    expect(await defences.recentFlips(10)).toEqual([
      { ...flip, from: 'phone', to: 'email', runId: second, flippedAt: NOW + 3 },
      { ...flip, runId: first, flippedAt: NOW + 1 },
    ]);
    expect(await defences.servedMaps()).toEqual(new Map([[formKey(HOST, HASH), { '#a': 'email' }]]));
    expect(await defences.totals()).toMatchObject({
      flips: 2,
      alarms: { new_installs: 0, crowded_networks: 0, held_by_margin: 0 },
    });
    const third = await runs.startRun(NOW + 4, 30);
    await runs.commitRun(
      third,
      aggregation([profile({ '#a': 'email' }, { voteAlarm: 'new_installs', distinctInstalls: 9 })]),
      NOW + 5,
    );
    expect((await defences.totals()).alarms).toEqual({ new_installs: 1, crowded_networks: 0, held_by_margin: 0 });
    expect(await defences.alarmedForms()).toEqual([
      { host: HOST, schemaHash: HASH, voteAlarm: 'new_installs', distinctInstalls: 9, distinctNetworks: 2 },
    ]);
  });

  it('stores the guard statistics and vote alarm of each profile', async () => {
    const { runs, profiles } = opened().store;
    const runId = await runs.startRun(NOW, 30);
    await runs.commitRun(runId, aggregation([profile({ '#a': 'email' }, { voteAlarm: 'crowded_networks' })]), NOW + 1);
    expect(await profiles.getProfile(HOST, HASH)).toMatchObject({
      guardSuccessRate: 0.25,
      guardEditChars: 900,
      distinctNetworks: 2,
      voteAlarm: 'crowded_networks',
    });
  });
});
