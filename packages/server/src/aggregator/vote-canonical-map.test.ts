import { describe, expect, it } from 'vitest';
import type { AggregationRow } from '../store/store-port.ts';
import { DEFAULT_SUPPORT } from './support-thresholds.ts';
import { electCanonical, type CanonicalTally } from './elect-canonical.ts';
import { RUN_WEIGHT } from './run-weight.ts';
import { voteCanonicalMap } from './vote-canonical-map.ts';

function run(installId: string, finalMap: Record<string, string>, status: AggregationRow['status'] = 'ok'): AggregationRow {
  return { host: 'h.com', schemaHash: 'v1:0000000000000001', installId, status, occurredAt: 1, durationMs: 1, editChars: 0, finalMap };
}

describe('voteCanonicalMap', () => {
  it('maps a selector once 3 runs from 2 installs agree', () => {
    const rows = [run('a', { '#x': 'email' }), run('a', { '#x': 'email' }), run('b', { '#x': 'email' })];
    expect(voteCanonicalMap(rows, DEFAULT_SUPPORT)).toEqual({ '#x': 'email' });
  });

  it('needs enough runs', () => {
    expect(voteCanonicalMap([run('a', { '#x': 'email' }), run('b', { '#x': 'email' })], DEFAULT_SUPPORT)).toEqual({});
  });

  it('needs more than one install: one user alone cannot define a profile', () => {
    const rows = Array.from({ length: 50 }, () => run('a', { '#x': 'email' }));
    expect(voteCanonicalMap(rows, DEFAULT_SUPPORT)).toEqual({});
  });

  it('one install flooding wrong votes counts as one voter', () => {
    const honest = ['a', 'b', 'c'].flatMap((id) => [run(id, { '#x': 'email' })]);
    const flood = Array.from({ length: 500 }, () => run('mallory', { '#x': 'phone' }));
    // honest share: 3 installs of 4 = 0.75 ≥ 0.6
    expect(voteCanonicalMap([...honest, ...flood], DEFAULT_SUPPORT)).toEqual({ '#x': 'email' });
  });

  it('requires the winner to hold the vote share', () => {
    const rows = [run('a', { '#x': 'email' }), run('b', { '#x': 'email' }), run('c', { '#x': 'email' }), run('d', { '#x': 'phone' }), run('e', { '#x': 'phone' })];
    // email 3/5 = 0.6 passes; with one more phone voter it is 0.5 and fails
    expect(voteCanonicalMap(rows, DEFAULT_SUPPORT)).toEqual({ '#x': 'email' });
    expect(voteCanonicalMap([...rows, run('f', { '#x': 'phone' })], DEFAULT_SUPPORT)).toEqual({});
  });

  it('weighs successful runs above failed ones', () => {
    const rows = [
      run('a', { '#x': 'email' }), run('b', { '#x': 'email' }), run('c', { '#x': 'email' }),
      run('d', { '#x': 'phone' }, 'error'), run('e', { '#x': 'phone' }, 'error'), run('f', { '#x': 'phone' }, 'error'),
    ];
    // email 3 × 1 against phone 3 × 0.25: share 0.8
    expect(voteCanonicalMap(rows, DEFAULT_SUPPORT)).toEqual({ '#x': 'email' });
  });

  it('takes configurable thresholds', () => {
    const rows = [run('a', { '#x': 'email' })];
    expect(voteCanonicalMap(rows, { minRuns: 1, minInstalls: 1, minShare: 0.6 })).toEqual({ '#x': 'email' });
  });
});

/** The vote as the module comment defines it, written plainly: the oracle for the optimized code. */
function referenceVote(rows: readonly AggregationRow[], support: typeof DEFAULT_SUPPORT): Record<string, string> {
  const selectors = [...new Set(rows.flatMap((row) => Object.keys(row.finalMap)))].sort();
  const map: Record<string, string> = {};
  for (const selector of selectors) {
    const voting = rows.filter((row) => selector in row.finalMap);
    const tallies = new Map<string, CanonicalTally>();
    for (const install of new Set(voting.map((row) => row.installId))) {
      const own = voting.filter((row) => row.installId === install);
      for (const canonical of new Set(own.map((row) => row.finalMap[selector]!))) {
        const saying = own.filter((row) => row.finalMap[selector] === canonical);
        const tally = tallies.get(canonical) ?? { canonical, vote: 0, runs: 0, installs: 0 };
        tally.vote += saying.reduce((sum, row) => sum + RUN_WEIGHT[row.status], 0) / own.length;
        tally.runs += saying.length;
        tally.installs += 1;
        tallies.set(canonical, tally);
      }
    }
    const winner = electCanonical([...tallies.values()], support);
    if (winner !== undefined) map[selector] = winner;
  }
  return map;
}

describe('voteCanonicalMap against its definition', () => {
  it('agrees with a plain implementation on random forms, shared and unshared maps alike', () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    const statuses = ['ok', 'ok', 'validation_error', 'cancelled', 'error'] as const;
    const canonicals = ['email', 'phone', 'city', 'first_name'];
    for (let form = 0; form < 200; form += 1) {
      const shared = { '#a': 'email', '#b': 'phone', '#c': 'city' };
      const rows = Array.from({ length: 1 + Math.floor(random() * 40) }, () => {
        const finalMap: Record<string, string> = random() < 0.5 ? shared : {};
        if (finalMap !== shared) {
          for (const selector of ['#a', '#b', '#c', '#d']) if (random() < 0.7) finalMap[selector] = canonicals[Math.floor(random() * canonicals.length)]!;
        }
        return run(`install-${Math.floor(random() * 8)}`, finalMap, statuses[Math.floor(random() * statuses.length)]);
      });
      const support = { minRuns: 1 + Math.floor(random() * 3), minInstalls: 1 + Math.floor(random() * 2), minShare: 0.5 + random() * 0.2 };
      expect(voteCanonicalMap(rows, support)).toEqual(referenceVote(rows, support));
    }
  });
});
