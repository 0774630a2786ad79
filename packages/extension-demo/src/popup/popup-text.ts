/**
 * The popup's words, from the page status and the stats: pure functions, so what the user reads
 * is tested without a browser.
 */
import type { ProfileSource, StatsGetResponse, UserStatsResponse } from '@companion-autofill/sdk/protocol';
import type { NoFillReason, PageStatus } from '../messages/demo-messages.ts';
import { fieldLabel } from '../settings/profile-fields.ts';

/** How each profile_source reads in the popup. */
export const PROFILE_SOURCE_TEXT: Readonly<Record<ProfileSource, string>> = {
  server_only: 'Learned from server',
  merged: 'Learned from server + your corrections',
  local_only: 'Your corrections (local)',
  heuristics_only: 'Heuristics',
  transferred: 'Learned from similar fields on other forms',
};

/** Most field names the missing-values line spells out before "and N more". */
const MISSING_NAMES_SHOWN = 6;

const NO_FILL_TEXT: Readonly<Record<NoFillReason, string>> = {
  not_yet: 'Not filled yet — press Fill',
  no_fields: 'No form fields on this page',
  nothing_filled: 'Nothing to fill: add your values in Options',
  failed: 'The fill failed on this page',
  destroyed: 'The fill was stopped',
};

/** The profile line: where the mapping came from, or why there is none. */
export function profileLine(status: PageStatus | undefined): string {
  if (!status) return 'This page has no Companion content script';
  if (status.runs === 0 || !status.profileSource) return NO_FILL_TEXT[status.skipped ?? 'not_yet'];
  return PROFILE_SOURCE_TEXT[status.profileSource];
}

/** The fields line: how many fields the latest fill filled. */
export function fieldsLine(status: PageStatus | undefined): string {
  if (!status || status.runs === 0) return '—';
  return `${plural(status.fieldsFilled, 'field')} filled`;
}

/** What became of the latest finished run, or '' while none has finished. */
export function lastRunLine(status: PageStatus | undefined): string {
  const run = status?.lastRun;
  if (!run) return '';
  const ended = run.status === undefined ? 'Last run' : `Last run: ${run.status.replace('_', ' ')}`;
  if (run.outcome === 'queued') return `${ended}, sent`;
  if (run.outcome === 'no_consent') return `${ended}, not sent (telemetry off)`;
  return `${ended}, not sent`;
}

/**
 * The fields the latest form asked for that the user holds no value for, by readable name, or ''
 * when there are none: "No value for: Salary expectation, Start date — add them in Options".
 */
export function missingValuesLine(status: PageStatus | undefined): string {
  const missing = status?.missingValues ?? [];
  if (missing.length === 0) return '';
  const shown = missing.slice(0, MISSING_NAMES_SHOWN).map(fieldLabel).join(', ');
  const more = missing.length > MISSING_NAMES_SHOWN ? ` and ${missing.length - MISSING_NAMES_SHOWN} more` : '';
  return `No value for: ${shown}${more} — add ${missing.length === 1 ? 'it' : 'them'} in Options`;
}

/**
 * The stats line: the server's figures for this install when available, else what the outbox
 * knows (events sent and waiting).
 */
export function statsLine(
  user: UserStatsResponse | undefined,
  outbox: StatsGetResponse | undefined,
  telemetry: boolean,
): string {
  if (!telemetry) return 'Telemetry is off: nothing is sent';
  if (user) {
    const minutes = user.minutes_saved.toFixed(1);
    return `Companion saved you ~${plural(user.keystrokes_saved, 'keystroke')} this week (${plural(user.runs, 'fill')}, ~${minutes} min)`;
  }
  if (outbox) return `${plural(outbox.sent, 'run')} sent, ${outbox.pending} waiting`;
  return 'No stats yet';
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
