import type { UserStatsResponse } from '@companion-autofill/sdk/protocol';
import type { InstallTotals } from '../store/user-stats-store.ts';

/** The user stats window: "this week". */
export const USER_STATS_WINDOW_DAYS = 7;

/**
 * Typing speed behind "minutes saved": 200 characters per minute (about 40 words per minute, an
 * average typist copying text). Form values are worse: they are looked up, not recalled, so this
 * under-states the time saved rather than flattering autofill.
 */
export const TYPING_CHARS_PER_MINUTE = 200;

/**
 * Average length of one filled value, for events that predate `filled_chars`. A rough mix of the
 * fields job forms ask for: names 6–8, email ~22, phone ~12, city ~8, street ~20, URLs ~30.
 */
export const ESTIMATED_CHARS_PER_FIELD = 15;

const DAY_MS = 86_400_000;

/**
 * The user stats from one install's totals. Pure. Keystrokes saved are the characters autofill
 * typed minus those the user had to edit, floored at 0 (a run corrected more than it filled
 * saved nothing, it did not cost negative time).
 */
export function computeUserStats(totals: InstallTotals, now: number): UserStatsResponse {
  const filled = totals.measuredFilledChars + totals.fieldsFilledWithoutCount * ESTIMATED_CHARS_PER_FIELD;
  const saved = Math.max(0, filled - totals.editedChars);
  return {
    window_days: USER_STATS_WINDOW_DAYS,
    since: new Date(now - USER_STATS_WINDOW_DAYS * DAY_MS).toISOString(),
    runs: totals.runs,
    successful_runs: totals.successfulRuns,
    chars_filled: filled,
    runs_with_estimated_fill: totals.runsWithoutFilledChars,
    chars_edited: totals.editedChars,
    keystrokes_saved: saved,
    minutes_saved: Math.round((saved / TYPING_CHARS_PER_MINUTE) * 10) / 10,
    typing_chars_per_minute: TYPING_CHARS_PER_MINUTE,
  };
}

/** Start of the user stats window for `now`. */
export function userStatsSince(now: number): number {
  return now - USER_STATS_WINDOW_DAYS * DAY_MS;
}
