import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeEvent } from '@companion-autofill/test-kit/learning-events';
import { createSqliteStore } from './sqlite-store.ts';
import type { FieldProfile, FormProfile, Store } from '../store-port.ts';

const FORM = { host: 'jobs.example.com', schemaHash: 'v1:00000000000000aa' } as const;
const FORM_EVENT = { host: FORM.host, schema_hash: FORM.schemaHash } as const;

function profile(canonical: string): FormProfile {
  return {
    ...FORM,
    canonicalMap: { '[name="q1"]': canonical },
    formatMap: {},
    eventCount: 5,
    distinctInstalls: 2,
    successRate: 1,
    avgEditChars: 0,
    avgDurationMs: 1_000,
    p50DurationMs: 1_000,
    p90DurationMs: 1_000,
    lastEventAt: 1_000,
    guardSuccessRate: 1,
    guardEditChars: 0,
    distinctNetworks: 1,
    voteAlarm: null,
  };
}

function fieldProfile(canonical: string): FieldProfile {
  return { scope: 'host', key: FORM.host, fieldSignature: 'f1:00000000000000aa', canonical, installs: 3 };
}

async function commit(store: Store, canonical: string): Promise<number> {
  const runId = await store.runs.startRun(1_000, 30);
  await store.runs.commitRun(
    runId,
    { profiles: [profile(canonical)], fieldProfiles: [fieldProfile(canonical)], flips: [], eventsRead: 5 },
    2_000,
  );
  return runId;
}

let dir: string;
const stores: Store[] = [];
afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.close()));
  rmSync(dir, { recursive: true, force: true });
});
function open(): Store {
  dir ??= mkdtempSync(join(tmpdir(), 'profile-store-'));
  const store = createSqliteStore(join(dir, 'companion.db'));
  stores.push(store);
  return store;
}

describe('SQLite profile store cache', () => {
  it('serves the profile a run on the same connection commits, replacing the cached one', async () => {
    dir = mkdtempSync(join(tmpdir(), 'profile-store-'));
    const store = open();
    expect(await store.profiles.getProfile(FORM.host, FORM.schemaHash)).toBeUndefined();
    const first = await commit(store, 'email');
    expect(await store.profiles.getProfile(FORM.host, FORM.schemaHash)).toMatchObject({
      canonicalMap: { '[name="q1"]': 'email' },
      runId: first,
    });
    const second = await commit(store, 'phone');
    expect(await store.profiles.getProfile(FORM.host, FORM.schemaHash)).toMatchObject({
      canonicalMap: { '[name="q1"]': 'phone' },
      runId: second,
    });
  });

  it('serves the profile another connection (the aggregate CLI, another process) commits', async () => {
    dir = mkdtempSync(join(tmpdir(), 'profile-store-'));
    const server = open();
    const cli = open();
    await commit(cli, 'email');
    expect((await server.profiles.getProfile(FORM.host, FORM.schemaHash))?.canonicalMap).toEqual({
      '[name="q1"]': 'email',
    });
    const second = await commit(cli, 'city');
    expect(await server.profiles.getProfile(FORM.host, FORM.schemaHash)).toMatchObject({
      canonicalMap: { '[name="q1"]': 'city' },
      runId: second,
    });
  });

  it('keeps its cache while events are written, which happens all the time', async () => {
    dir = mkdtempSync(join(tmpdir(), 'profile-store-'));
    const store = open();
    await commit(store, 'email');
    const cached = await store.profiles.getProfile(FORM.host, FORM.schemaHash);
    await store.events.insertEvents([makeEvent({ ...FORM_EVENT })], 5_000);
    expect(await store.profiles.getProfile(FORM.host, FORM.schemaHash)).toBe(cached);
  });

  it('hands out frozen profiles, since every request shares the cached one', async () => {
    dir = mkdtempSync(join(tmpdir(), 'profile-store-'));
    const store = open();
    await commit(store, 'email');
    const cached = await store.profiles.getProfile(FORM.host, FORM.schemaHash);
    expect(Object.isFrozen(cached)).toBe(true);
    expect(Object.isFrozen(cached?.canonicalMap)).toBe(true);
    expect(await store.profiles.getProfile(FORM.host, FORM.schemaHash)).toBe(cached);
  });

  it("caches a host's field predictions until the next committed run, from whichever connection", async () => {
    dir = mkdtempSync(join(tmpdir(), 'profile-store-'));
    const server = open();
    const cli = open();
    expect(await server.profiles.getFieldPredictions(FORM.host, undefined)).toEqual({});
    await commit(cli, 'email');
    const first = await server.profiles.getFieldPredictions(FORM.host, undefined);
    expect(first).toEqual({ 'f1:00000000000000aa': { canonical: 'email' } });
    expect(Object.isFrozen(first)).toBe(true);
    expect(await server.profiles.getFieldPredictions(FORM.host, undefined)).toBe(first);
    await commit(cli, 'phone');
    expect(await server.profiles.getFieldPredictions(FORM.host, undefined)).toEqual({
      'f1:00000000000000aa': { canonical: 'phone' },
    });
  });
});
