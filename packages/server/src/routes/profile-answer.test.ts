import { describe, expect, it } from 'vitest';
import { ProfileResponse } from '@companion-autofill/sdk/protocol';
import type { StoredFormProfile } from '../store/store-port.ts';
import { answerProfile, etagOf } from './profile-answer.ts';

const thresholds = { minSuccessRate: 0.6, maxAvgEditChars: 500 };
const profile: StoredFormProfile = {
  host: 'h.com', schemaHash: 'v1:0000000000000001', canonicalMap: { '#x': 'email' }, eventCount: 10, distinctInstalls: 3,
  successRate: 0.9, avgEditChars: 2, avgDurationMs: 1_000, p50DurationMs: 900, p90DurationMs: 2_000, lastEventAt: 0, runId: 7,
};

describe('answerProfile', () => {
  it('serves a profile that passes the guard', () => {
    const answer = answerProfile({ profile, profileEnabled: true, thresholds, experiments: {} });
    expect(answer.status).toBe('ok');
    expect(answer.canonical_map).toEqual({ '#x': 'email' });
    expect(ProfileResponse.safeParse(answer).success).toBe(true);
  });

  it('withholds the map of a rejected profile and names the guard', () => {
    const answer = answerProfile({ profile: { ...profile, avgEditChars: 900 }, profileEnabled: true, thresholds, experiments: {} });
    expect(answer).toMatchObject({ status: 'rejected', reason: 'high_edit_chars', canonical_map: {} });
  });

  it('answers unknown without a profile or with an empty map', () => {
    expect(answerProfile({ profile: undefined, profileEnabled: true, thresholds, experiments: {} }).status).toBe('unknown');
    const empty = answerProfile({ profile: { ...profile, canonicalMap: {} }, profileEnabled: true, thresholds, experiments: {} });
    expect(empty.status).toBe('unknown');
    expect(empty.stats?.event_count).toBe(10);
  });

  it('is disabled in shadow mode, whatever was learned', () => {
    expect(answerProfile({ profile, profileEnabled: false, thresholds, experiments: {} })).toMatchObject({ status: 'disabled', canonical_map: {} });
  });

  it('answers holdout with no map to the control arm of the profile experiment, whatever was learned', () => {
    const experiments = { profile_holdout: 'holdout', gen_style: 'style_a' };
    const answer = answerProfile({ profile, profileEnabled: true, thresholds, experiments });
    expect(answer).toMatchObject({ status: 'holdout', canonical_map: {}, experiments, stats: { event_count: 10 } });
    expect(answer.reason).toBeUndefined();
    expect(ProfileResponse.safeParse(answer).success).toBe(true);
    expect(answerProfile({ profile: undefined, profileEnabled: true, thresholds, experiments }).status).toBe('holdout');
    expect(answerProfile({ profile: { ...profile, successRate: 0 }, profileEnabled: true, thresholds, experiments }).status).toBe('holdout');
  });

  it('serves the treatment arm and other experiments as usual, echoing the arms', () => {
    const experiments = { profile_holdout: 'treatment', gen_style: 'holdout' };
    expect(answerProfile({ profile, profileEnabled: true, thresholds, experiments })).toMatchObject({ status: 'ok', canonical_map: { '#x': 'email' }, experiments });
  });

  it('stays disabled in shadow mode, also for the holdout arm', () => {
    expect(answerProfile({ profile, profileEnabled: false, thresholds, experiments: { profile_holdout: 'holdout' } }).status).toBe('disabled');
  });

  it('changes its ETag when the body changes, and only then', () => {
    const a = answerProfile({ profile, profileEnabled: true, thresholds, experiments: {} });
    const b = answerProfile({ profile, profileEnabled: true, thresholds, experiments: {} });
    const c = answerProfile({ profile: { ...profile, canonicalMap: { '#x': 'phone' } }, profileEnabled: true, thresholds, experiments: {} });
    expect(etagOf(a)).toBe(etagOf(b));
    expect(etagOf(a)).not.toBe(etagOf(c));
  });
});
