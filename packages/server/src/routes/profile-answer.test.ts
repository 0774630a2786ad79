import { describe, expect, it } from 'vitest';
import { ProfileResponse } from '@companion-autofill/sdk/protocol';
import { NO_FIELD_PREDICTIONS } from '../store/field-predictions.ts';
import type { StoredFormProfile } from '../store/store-port.ts';
import { answerProfile, etagOf, type ProfileAnswerInput } from './profile-answer.ts';

const thresholds = { minSuccessRate: 0.6, maxAvgEditChars: 500 };
const profile: StoredFormProfile = {
  host: 'h.com',
  schemaHash: 'v1:0000000000000001',
  canonicalMap: { '#x': 'email' },
  formatMap: {},
  eventCount: 10,
  distinctInstalls: 3,
  successRate: 0.9,
  avgEditChars: 2,
  avgDurationMs: 1_000,
  p50DurationMs: 900,
  p90DurationMs: 2_000,
  lastEventAt: 0,
  runId: 7,
  guardSuccessRate: 0.9,
  guardEditChars: 2,
  distinctNetworks: 1,
  voteAlarm: null,
};
const predictions = {
  'f1:00000000000000aa': { canonical: 'phone', format: 'phone_national' },
  'f1:00000000000000bb': { canonical: 'leave_alone' },
} as const;
const base: ProfileAnswerInput = {
  profile,
  fieldPredictions: NO_FIELD_PREDICTIONS,
  profileEnabled: true,
  thresholds,
  experiments: {},
};

describe('answerProfile', () => {
  it('serves a profile that passes the guard', () => {
    const answer = answerProfile({ ...base });
    expect(answer.status).toBe('ok');
    expect(answer.canonical_map).toEqual({ '#x': 'email' });
    expect(ProfileResponse.safeParse(answer).success).toBe(true);
  });

  it('withholds the map of a rejected profile and names the guard', () => {
    const answer = answerProfile({ ...base, profile: { ...profile, guardEditChars: 900 } });
    expect(answer).toMatchObject({ status: 'rejected', reason: 'high_edit_chars', canonical_map: {} });
  });

  it('answers unknown without a profile or with an empty map', () => {
    expect(answerProfile({ ...base, profile: undefined }).status).toBe('unknown');
    const empty = answerProfile({ ...base, profile: { ...profile, canonicalMap: {} } });
    expect(empty.status).toBe('unknown');
    expect(empty.stats?.event_count).toBe(10);
  });

  it('is disabled in shadow mode, whatever was learned', () => {
    expect(answerProfile({ ...base, profileEnabled: false })).toMatchObject({ status: 'disabled', canonical_map: {} });
  });

  it('answers holdout with no map to the control arm of the profile experiment, whatever was learned', () => {
    const experiments = { profile_holdout: 'holdout', gen_style: 'style_a' };
    const answer = answerProfile({ ...base, experiments });
    expect(answer).toMatchObject({ status: 'holdout', canonical_map: {}, experiments, stats: { event_count: 10 } });
    expect(answer.reason).toBeUndefined();
    expect(ProfileResponse.safeParse(answer).success).toBe(true);
    expect(answerProfile({ ...base, profile: undefined, experiments }).status).toBe('holdout');
    expect(answerProfile({ ...base, profile: { ...profile, guardSuccessRate: 0 }, experiments }).status).toBe(
      'holdout',
    );
  });

  it('serves the treatment arm and other experiments as usual, echoing the arms', () => {
    const experiments = { profile_holdout: 'treatment', gen_style: 'holdout' };
    expect(answerProfile({ ...base, experiments })).toMatchObject({
      status: 'ok',
      canonical_map: { '#x': 'email' },
      experiments,
    });
  });

  it('stays disabled in shadow mode, also for the holdout arm', () => {
    expect(answerProfile({ ...base, profileEnabled: false, experiments: { profile_holdout: 'holdout' } }).status).toBe(
      'disabled',
    );
  });

  it('changes its ETag when the body changes, and only then', () => {
    const a = answerProfile({ ...base });
    const b = answerProfile({ ...base });
    const c = answerProfile({ ...base, profile: { ...profile, canonicalMap: { '#x': 'phone' } } });
    expect(etagOf(a)).toBe(etagOf(b));
    expect(etagOf(a)).not.toBe(etagOf(c));
  });

  it('serves learned formats with an ok profile, and only then', () => {
    const withFormats = {
      ...profile,
      canonicalMap: { '#x': 'email', '#p': 'phone' },
      formatMap: { '#p': 'phone_national' },
    };
    const ok = answerProfile({ ...base, profile: withFormats });
    expect(ok).toMatchObject({ status: 'ok', format_map: { '#p': 'phone_national' } });
    expect(ProfileResponse.safeParse(ok).success).toBe(true);
    expect(answerProfile({ ...base, profile: { ...withFormats, guardEditChars: 900 } }).format_map).toBeUndefined();
    // No format learned: the body is the one older clients know, without format_map.
    expect(Object.keys(answerProfile(base))).not.toContain('format_map');
  });

  it("answers a form never learned with the host's field predictions", () => {
    const answer = answerProfile({ ...base, profile: undefined, fieldPredictions: predictions });
    expect(answer).toMatchObject({ status: 'unknown', canonical_map: {}, field_predictions: predictions, stats: null });
    expect(ProfileResponse.safeParse(answer).success).toBe(true);
  });

  it('serves field predictions with ok and rejected profiles too, never in shadow mode or to the holdout arm', () => {
    expect(answerProfile({ ...base, fieldPredictions: predictions }).field_predictions).toEqual(predictions);
    expect(
      answerProfile({ ...base, profile: { ...profile, guardSuccessRate: 0.1 }, fieldPredictions: predictions }),
    ).toMatchObject({ status: 'rejected', field_predictions: predictions });
    expect(
      answerProfile({ ...base, profileEnabled: false, fieldPredictions: predictions }).field_predictions,
    ).toBeUndefined();
    expect(
      answerProfile({ ...base, fieldPredictions: predictions, experiments: { profile_holdout: 'holdout' } })
        .field_predictions,
    ).toBeUndefined();
    expect(Object.keys(answerProfile({ ...base, profile: undefined }))).not.toContain('field_predictions');
  });

  it('serves a profile whose runs never reached a verdict (no <form>, submit unseen) instead of rejecting it', () => {
    expect(answerProfile({ ...base, profile: { ...profile, guardSuccessRate: null } })).toMatchObject({
      status: 'ok',
      canonical_map: { '#x': 'email' },
    });
    expect(
      answerProfile({ ...base, profile: { ...profile, guardSuccessRate: null, guardEditChars: 900 } }),
    ).toMatchObject({ status: 'rejected', reason: 'high_edit_chars' });
  });

  it('moves version and ETag when the field predictions or the learned formats change', () => {
    const versions = [
      answerProfile({ ...base, profile: undefined }),
      answerProfile({ ...base, profile: undefined, fieldPredictions: predictions }),
      answerProfile({
        ...base,
        profile: undefined,
        fieldPredictions: { 'f1:00000000000000aa': { canonical: 'phone' } },
      }),
      answerProfile(base),
      answerProfile({ ...base, fieldPredictions: predictions }),
      answerProfile({ ...base, profile: { ...profile, formatMap: { '#x': 'url_no_scheme' } } }),
    ];
    expect(new Set(versions.map((answer) => answer.version)).size).toBe(versions.length);
    expect(new Set(versions.map(etagOf)).size).toBe(versions.length);
    expect(answerProfile({ ...base, profile: undefined, fieldPredictions: { ...predictions } }).version).toBe(
      versions[1]!.version,
    );
  });
});
