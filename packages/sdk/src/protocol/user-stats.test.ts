import { describe, expect, it } from 'vitest';
import { firstIssueReason, UserStatsQuery, UserStatsResponse } from './index.ts';

const response = {
  window_days: 7,
  since: '2026-11-20T12:00:00.000Z',
  runs: 12,
  successful_runs: 10,
  chars_filled: 1_200,
  runs_with_estimated_fill: 0,
  chars_edited: 200,
  keystrokes_saved: 1_000,
  minutes_saved: 5,
  typing_chars_per_minute: 200,
};

describe('UserStatsQuery', () => {
  it('takes exactly an install id', () => {
    expect(UserStatsQuery.parse({ install_id: 'install-abcdef12' })).toEqual({ install_id: 'install-abcdef12' });
    const unknown = UserStatsQuery.safeParse({ install_id: 'install-abcdef12', host: 'a.com' });
    expect(unknown.success).toBe(false);
    if (!unknown.success) expect(firstIssueReason(unknown.error)).toBe('(root): unknown key host');
    const short = UserStatsQuery.safeParse({ install_id: 'abc' });
    expect(short.success).toBe(false);
    if (!short.success) expect(firstIssueReason(short.error)).toMatch(/^install_id: /);
  });
});

describe('UserStatsResponse', () => {
  it('round-trips and refuses negative counts or extra keys', () => {
    expect(UserStatsResponse.parse(JSON.parse(JSON.stringify(response)))).toEqual(response);
    expect(UserStatsResponse.safeParse({ ...response, keystrokes_saved: -5 }).success).toBe(false);
    expect(UserStatsResponse.safeParse({ ...response, install_id: 'install-abcdef12' }).success).toBe(false);
  });
});
