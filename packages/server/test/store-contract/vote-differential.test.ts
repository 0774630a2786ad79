import type { LearningEvent } from '@companion-autofill/sdk/protocol';
import { makeEvent } from '@companion-autofill/test-kit/learning-events';
import { beforeAll, describe, expect, it } from 'vitest';
import { aggregateProfiles } from '../../src/aggregator/aggregate-profiles.ts';
import { aggregateWindow } from '../../src/aggregator/aggregate-window.ts';
import { DEFAULT_SUPPORT, type SupportThresholds } from '../../src/aggregator/support-thresholds.ts';
import { OPEN_VOTING, type Voter, type VotingContext } from '../../src/aggregator/voting-context.ts';
import { formKey } from '../../src/store/form-key.ts';
import type { AggregationRow, FormProfile, WindowAggregation } from '../../src/store/store-port.ts';
import { describeEachStore, freshStorePerTest } from './describe-each-store.ts';
import { randomEvents } from './random-events.ts';
import { rule, RULE_SCHEMA, SERVED_ON_FLIP_FORM, voteScenarios } from './vote-scenarios.ts';

/**
 * One vote, proven on every backend: each store's aggregation (the runner's own `aggregateWindow`:
 * PostgreSQL groups the window in SQL, SQLite streams it) and each store's streamed window must equal
 * the pure aggregation of the same events held in memory — on random data and on forms that each
 * turn on one vote rule (leave_alone, one canonical on several fields, min networks, network cap,
 * standings, flip margin, the guard's statistics), under open and defended voting.
 */

const NOW = Date.parse('2026-11-27T12:00:00Z');
const DAY = 86_400_000;
const SINCE = NOW - 30 * DAY;
const SUPPORTS: readonly SupportThresholds[] = [
  DEFAULT_SUPPORT,
  { minRuns: 1, minInstalls: 1, minShare: 0.5 },
  { minRuns: 6, minInstalls: 3, minShare: 0.75 },
];

const scenarios = voteScenarios(NOW - DAY);

/** The scenarios' roll; the random installs get one of five networks and, now and then, a standing that does not vote. */
function voterOf(installId: string): Voter {
  const listed = scenarios.roll.get(installId);
  if (listed) return listed;
  let hash = 0;
  for (const char of installId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return { network: `n${hash % 5}`, standing: hash % 11 === 0 ? 'quarantined' : hash % 7 === 0 ? 'new' : 'voter' };
}

/** Every Sybil defence on, served maps to flip from (the random forms' "was_" names and the flip form's incumbent). */
function defendedVoting(served: ReadonlyMap<string, Record<string, string>>, flipMargin: number): VotingContext {
  const withFlipForm = new Map(served).set(formKey(rule('flip_margin'), RULE_SCHEMA), SERVED_ON_FLIP_FORM);
  return { minNetworks: 2, networkCap: 1, flipMargin, voterOf, served: withFlipForm };
}

// Two installs whose runs split 2:1 and 1:2 between two names: the shares tie exactly (thirds), so
// only the alphabetical rule may decide; in floating point the thirds add up in either order.
function tiedForm(): LearningEvent[] {
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

const EVENTS: readonly LearningEvent[] = [
  ...randomEvents({ seed: 2026, events: 2_500, now: NOW, spreadDays: 40 }),
  ...tiedForm(),
  ...scenarios.events,
];

/** The window as the pure aggregation reads it, straight from the events: no store in between. */
async function* eventsInMemory(events: readonly LearningEvent[]): AsyncIterable<AggregationRow[]> {
  const rows = events
    .map((event): AggregationRow => ({
      host: event.host,
      schemaHash: event.schema_hash,
      installId: event.install_id,
      status: event.status,
      occurredAt: Date.parse(event.occurred_at),
      durationMs: event.duration_ms,
      editChars: event.edit_stats.total_chars_added + event.edit_stats.total_chars_deleted,
      finalMap: event.final_map,
      fieldSignatures: new Map(Object.entries(event.field_signatures ?? {})),
      fieldFormats: new Map(Object.entries(event.field_formats ?? {})),
    }))
    .filter((row) => row.occurredAt >= SINCE);
  const key = (row: AggregationRow) => formKey(row.host, row.schemaHash);
  yield rows.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

const pure = (support: SupportThresholds, voting: VotingContext) =>
  aggregateProfiles(eventsInMemory(EVENTS), support, voting);

/** Every voting the test compares under: open, then defended without and with a flip margin. */
async function votings(): Promise<{ name: string; voting: VotingContext }[]> {
  const open = await pure(DEFAULT_SUPPORT, OPEN_VOTING);
  const served = new Map(
    open.profiles.map((p) => [
      formKey(p.host, p.schemaHash),
      Object.fromEntries(Object.entries(p.canonicalMap).map(([k, v]) => [k, `was_${v}`])),
    ]),
  );
  return [
    { name: 'open', voting: OPEN_VOTING },
    { name: 'defended', voting: defendedVoting(served, 0) },
    { name: 'defended with a flip margin', voting: defendedVoting(served, 0.3) },
  ];
}

const profileOf = (aggregation: WindowAggregation, host: string): FormProfile =>
  aggregation.profiles.find((p) => p.host === host && p.schemaHash === RULE_SCHEMA)!;

describe('the differential data set turns on every vote rule (pure aggregation)', () => {
  let open: WindowAggregation;
  let defended: WindowAggregation;
  let held: WindowAggregation;
  beforeAll(async () => {
    const [, withoutMargin, withMargin] = await votings();
    open = await pure(DEFAULT_SUPPORT, OPEN_VOTING);
    defended = await pure(DEFAULT_SUPPORT, withoutMargin!.voting);
    held = await pure(DEFAULT_SUPPORT, withMargin!.voting);
  });

  it('elects leave_alone like a name, without a format', () => {
    const profile = profileOf(open, rule('leave_alone'));
    expect(profile.canonicalMap).toEqual({ '#notes': 'leave_alone', '#email': 'email' });
    expect(profile.formatMap).toEqual({});
  });

  it('maps one canonical onto several fields', () => {
    expect(profileOf(open, rule('fields_per_canonical')).canonicalMap).toEqual({
      '#phone-home': 'phone',
      '#phone-work': 'phone',
    });
  });

  it('needs the winner to come from enough networks', () => {
    expect(profileOf(open, rule('min_networks')).canonicalMap).toEqual({ '#city': 'city' });
    expect(profileOf(defended, rule('min_networks')).canonicalMap).toEqual({});
  });

  it('caps what one network weighs', () => {
    expect(profileOf(open, rule('network_cap')).canonicalMap).toEqual({ '#x': 'city' });
    expect(profileOf(defended, rule('network_cap'))).toMatchObject({
      canonicalMap: { '#x': 'zip' },
      voteAlarm: 'crowded_networks',
    });
  });

  it('counts no vote of new or quarantined installs', () => {
    expect(profileOf(open, rule('standing')).canonicalMap).toEqual({ '#y': 'phone' });
    expect(profileOf(defended, rule('standing'))).toMatchObject({
      canonicalMap: { '#y': 'email' },
      voteAlarm: 'new_installs',
    });
  });

  it('flips a served name without a margin and holds it with one', () => {
    expect(profileOf(defended, rule('flip_margin')).canonicalMap).toEqual({ '#z': 'zip' });
    expect(defended.flips).toContainEqual({
      host: rule('flip_margin'),
      schemaHash: RULE_SCHEMA,
      selector: '#z',
      from: 'city',
      to: 'zip',
    });
    expect(profileOf(held, rule('flip_margin'))).toMatchObject({
      canonicalMap: { '#z': 'city' },
      voteAlarm: 'held_by_margin',
    });
  });

  it('gives the guard per-install statistics that one flooding install does not sway', () => {
    expect(profileOf(defended, rule('guard'))).toMatchObject({
      successRate: 3 / 13,
      guardSuccessRate: 1,
      distinctNetworks: 4,
    });
  });

  it('has random forms that elect field profiles of both scopes, formats and leave_alone', () => {
    const learned = { host: 0, family: 0, formats: 0, leaveAlone: 0 };
    for (const field of open.fieldProfiles) {
      learned[field.scope] += 1;
      if (field.format !== undefined) learned.formats += 1;
      if (field.canonical === 'leave_alone') learned.leaveAlone += 1;
    }
    for (const [what, count] of Object.entries(learned)) expect(count, what).toBeGreaterThan(3);
    expect(open.eventsRead).toBeLessThan(EVENTS.length); // the lookback left some out
  });

  it('breaks an exact tie by name (the thirds add up alike in any order)', async () => {
    const lenient = await pure(SUPPORTS[1]!, OPEN_VOTING);
    expect(lenient.profiles.find((p) => p.host === 'tie.example.com')?.canonicalMap).toEqual({ '#x': 'city' });
  });
});

describeEachStore('every aggregation of the window equals the pure vote', (backend) => {
  const opened = freshStorePerTest(backend);

  it('under every voting and support, through the runner’s path and the streamed window', async () => {
    const { store } = opened();
    for (let i = 0; i < EVENTS.length; i += 100) await store.events.insertEvents(EVENTS.slice(i, i + 100), NOW);
    let compared = 0;
    for (const { name, voting } of await votings()) {
      for (const support of SUPPORTS) {
        const expected = await pure(support, voting);
        const what = `${name}, support ${JSON.stringify(support)}`;
        expect(await aggregateWindow(store.events, SINCE, support, voting), what).toEqual(expected);
        expect(await aggregateProfiles(store.events.windowEvents(SINCE, 333), support, voting), what).toEqual(expected);
        compared += 1;
      }
    }
    expect(compared).toBe(9);
  });

  it('answers an empty window with no profiles', async () => {
    expect(await aggregateWindow(opened().store.events, 0, DEFAULT_SUPPORT)).toEqual({
      profiles: [],
      fieldProfiles: [],
      flips: [],
      eventsRead: 0,
    });
  });
});
