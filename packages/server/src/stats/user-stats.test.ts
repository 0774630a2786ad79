import { describe, expect, it } from 'vitest';
import { UserStatsResponse } from '@companion-autofill/sdk/protocol';
import type { InstallTotals } from '../store/user-stats-store.ts';
import { computeUserStats, ESTIMATED_CHARS_PER_FIELD, TYPING_CHARS_PER_MINUTE } from './user-stats.ts';

const NOW = Date.parse('2026-11-27T12:00:00Z');
const NONE: InstallTotals = {
  runs: 0,
  successfulRuns: 0,
  editedChars: 0,
  measuredFilledChars: 0,
  runsWithoutFilledChars: 0,
  fieldsFilledWithoutCount: 0,
};

describe('computeUserStats', () => {
  it('subtracts edits from filled characters and converts at 200 chars per minute', () => {
    // 1,430 filled − 230 edited = 1,200 keystrokes saved; 1,200 / 200 = 6.0 minutes
    const stats = computeUserStats(
      { ...NONE, runs: 12, successfulRuns: 10, editedChars: 230, measuredFilledChars: 1_430 },
      NOW,
    );
    expect(stats).toEqual({
      window_days: 7,
      since: '2026-11-20T12:00:00.000Z',
      runs: 12,
      successful_runs: 10,
      chars_filled: 1_430,
      runs_with_estimated_fill: 0,
      chars_edited: 230,
      keystrokes_saved: 1_200,
      minutes_saved: 6,
      typing_chars_per_minute: 200,
    });
    expect(UserStatsResponse.safeParse(stats).success).toBe(true);
    expect(TYPING_CHARS_PER_MINUTE).toBe(200);
  });

  it('estimates the filled characters of events without filled_chars at 15 per field', () => {
    // 100 measured + 6 fields × 15 = 190 filled; 190 − 10 = 180 saved; 180 / 200 = 0.9 min
    const stats = computeUserStats(
      {
        ...NONE,
        runs: 3,
        measuredFilledChars: 100,
        runsWithoutFilledChars: 2,
        fieldsFilledWithoutCount: 6,
        editedChars: 10,
      },
      NOW,
    );
    expect(ESTIMATED_CHARS_PER_FIELD).toBe(15);
    expect(stats).toMatchObject({
      chars_filled: 190,
      runs_with_estimated_fill: 2,
      keystrokes_saved: 180,
      minutes_saved: 0.9,
    });
  });

  it('never reports negative savings', () => {
    const stats = computeUserStats({ ...NONE, runs: 1, measuredFilledChars: 20, editedChars: 75 }, NOW);
    expect(stats).toMatchObject({ keystrokes_saved: 0, minutes_saved: 0 });
  });

  it('rounds minutes to one decimal', () => {
    // 333 / 200 = 1.665 → 1.7
    expect(computeUserStats({ ...NONE, runs: 1, measuredFilledChars: 333 }, NOW).minutes_saved).toBe(1.7);
  });
});
