import { describe, expect, it } from 'vitest';
import { createDailyQuota } from './daily-quota.ts';

const DAY = 86_400_000;
const NOON = 20_000 * DAY + DAY / 2;

describe('createDailyQuota', () => {
  it('refuses an install once its stored events reach the day’s quota, and starts over at midnight', () => {
    const quota = createDailyQuota({ perInstall: 10, perNetwork: 0 });
    quota.count(new Map([['i1', 9]]), 'n1', NOON);
    expect(quota.exhausted(['i1'], 'n1', NOON)).toBeUndefined();
    quota.count(new Map([['i1', 1]]), 'n1', NOON);
    expect(quota.exhausted(['i1'], 'n1', NOON)).toBe('install');
    expect(quota.exhausted(['i2'], 'n1', NOON)).toBeUndefined();
    expect(quota.retryAfterSeconds(NOON)).toBe(43_200);
    expect(quota.exhausted(['i1'], 'n1', NOON + DAY / 2)).toBeUndefined();
  });

  it('counts every install of a network against the network’s quota', () => {
    const quota = createDailyQuota({ perInstall: 0, perNetwork: 100 });
    for (let i = 0; i < 10; i++) quota.count(new Map([[`fresh-${i}`, 10]]), 'n1', NOON);
    expect(quota.exhausted(['brand-new'], 'n1', NOON)).toBe('network');
    expect(quota.exhausted(['brand-new'], 'n2', NOON)).toBeUndefined();
  });

  it('tracks a bounded number of keys a day and refuses new ones past it', () => {
    const quota = createDailyQuota({ perInstall: 5, perNetwork: 0, maxKeys: 3 });
    for (const id of ['a', 'b', 'c']) quota.count(new Map([[id, 1]]), 'n', NOON);
    expect(quota.exhausted(['a'], 'n', NOON)).toBeUndefined();
    expect(quota.exhausted(['d'], 'n', NOON)).toBe('install');
  });

  it('limits nothing at 0', () => {
    const quota = createDailyQuota({ perInstall: 0, perNetwork: 0 });
    quota.count(new Map([['i', 1e9]]), 'n', NOON);
    expect(quota.exhausted(['i'], 'n', NOON)).toBeUndefined();
  });
});
