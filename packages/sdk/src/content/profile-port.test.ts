import { describe, expect, it } from 'vitest';
import { UNAVAILABLE_PROFILE, getProfileSafely, type ProfilePort } from './profile-port.ts';

const portAnswering = (answer: () => Promise<unknown>): ProfilePort => ({ getProfile: answer as ProfilePort['getProfile'] });

describe('getProfileSafely', () => {
  it('passes a well-formed profile through', async () => {
    const profile = { status: 'ok', canonicalMap: { '#a': 'email' }, experiments: { profile_holdout: 'treatment' } };
    expect(await getProfileSafely(portAnswering(async () => profile), 'example.com', 'v1:0123456789abcdef')).toEqual(profile);
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
    expect(await getProfileSafely(portAnswering(async () => null), 'example.com', 'v1:0123456789abcdef')).toBe(UNAVAILABLE_PROFILE);
    expect(await getProfileSafely(portAnswering(async () => ['ok']), 'example.com', 'v1:0123456789abcdef')).toBe(UNAVAILABLE_PROFILE);
  });

  it('drops non-string entries and a missing map', async () => {
    const answer = { status: 'ok', canonicalMap: { '#a': 'email', '#b': 42 }, experiments: 'nope' };
    expect(await getProfileSafely(portAnswering(async () => answer), 'example.com', 'v1:0123456789abcdef')).toEqual({
      status: 'ok',
      canonicalMap: { '#a': 'email' },
      experiments: {},
    });
  });
});
