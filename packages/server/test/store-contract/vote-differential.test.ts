import { describe, expect, it } from 'vitest';
import { makeEvent } from '@companion-autofill/test-kit/learning-events';
import { aggregateProfiles } from '../../src/aggregator/aggregate-profiles.ts';
import { DEFAULT_SUPPORT, type SupportThresholds } from '../../src/aggregator/support-thresholds.ts';
import { OPEN_VOTING, type Voter, type VotingContext } from '../../src/aggregator/voting-context.ts';
import { formKey } from '../../src/aggregator/window-votes.ts';
import type { Store } from '../../src/store/store-port.ts';
import { randomEvents } from './random-events.ts';
import { postgresBackend, SKIP_POSTGRES, sqliteBackend } from './store-backends.ts';

const NOW = Date.parse('2026-11-27T12:00:00Z');
const DAY = 86_400_000;
const SUPPORTS: readonly SupportThresholds[] = [
  DEFAULT_SUPPORT,
  { minRuns: 1, minInstalls: 1, minShare: 0.5 },
  { minRuns: 6, minInstalls: 3, minShare: 0.75 },
];

/** A roll with every standing and a few networks, from the install id alone; served maps that every elected selector flips from. */
function defendedVoting(served: Map<string, Record<string, string>>, flipMargin: number): VotingContext {
  const voterOf = (installId: string): Voter => {
    let hash = 0;
    for (const char of installId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
    return { network: `n${hash % 5}`, standing: hash % 11 === 0 ? 'quarantined' : hash % 7 === 0 ? 'new' : 'voter' };
  };
  return { minNetworks: 2, networkCap: 1, flipMargin, voterOf, served };
}

async function insertAll(store: Store, events: ReturnType<typeof makeEvent>[]): Promise<void> {
  for (let i = 0; i < events.length; i += 100) await store.events.insertEvents(events.slice(i, i + 100), NOW);
}

// Two installs whose runs split 2:1 and 1:2 between two names: the shares tie exactly (thirds), so
// only the alphabetical rule may decide; in floating point the thirds add up in either order.
function tiedForm(): ReturnType<typeof makeEvent>[] {
  const run = (install_id: string, canonical: string) =>
    makeEvent({
      install_id,
      host: 'tie.example.com',
      schema_hash: 'v1:00000000000000ff',
      final_map: { '#x': canonical },
      occurred_at: new Date(NOW - DAY).toISOString(),
    });
  return [
    run('install-tie00001', 'zip'),
    run('install-tie00001', 'zip'),
    run('install-tie00001', 'city'),
    run('install-tie00002', 'city'),
    run('install-tie00002', 'city'),
    run('install-tie00002', 'zip'),
  ];
}

(SKIP_POSTGRES ? describe.skip : describe)('SQL aggregation on PostgreSQL [postgres]', () => {
  it.each([11, 2026])('equals the pure aggregation of the same events on both backends (seed %i)', async (seed) => {
    const events = [...randomEvents({ seed, events: 2_500, now: NOW, spreadDays: 40 }), ...tiedForm()];
    const pgStore = await postgresBackend.open();
    const liteStore = await sqliteBackend.open();
    try {
      await insertAll(pgStore.store, events);
      await insertAll(liteStore.store, events);
      const aggregateWindow = pgStore.store.events.aggregateWindow;
      expect(aggregateWindow).toBeTypeOf('function');
      const since = NOW - 30 * DAY;
      let mapped = 0;
      const learned = { host: 0, family: 0, formats: 0, leaveAlone: 0, formFormats: 0 };
      for (const support of SUPPORTS) {
        const inSql = await aggregateWindow!.call(pgStore.store.events, since, support);
        const streamedFromPostgres = await aggregateProfiles(pgStore.store.events.windowEvents(since, 333), support);
        const streamedFromSqlite = await aggregateProfiles(liteStore.store.events.windowEvents(since), support);
        expect(inSql).toEqual(streamedFromSqlite);
        expect(streamedFromPostgres).toEqual(streamedFromSqlite);
        mapped += inSql.profiles.reduce((n, p) => n + Object.keys(p.canonicalMap).length, 0);
        learned.formFormats += inSql.profiles.reduce((n, p) => n + Object.keys(p.formatMap).length, 0);
        for (const field of inSql.fieldProfiles) {
          learned[field.scope] += 1;
          if (field.format !== undefined) learned.formats += 1;
          if (field.canonical === 'leave_alone') learned.leaveAlone += 1;
        }
        expect(inSql.profiles.find((p) => p.host === 'tie.example.com')?.canonicalMap).toEqual(
          support.minShare <= 0.5 ? { '#x': 'city' } : {},
        );
      }
      // The data set exercises the thresholds: some selectors are mapped, and fewer under stricter ones;
      // every new rule has something to elect (field votes of both scopes, formats, leave_alone).
      expect(mapped).toBeGreaterThan(20);
      for (const [rule, count] of Object.entries(learned)) expect(count, rule).toBeGreaterThan(3);
      // The Sybil defences (networks, cap, standings, served maps and flips) come out the same on both paths.
      const open = await aggregateWindow!.call(pgStore.store.events, since, DEFAULT_SUPPORT, OPEN_VOTING);
      const served = new Map(
        open.profiles.map((p) => [
          formKey(p.host, p.schemaHash),
          Object.fromEntries(Object.entries(p.canonicalMap).map(([k, v]) => [k, `was_${v}`])),
        ]),
      );
      let flipped = 0;
      for (const voting of [defendedVoting(served, 0), defendedVoting(served, 0.2)]) {
        const inSql = await aggregateWindow!.call(pgStore.store.events, since, DEFAULT_SUPPORT, voting);
        expect(inSql).toEqual(
          await aggregateProfiles(liteStore.store.events.windowEvents(since), DEFAULT_SUPPORT, voting),
        );
        flipped += inSql.flips.length;
        expect(inSql.profiles.some((p) => p.distinctNetworks > 1 && p.guardSuccessRate !== p.successRate)).toBe(true);
      }
      expect(flipped).toBeGreaterThan(3);
      const byStrictness = await Promise.all(
        SUPPORTS.map((s) => aggregateWindow!.call(pgStore.store.events, since, s)),
      );
      const counts = byStrictness.map((r) => r.profiles.reduce((n, p) => n + Object.keys(p.canonicalMap).length, 0));
      expect(counts[1]).toBeGreaterThan(counts[2]!);
      expect(byStrictness[0]!.eventsRead).toBeLessThan(events.length); // the lookback left some out
    } finally {
      await pgStore.dispose();
      await liteStore.dispose();
    }
  });

  it('answers an empty window with no profiles', async () => {
    const pgStore = await postgresBackend.open();
    try {
      expect(await pgStore.store.events.aggregateWindow!(0, DEFAULT_SUPPORT)).toEqual({
        profiles: [],
        fieldProfiles: [],
        flips: [],
        eventsRead: 0,
      });
    } finally {
      await pgStore.dispose();
    }
  });
});
