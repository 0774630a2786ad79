import { describe, expect, it } from 'vitest';
import type { AggregationRow } from '../store/store-port.ts';
import { DEFAULT_SUPPORT } from './support-thresholds.ts';
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
