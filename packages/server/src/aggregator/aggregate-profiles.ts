import { formKey } from '../store/form-key.ts';
import type { AggregationRow, FormProfile, WindowAggregation } from '../store/store-port.ts';
import { formStats, type FormStats } from './form-stats.ts';
import { RUN_WEIGHT } from './run-weight.ts';
import type { SupportThresholds } from './support-thresholds.ts';
import { OPEN_VOTING, type VotingContext } from './voting-context.ts';
import { createWindowVotes, type FormMaps, type WindowVotes } from './window-votes.ts';

/**
 * Profiles from the window's events, which arrive in chunks ordered by (host, schema_hash): each
 * form's statistics and maps, and the field profiles of every host and ATS family. Only one form's
 * events are held at a time; the votes hold their runs compactly (see createWindowVotes).
 */
export async function aggregateProfiles(
  chunks: AsyncIterable<readonly AggregationRow[]>,
  support: SupportThresholds,
  voting: VotingContext = OPEN_VOTING,
): Promise<WindowAggregation> {
  const stats: FormStats[] = [];
  const votes = createWindowVotes(support, voting);
  let eventsRead = 0;
  let form: AggregationRow[] = [];
  for await (const chunk of chunks) {
    for (const row of chunk) {
      eventsRead += 1;
      const current = form[0];
      if (current && (current.host !== row.host || current.schemaHash !== row.schemaHash)) {
        stats.push(formStats(form, voting));
        form = [];
      }
      form.push(row);
      votes.add(row, RUN_WEIGHT[row.status], 1);
    }
  }
  if (form.length > 0) stats.push(formStats(form, voting));
  return finishAggregation(stats, votes, eventsRead);
}

/** The window's aggregation once every form's statistics are known and every run is in `votes`. */
export function finishAggregation(
  stats: readonly FormStats[],
  votes: WindowVotes,
  eventsRead: number,
): WindowAggregation {
  const { formMaps, fieldProfiles, flips, heldForms } = votes.finish();
  const profiles = stats.map((form) => {
    const key = formKey(form.host, form.schemaHash);
    return withMaps(form, formMaps.get(key), heldForms.has(key));
  });
  return { profiles, fieldProfiles, flips, eventsRead };
}

const NO_MAPS: FormMaps = { canonicalMap: {}, formatMap: {} };

/**
 * A form's statistics with the maps its votes elected. A form whose served name only the flip
 * margin held raises the `held_by_margin` alarm, unless its voters raised another.
 */
export function withMaps(stats: FormStats, maps: FormMaps = NO_MAPS, heldByMargin = false): FormProfile {
  const voteAlarm = stats.voteAlarm ?? (heldByMargin ? 'held_by_margin' : null);
  return { ...stats, voteAlarm, canonicalMap: maps.canonicalMap, formatMap: maps.formatMap };
}
