import * as z from 'zod/mini';
import { InstallId } from './field-names.ts';

const Count = z.int().check(z.gte(0));

/** `GET /api/extension/learning/stats?install_id=`: the asking install's own figures. */
export const UserStatsQuery = z.strictObject({
  install_id: InstallId,
});
export type UserStatsQuery = z.infer<typeof UserStatsQuery>;

/**
 * What autofill did for one install over the last `window_days` days. Counts only, computed on
 * the server from the install's own events.
 */
export const UserStatsResponse = z.strictObject({
  window_days: z.int().check(z.gte(1)),
  /** Start of the window (ISO-8601). */
  since: z.iso.datetime({ offset: true }),
  runs: Count,
  /** Runs that ended in a successful submit. */
  successful_runs: Count,
  /** Characters autofill wrote into fields. */
  chars_filled: Count,
  /**
   * Runs whose filled count is estimated (fields filled × an average value length) because their
   * events predate `filled_chars`; 0 means chars_filled is exact.
   */
  runs_with_estimated_fill: Count,
  /** Characters the user added or deleted in filled fields. */
  chars_edited: Count,
  /** chars_filled − chars_edited, never below 0: typing that autofill spared. */
  keystrokes_saved: Count,
  /** keystrokes_saved at `typing_chars_per_minute`, one decimal. */
  minutes_saved: z.number().check(z.gte(0)),
  /** The typing speed the minutes assume. */
  typing_chars_per_minute: z.number().check(z.gt(0)),
});
export type UserStatsResponse = z.infer<typeof UserStatsResponse>;
