import { describe, expect, it } from 'vitest';
import type { AggregationRow } from '../store/store-port.ts';
import { aggregateProfiles } from './aggregate-profiles.ts';
import { formStats } from './form-stats.ts';
import { percentileOfSorted } from './percentile.ts';
import { DEFAULT_SUPPORT } from './support-thresholds.ts';

function row(overrides: Partial<AggregationRow>): AggregationRow {
  return {
    host: 'h.com',
    schemaHash: 'v1:0000000000000001',
    installId: 'a',
    status: 'ok',
    occurredAt: 1_000,
    durationMs: 1_000,
    editChars: 0,
    finalMap: {},
    fieldSignatures: new Map(),
    fieldFormats: new Map(),
    ...overrides,
  };
}

describe('formStats', () => {
  it('computes the stats of one form', () => {
    const rows = [
      row({ installId: 'a', status: 'ok', durationMs: 10, editChars: 4, occurredAt: 5_000 }),
      row({ installId: 'b', status: 'ok', durationMs: 20, editChars: 0, occurredAt: 9_000 }),
      row({ installId: 'b', status: 'validation_error', durationMs: 30, editChars: 8, occurredAt: 7_000 }),
      row({ installId: 'c', status: 'cancelled', durationMs: 40, editChars: 0, occurredAt: 8_000 }),
      row({ installId: 'c', status: 'error', durationMs: 100, editChars: 0, occurredAt: 1_000 }),
    ];
    expect(formStats(rows)).toEqual({
      host: 'h.com',
      schemaHash: 'v1:0000000000000001',
      eventCount: 5,
      distinctInstalls: 3,
      successRate: 2 / 3, // cancelled and error are no verdict
      avgEditChars: 12 / 5,
      avgDurationMs: 40,
      p50DurationMs: 30,
      p90DurationMs: 100,
      lastEventAt: 9_000, // newest event, not the order of arrival
      // The guard's own: each install one value (a 1, b 0.5; c reached no verdict), then the median.
      guardSuccessRate: 0.75,
      guardEditChars: 4, // median of a 4, b 4, c 0 per run
      distinctNetworks: 1,
      voteAlarm: null,
    });
  });

  it('has no success rate when no run reached a verdict', () => {
    expect(formStats([row({ status: 'cancelled' })]).successRate).toBeNull();
  });
});

describe('percentileOfSorted', () => {
  it('uses the nearest rank', () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(percentileOfSorted(values, 50)).toBe(5);
    expect(percentileOfSorted(values, 90)).toBe(9);
    expect(percentileOfSorted([7], 90)).toBe(7);
    expect(percentileOfSorted([], 50)).toBe(0);
  });
});

describe('aggregateProfiles', () => {
  it('gives every form its statistics and the maps its votes elected', async () => {
    const phone = { '#p': 'phone' };
    async function* chunks() {
      yield ['a', 'b', 'c'].map((installId) =>
        row({ installId, finalMap: phone, fieldFormats: new Map([['#p', 'phone_e164']]), durationMs: 2_000 }),
      );
    }
    const { profiles, fieldProfiles, eventsRead } = await aggregateProfiles(chunks(), DEFAULT_SUPPORT);
    expect(eventsRead).toBe(3);
    expect(fieldProfiles).toEqual([]); // no signatures: nothing to learn beyond the form
    expect(profiles).toEqual([
      {
        host: 'h.com',
        schemaHash: 'v1:0000000000000001',
        canonicalMap: phone,
        formatMap: { '#p': 'phone_e164' },
        eventCount: 3,
        distinctInstalls: 3,
        successRate: 1,
        avgEditChars: 0,
        avgDurationMs: 2_000,
        p50DurationMs: 2_000,
        p90DurationMs: 2_000,
        lastEventAt: 1_000,
        guardSuccessRate: 1,
        guardEditChars: 0,
        distinctNetworks: 1,
        voteAlarm: null,
      },
    ]);
  });

  it('groups the ordered stream by form across chunk borders', async () => {
    async function* chunks() {
      yield [row({ host: 'a.com' }), row({ host: 'a.com' })];
      yield [row({ host: 'a.com' }), row({ host: 'b.com' })];
      yield [row({ host: 'b.com', schemaHash: 'v1:0000000000000002' })];
    }
    const { profiles, eventsRead } = await aggregateProfiles(chunks(), DEFAULT_SUPPORT);
    expect(eventsRead).toBe(5);
    expect(profiles.map((p) => [p.host, p.schemaHash, p.eventCount])).toEqual([
      ['a.com', 'v1:0000000000000001', 3],
      ['b.com', 'v1:0000000000000001', 1],
      ['b.com', 'v1:0000000000000002', 1],
    ]);
  });
});
