import { describe, expect, it } from 'vitest';
import type { AggregationRow } from '../store/store-port.ts';
import { aggregateProfiles } from './aggregate-profiles.ts';
import { DEFAULT_SUPPORT } from './support-thresholds.ts';
import type { Voter, VotingContext } from './voting-context.ts';
import { formKey } from '../store/form-key.ts';

const HOST = 'h.com';
const HASH = 'v1:0000000000000001';
const RIGHT = { '#x': 'email' };
const WRONG = { '#x': 'phone' };

const run = (installId: string, finalMap: Record<string, string>): AggregationRow => ({
  host: HOST,
  schemaHash: HASH,
  installId,
  status: 'ok',
  occurredAt: 1,
  durationMs: 1,
  editChars: 0,
  finalMap,
  fieldSignatures: new Map(),
  fieldFormats: new Map(),
});

/** Installs named `<network>-<n>`: the network is the part before the dash. */
function context(rules: Partial<VotingContext> = {}, standing: Record<string, Voter['standing']> = {}): VotingContext {
  return {
    minNetworks: 1,
    networkCap: 0,
    flipMargin: 0,
    served: new Map(),
    voterOf: (installId) => ({ network: installId.split('-')[0]!, standing: standing[installId] ?? 'voter' }),
    ...rules,
  };
}

async function elect(rows: AggregationRow[], voting: VotingContext) {
  async function* chunks() {
    yield rows;
  }
  const { profiles, flips } = await aggregateProfiles(chunks(), DEFAULT_SUPPORT, voting);
  return { map: profiles[0]?.canonicalMap ?? {}, flips, alarm: profiles[0]?.voteAlarm ?? null };
}

const fiveNetworks = ['a', 'b', 'c', 'd', 'e'].map((network) => run(`${network}-1`, RIGHT));
const manyInstalls = (networks: string[], count: number, map: Record<string, string>) =>
  networks.flatMap((network) => Array.from({ length: count }, (_, i) => run(`${network}-${i}`, map)));

describe('votes across networks', () => {
  it('needs the winner from enough distinct networks, whatever the installs', async () => {
    const oneNetwork = manyInstalls(['x'], 40, RIGHT);
    expect((await elect(oneNetwork, context())).map).toEqual(RIGHT); // the default: one machine learns
    expect((await elect(oneNetwork, context({ minNetworks: 4 }))).map).toEqual({});
    expect((await elect(manyInstalls(['x', 'y', 'z'], 40, RIGHT), context({ minNetworks: 4 }))).map).toEqual({});
    expect((await elect(fiveNetworks, context({ minNetworks: 4 }))).map).toEqual(RIGHT);
  });

  it('caps what one network weighs, so invented installs cannot outvote real networks', async () => {
    const attack = [...fiveNetworks, ...manyInstalls(['x', 'y', 'z'], 30, WRONG)];
    expect((await elect(attack, context())).map).toEqual(WRONG); // uncapped: 90 installs against 5
    // Capped at one vote per network: email 5 of 8 = 0.625.
    expect((await elect(attack, context({ networkCap: 1 }))).map).toEqual(RIGHT);
  });

  it('leaves new and quarantined installs out of the vote', async () => {
    const rows = [...fiveNetworks, ...manyInstalls(['x'], 20, WRONG)];
    const standing = Object.fromEntries(
      rows
        .filter((r) => r.installId.startsWith('x-'))
        .map((r) => [r.installId, r.installId.endsWith('1') ? ('quarantined' as const) : ('new' as const)]),
    );
    expect((await elect(rows, context({}, standing))).map).toEqual(RIGHT);
  });
});

describe('served mappings and the flip margin', () => {
  const served = new Map([[formKey(HOST, HASH), RIGHT]]);
  // Three right networks, four wrong ones: phone holds 4/7 ≈ 0.57 — a majority, not a clear one.
  const swing = [
    ...['a', 'b', 'c'].map((n) => run(`${n}-1`, RIGHT)),
    ...['w', 'x', 'y', 'z'].map((n) => run(`${n}-1`, WRONG)),
  ];

  it('without a margin, a new majority moves the served mapping, and the move is reported', async () => {
    const moved = [...swing, run('v-1', WRONG), run('u-1', WRONG)]; // phone 6/9 ≥ 0.6
    const { map, flips, alarm } = await elect(moved, context({ served }));
    expect(map).toEqual(WRONG);
    expect(alarm).toBeNull();
    expect(flips).toEqual([{ host: HOST, schemaHash: HASH, selector: '#x', from: 'email', to: 'phone' }]);
  });

  it('with a margin, keeps the served name through a swing and an unsupported challenger', async () => {
    expect(await elect(swing, context({ served, flipMargin: 0.2 }))).toEqual({
      map: RIGHT,
      flips: [],
      alarm: 'held_by_margin',
    });
    // 6 against 3: phone's share beats email's by 0.33 ≥ 0.2, so the mapping moves.
    const clear = [...swing, run('v-1', WRONG), run('u-1', WRONG)];
    expect((await elect(clear, context({ served, flipMargin: 0.2 }))).map).toEqual(WRONG);
  });

  it('drops a served name nobody votes for any more rather than holding it', async () => {
    const { map } = await elect(
      ['a', 'b', 'c'].map((n) => run(`${n}-1`, { '#y': 'city' })),
      context({ served, flipMargin: 0.2 }),
    );
    expect(map).toEqual({ '#y': 'city' });
  });
});
