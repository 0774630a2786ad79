import { describe, expect, it } from 'vitest';
import { fieldsLine, lastRunLine, missingValuesLine, profileLine, statsLine } from './popup-text.ts';

const USER = {
  window_days: 7,
  since: '2026-01-01T00:00:00.000Z',
  runs: 4,
  successful_runs: 3,
  chars_filled: 400,
  runs_with_estimated_fill: 0,
  chars_edited: 40,
  keystrokes_saved: 360,
  minutes_saved: 1.8,
  typing_chars_per_minute: 200,
};
const OUTBOX = { pending: 1, sent: 5, duplicates: 0, dropped: { rejected: 0, overflow: 0 }, next_attempt_at: null };

describe('popup text', () => {
  it('names the profile source of the latest fill', () => {
    expect(profileLine({ runs: 1, runsEnded: 0, fieldsFilled: 3, profileSource: 'server_only' })).toBe(
      'Learned from server',
    );
    expect(profileLine({ runs: 2, runsEnded: 0, fieldsFilled: 3, profileSource: 'local_only' })).toBe(
      'Your corrections (local)',
    );
    expect(profileLine({ runs: 1, runsEnded: 0, fieldsFilled: 1, profileSource: 'heuristics_only' })).toBe(
      'Heuristics',
    );
    expect(profileLine({ runs: 1, runsEnded: 0, fieldsFilled: 4, profileSource: 'transferred' })).toBe(
      'Learned from similar fields on other forms',
    );
  });

  it('names the fields the form asked for that have no value, readably', () => {
    expect(
      missingValuesLine({
        runs: 1,
        runsEnded: 0,
        fieldsFilled: 5,
        missingValues: ['salary_expectation', 'start_date'],
      }),
    ).toBe('No value for: Salary expectation, Start date — add them in Options');
    expect(missingValuesLine({ runs: 1, runsEnded: 0, fieldsFilled: 5, missingValues: ['resume_upload'] })).toBe(
      'No value for: Resume file — add it in Options',
    );
    expect(
      missingValuesLine({
        runs: 0,
        runsEnded: 0,
        fieldsFilled: 0,
        skipped: 'nothing_filled',
        missingValues: ['email', 'notice_period'],
      }),
    ).toBe('No value for: Email, Notice period — add them in Options');
    const eight = ['email', 'phone', 'city', 'country', 'school', 'degree', 'pronouns', 'website'];
    expect(missingValuesLine({ runs: 1, runsEnded: 0, fieldsFilled: 1, missingValues: eight })).toBe(
      'No value for: Email, Phone, City, Country, School, Degree and 2 more — add them in Options',
    );
    expect(missingValuesLine({ runs: 1, runsEnded: 0, fieldsFilled: 5, missingValues: [] })).toBe('');
    expect(missingValuesLine({ runs: 1, runsEnded: 0, fieldsFilled: 5 })).toBe('');
    expect(missingValuesLine(undefined)).toBe('');
  });

  it('says why nothing was filled', () => {
    expect(profileLine({ runs: 0, runsEnded: 0, fieldsFilled: 0, skipped: 'nothing_filled' })).toMatch(
      /add your values/,
    );
    expect(profileLine({ runs: 0, runsEnded: 0, fieldsFilled: 0, skipped: 'not_yet' })).toMatch(/press Fill/);
    expect(profileLine(undefined)).toMatch(/no Companion content script/);
  });

  it('counts filled fields', () => {
    expect(fieldsLine({ runs: 1, runsEnded: 0, fieldsFilled: 1, profileSource: 'merged' })).toBe('1 field filled');
    expect(fieldsLine({ runs: 1, runsEnded: 0, fieldsFilled: 6, profileSource: 'merged' })).toBe('6 fields filled');
    expect(fieldsLine({ runs: 0, runsEnded: 0, fieldsFilled: 0 })).toBe('—');
  });

  it('says whether the last run was sent', () => {
    expect(
      lastRunLine({
        runs: 1,
        runsEnded: 0,
        fieldsFilled: 2,
        lastRun: { outcome: 'queued', status: 'validation_error' },
      }),
    ).toBe('Last run: validation error, sent');
    expect(
      lastRunLine({ runs: 1, runsEnded: 0, fieldsFilled: 2, lastRun: { outcome: 'no_consent', status: 'ok' } }),
    ).toBe('Last run: ok, not sent (telemetry off)');
    expect(lastRunLine({ runs: 1, runsEnded: 0, fieldsFilled: 2 })).toBe('');
  });

  it('prefers the server figures, falls back to the outbox, and says when telemetry is off', () => {
    expect(statsLine(USER, OUTBOX, true)).toBe('Companion saved you ~360 keystrokes this week (4 fills, ~1.8 min)');
    expect(statsLine(undefined, OUTBOX, true)).toBe('5 runs sent, 1 waiting');
    expect(statsLine(USER, OUTBOX, false)).toBe('Telemetry is off: nothing is sent');
    expect(statsLine(undefined, undefined, true)).toBe('No stats yet');
    expect(statsLine({ ...USER, runs: 1, keystrokes_saved: 1 }, OUTBOX, true)).toMatch(
      /^Companion saved you ~1 keystroke this week \(1 fill,/,
    );
    expect(statsLine(undefined, { ...OUTBOX, sent: 1 }, true)).toBe('1 run sent, 1 waiting');
  });
});
