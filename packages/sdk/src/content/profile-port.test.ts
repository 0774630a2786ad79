import { describe, expect, it } from 'vitest';
import { UNAVAILABLE_PROFILE, fieldPredictionEntries, getProfileSafely, type ProfilePort } from './profile-port.ts';

const portAnswering = (answer: () => Promise<unknown>): ProfilePort => ({
  getProfile: answer as ProfilePort['getProfile'],
});

describe('getProfileSafely', () => {
  it('passes a well-formed profile through', async () => {
    const profile = {
      status: 'ok',
      canonicalMap: { '#a': 'email', '#b': 'leave_alone' },
      experiments: { profile_holdout: 'treatment' },
      formatMap: { '#p': 'phone_national' },
      fieldPredictions: {
        'f1:00000000000000aa': { canonical: 'phone', format: 'phone_e164' },
        'f1:00000000000000bb': { canonical: 'city' },
      },
    };
    expect(
      await getProfileSafely(
        portAnswering(async () => profile),
        'example.com',
        'v1:0123456789abcdef',
      ),
    ).toEqual(profile);
  });

  it('keeps the field predictions of an answer without a form map (unknown form, rejected profile)', async () => {
    const answer = {
      status: 'unknown',
      canonicalMap: {},
      experiments: {},
      formatMap: {},
      fieldPredictions: { 'f1:00000000000000aa': { canonical: 'email' } },
    };
    expect(
      (
        await getProfileSafely(
          portAnswering(async () => answer),
          'example.com',
          'v1:0123456789abcdef',
        )
      ).fieldPredictions,
    ).toEqual({
      'f1:00000000000000aa': { canonical: 'email' },
    });
  });

  it('turns a rejection into the unavailable profile', async () => {
    const port = portAnswering(async () => {
      throw new Error('offline');
    });
    expect(await getProfileSafely(port, 'example.com', 'v1:0123456789abcdef')).toBe(UNAVAILABLE_PROFILE);
  });

  it('turns a synchronous throw and a malformed answer into the unavailable profile', async () => {
    const throwing: ProfilePort = {
      getProfile() {
        throw new TypeError('not a function');
      },
    };
    expect(await getProfileSafely(throwing, 'example.com', 'v1:0123456789abcdef')).toBe(UNAVAILABLE_PROFILE);
    expect(
      await getProfileSafely(
        portAnswering(async () => null),
        'example.com',
        'v1:0123456789abcdef',
      ),
    ).toBe(UNAVAILABLE_PROFILE);
    expect(
      await getProfileSafely(
        portAnswering(async () => ['ok']),
        'example.com',
        'v1:0123456789abcdef',
      ),
    ).toBe(UNAVAILABLE_PROFILE);
  });

  it('drops non-string entries and a missing map', async () => {
    const answer = {
      status: 'ok',
      canonicalMap: { '#a': 'email', '#b': 42 },
      experiments: 'nope',
      formatMap: { '#p': 1 },
    };
    expect(
      await getProfileSafely(
        portAnswering(async () => answer),
        'example.com',
        'v1:0123456789abcdef',
      ),
    ).toEqual({
      status: 'ok',
      canonicalMap: { '#a': 'email' },
      experiments: {},
      formatMap: {},
      fieldPredictions: {},
    });
  });
});

describe('fieldPredictionEntries', () => {
  it('keeps predictions with a string canonical and a string format or none, and drops the rest', () => {
    const raw = JSON.parse(`{
      "f1:0000000000000001": { "canonical": "email" },
      "f1:0000000000000002": { "canonical": "phone", "format": "phone_digits" },
      "f1:0000000000000003": { "canonical": 7 },
      "f1:0000000000000004": { "canonical": "phone", "format": 5 },
      "f1:0000000000000005": "email",
      "__proto__": { "canonical": "email" }
    }`) as unknown;
    const predictions = fieldPredictionEntries(raw);
    expect(predictions).toEqual({
      'f1:0000000000000001': { canonical: 'email' },
      'f1:0000000000000002': { canonical: 'phone', format: 'phone_digits' },
      ['__proto__']: { canonical: 'email' },
    });
    // An own key, never the prototype: no reply can reshape the object.
    expect(Object.getPrototypeOf(predictions)).toBe(Object.prototype);
    expect(fieldPredictionEntries(null)).toEqual({});
    expect(fieldPredictionEntries([{ canonical: 'email' }])).toEqual({});
  });
});
