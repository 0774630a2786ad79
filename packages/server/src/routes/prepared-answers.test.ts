import { describe, expect, it } from 'vitest';
import { fieldPredictionsOf, NO_FIELD_PREDICTIONS } from '../store/field-predictions.ts';
import type { StoredFormProfile } from '../store/store-port.ts';
import { answerProfile, etagOf, type ProfileAnswerInput } from './profile-answer.ts';
import { createPreparedAnswers } from './prepared-answers.ts';

const thresholds = { minSuccessRate: 0.6, maxAvgEditChars: 500 };
const profile: StoredFormProfile = Object.freeze({
  host: 'h.com',
  schemaHash: 'v1:0000000000000001',
  canonicalMap: Object.freeze({ '#x': 'email' }),
  formatMap: Object.freeze({}),
  eventCount: 10,
  distinctInstalls: 3,
  successRate: 0.7,
  avgEditChars: 2,
  avgDurationMs: 1_000,
  p50DurationMs: 900,
  p90DurationMs: 2_000,
  lastEventAt: 0,
  runId: 7,
  guardSuccessRate: 0.7,
  guardEditChars: 2,
  distinctNetworks: 1,
  voteAlarm: null,
});

/** What the route sent before answers were prepared: the answer, serialized, and its ETag. */
function reference(input: ProfileAnswerInput) {
  const answer = answerProfile(input);
  return { status: answer.status, reason: answer.reason, body: JSON.stringify(answer), etag: etagOf(answer) };
}

describe('prepared profile answers', () => {
  it('answer exactly what answerProfile and etagOf give', () => {
    const answerFor = createPreparedAnswers();
    const inputs: ProfileAnswerInput[] = [
      { profile, fieldPredictions: NO_FIELD_PREDICTIONS, profileEnabled: true, thresholds, experiments: {} },
      {
        profile,
        fieldPredictions: NO_FIELD_PREDICTIONS,
        profileEnabled: true,
        thresholds: { ...thresholds, minSuccessRate: 0.9 },
        experiments: {},
      },
      {
        profile,
        fieldPredictions: NO_FIELD_PREDICTIONS,
        profileEnabled: true,
        thresholds,
        experiments: { profile_holdout: 'holdout' },
      },
      { profile, fieldPredictions: NO_FIELD_PREDICTIONS, profileEnabled: false, thresholds, experiments: {} },
      {
        profile: undefined,
        fieldPredictions: NO_FIELD_PREDICTIONS,
        profileEnabled: true,
        thresholds,
        experiments: { gen_style: 'a' },
      },
    ];
    for (const input of inputs) {
      expect(answerFor(input)).toEqual(reference(input));
    }
  });

  it("compute a frozen profile's answer once per thresholds and arms", () => {
    const answerFor = createPreparedAnswers();
    const input = {
      profile,
      fieldPredictions: NO_FIELD_PREDICTIONS,
      profileEnabled: true,
      thresholds,
      experiments: { gen_style: 'a' },
    };
    expect(answerFor(input)).toBe(
      answerFor({ ...input, thresholds: { ...thresholds }, experiments: { gen_style: 'a' } }),
    );
    const stricter = answerFor({ ...input, thresholds: { ...thresholds, minSuccessRate: 0.9 } });
    expect(stricter).toMatchObject({ status: 'rejected', reason: 'low_success_rate' });
    expect(answerFor({ ...input, experiments: { gen_style: 'b' } }).body).toContain('"gen_style":"b"');
  });

  it('never reuse the answer of a profile that could change: unfrozen profiles are answered afresh', () => {
    const answerFor = createPreparedAnswers();
    const mutable: StoredFormProfile = { ...profile, canonicalMap: { '#x': 'email' } };
    const input = {
      profile: mutable,
      fieldPredictions: NO_FIELD_PREDICTIONS,
      profileEnabled: true,
      thresholds,
      experiments: {},
    };
    const first = answerFor(input);
    mutable.canonicalMap['#x'] = 'phone';
    const second = answerFor(input);
    expect(second.etag).not.toBe(first.etag);
    expect(second).toEqual(reference(input));
  });

  it("compute the answer of a form never learned once per host predictions, and never mix two hosts' predictions", () => {
    const answerFor = createPreparedAnswers();
    const hostA = fieldPredictionsOf([
      { scope: 'host', fieldSignature: 'f1:00000000000000aa', canonical: 'email', installs: 3 },
    ]);
    const hostB = fieldPredictionsOf([
      { scope: 'family', fieldSignature: 'f1:00000000000000aa', canonical: 'phone', installs: 9 },
    ]);
    const input = { profile: undefined, fieldPredictions: hostA, profileEnabled: true, thresholds, experiments: {} };
    const first = answerFor(input);
    expect(answerFor({ ...input })).toBe(first);
    expect(first).toEqual(reference(input));
    const other = answerFor({ ...input, fieldPredictions: hostB });
    expect(other).toEqual(reference({ ...input, fieldPredictions: hostB }));
    expect(other.body).toContain('"phone"');
  });

  it('answer afresh for predictions that could change (not frozen)', () => {
    const answerFor = createPreparedAnswers();
    const predictions: Record<string, { canonical: string }> = { 'f1:00000000000000aa': { canonical: 'email' } };
    const input = { profile, fieldPredictions: predictions, profileEnabled: true, thresholds, experiments: {} };
    const first = answerFor(input);
    predictions['f1:00000000000000aa'] = { canonical: 'city' };
    expect(answerFor(input).etag).not.toBe(first.etag);
  });
});
