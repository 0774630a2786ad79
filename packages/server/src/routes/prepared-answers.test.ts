import { describe, expect, it } from 'vitest';
import type { StoredFormProfile } from '../store/store-port.ts';
import { answerProfile, etagOf, type ProfileAnswerInput } from './profile-answer.ts';
import { createPreparedAnswers } from './prepared-answers.ts';

const thresholds = { minSuccessRate: 0.6, maxAvgEditChars: 500 };
const profile: StoredFormProfile = Object.freeze({
  host: 'h.com', schemaHash: 'v1:0000000000000001', canonicalMap: Object.freeze({ '#x': 'email' }), eventCount: 10, distinctInstalls: 3,
  successRate: 0.7, avgEditChars: 2, avgDurationMs: 1_000, p50DurationMs: 900, p90DurationMs: 2_000, lastEventAt: 0, runId: 7,
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
      { profile, profileEnabled: true, thresholds, experiments: {} },
      { profile, profileEnabled: true, thresholds: { ...thresholds, minSuccessRate: 0.9 }, experiments: {} },
      { profile, profileEnabled: true, thresholds, experiments: { profile_holdout: 'holdout' } },
      { profile, profileEnabled: false, thresholds, experiments: {} },
      { profile: undefined, profileEnabled: true, thresholds, experiments: { gen_style: 'a' } },
    ];
    for (const input of inputs) {
      expect(answerFor(input)).toEqual(reference(input));
    }
  });

  it('compute a frozen profile\'s answer once per thresholds and arms', () => {
    const answerFor = createPreparedAnswers();
    const input = { profile, profileEnabled: true, thresholds, experiments: { gen_style: 'a' } };
    expect(answerFor(input)).toBe(answerFor({ ...input, thresholds: { ...thresholds }, experiments: { gen_style: 'a' } }));
    const stricter = answerFor({ ...input, thresholds: { ...thresholds, minSuccessRate: 0.9 } });
    expect(stricter).toMatchObject({ status: 'rejected', reason: 'low_success_rate' });
    expect(answerFor({ ...input, experiments: { gen_style: 'b' } }).body).toContain('"gen_style":"b"');
  });

  it('never reuse the answer of a profile that could change: unfrozen profiles are answered afresh', () => {
    const answerFor = createPreparedAnswers();
    const mutable: StoredFormProfile = { ...profile, canonicalMap: { '#x': 'email' } };
    const input = { profile: mutable, profileEnabled: true, thresholds, experiments: {} };
    const first = answerFor(input);
    mutable.canonicalMap['#x'] = 'phone';
    const second = answerFor(input);
    expect(second.etag).not.toBe(first.etag);
    expect(second).toEqual(reference(input));
  });
});
