import { formKey } from '../store/form-key.ts';
import type { FormInstallTotals, GroupedWindow } from '../store/grouped-window.ts';
import type { WindowAggregation } from '../store/store-port.ts';
import { finishAggregation } from './aggregate-profiles.ts';
import { formStatsOfTotals } from './form-stats.ts';
import type { SupportThresholds } from './support-thresholds.ts';
import { OPEN_VOTING, type VotingContext } from './voting-context.ts';
import { createWindowVotes } from './window-votes.ts';

/**
 * The window's aggregation from its groups (a backend grouped the events, see GroupedWindow): the
 * same statistics, votes and flips as `aggregateProfiles` over the window's events, through the same
 * vote (createWindowVotes takes an install's folded runs as one, weights summed). The store contract
 * suite holds the two to equal results (vote-differential.test.ts).
 */
export async function aggregateGroupedWindow(
  window: GroupedWindow,
  support: SupportThresholds,
  voting: VotingContext = OPEN_VOTING,
): Promise<WindowAggregation> {
  const installsByForm = new Map<string, FormInstallTotals[]>();
  for (const install of window.installs) {
    const key = formKey(install.host, install.schemaHash);
    const installs = installsByForm.get(key);
    if (installs) installs.push(install);
    else installsByForm.set(key, [install]);
  }
  let eventsRead = 0;
  const stats = window.forms.map((form) => {
    eventsRead += form.events;
    return formStatsOfTotals(form, installsByForm.get(formKey(form.host, form.schemaHash)) ?? [], voting);
  });
  const votes = createWindowVotes(support, voting);
  for await (const runs of window.runs) for (const run of runs) votes.add(run, run.weight, run.runs);
  return finishAggregation(stats, votes, eventsRead);
}
