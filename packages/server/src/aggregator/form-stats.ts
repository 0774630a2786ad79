import type { FormInstallTotals, FormTotals } from '../store/grouped-window.ts';
import type { AggregationRow, FormProfile } from '../store/store-port.ts';
import { guardStatsOf, type InstallOutcome } from './install-outcomes.ts';
import { percentileOfSorted } from './percentile.ts';
import { OPEN_VOTING, type VotingContext } from './voting-context.ts';

/** A form profile without the maps its votes elect (see createWindowVotes). */
export type FormStats = Omit<FormProfile, 'canonicalMap' | 'formatMap'>;

/**
 * The statistics of one form from its events in the window (all rows share host and schema_hash;
 * there is at least one). Pure.
 *
 * success_rate counts only runs that reached a verdict: ok / (ok + validation_error). Cancelled and
 * errored runs are counted in event_count but say nothing about the mapping's quality.
 *
 * These statistics describe every run; the guard reads its own, per install and per network
 * (guardStatsOf), so that no single install decides whether the profile is served.
 */
export function formStats(
  rows: readonly AggregationRow[],
  voting: Pick<VotingContext, 'voterOf' | 'networkCap'> = OPEN_VOTING,
): FormStats {
  const first = rows[0];
  if (!first) throw new RangeError('formStats needs at least one event');
  const installs = new Map<string, InstallOutcome>();
  const durations: number[] = [];
  let ok = 0;
  let validationErrors = 0;
  let editChars = 0;
  let lastEventAt = 0;
  for (const row of rows) {
    let outcome = installs.get(row.installId);
    if (!outcome)
      installs.set(row.installId, (outcome = { installId: row.installId, ok: 0, verdicts: 0, editChars: 0, runs: 0 }));
    outcome.runs += 1;
    outcome.editChars += row.editChars;
    if (row.status === 'ok') outcome.ok += 1;
    if (row.status === 'ok' || row.status === 'validation_error') outcome.verdicts += 1;
    durations.push(row.durationMs);
    editChars += row.editChars;
    if (row.status === 'ok') ok += 1;
    else if (row.status === 'validation_error') validationErrors += 1;
    if (row.occurredAt > lastEventAt) lastEventAt = row.occurredAt;
  }
  durations.sort((a, b) => a - b);
  const verdicts = ok + validationErrors;
  return {
    host: first.host,
    schemaHash: first.schemaHash,
    eventCount: rows.length,
    distinctInstalls: installs.size,
    successRate: verdicts === 0 ? null : ok / verdicts,
    avgEditChars: editChars / rows.length,
    avgDurationMs: durations.reduce((sum, d) => sum + d, 0) / rows.length,
    p50DurationMs: percentileOfSorted(durations, 50),
    p90DurationMs: percentileOfSorted(durations, 90),
    lastEventAt,
    ...guardStatsOf(installs.values(), voting),
  };
}

/**
 * The same statistics from a form's totals grouped in the database (see GroupedWindow) and its
 * installs' totals: equal to `formStats` over the form's events, to the last bit (the averages
 * divide the same integer sums). Pure.
 */
export function formStatsOfTotals(
  form: FormTotals,
  installs: Iterable<FormInstallTotals>,
  voting: Pick<VotingContext, 'voterOf' | 'networkCap'> = OPEN_VOTING,
): FormStats {
  const verdicts = form.ok + form.validationErrors;
  return {
    host: form.host,
    schemaHash: form.schemaHash,
    eventCount: form.events,
    distinctInstalls: form.distinctInstalls,
    successRate: verdicts === 0 ? null : form.ok / verdicts,
    avgEditChars: form.editChars / form.events,
    avgDurationMs: form.durationMs / form.events,
    p50DurationMs: form.p50DurationMs,
    p90DurationMs: form.p90DurationMs,
    lastEventAt: form.lastEventAt,
    ...guardStatsOf(installs, voting),
  };
}
