import type { VoteAlarm } from '../store/store-port.ts';
import type { VotingContext } from './voting-context.ts';

/** What one install's runs of one form came to. */
export interface InstallOutcome {
  installId: string;
  /** Runs that ended ok. */
  ok: number;
  /** Runs that reached a verdict: ok + validation_error. */
  verdicts: number;
  /** Characters edited over all its runs. */
  editChars: number;
  runs: number;
}

/** What the quality guard reads, and what operators see of who voted. */
export interface GuardStats {
  /** Median over networks of the median over each network's installs of their own success rate; null when no voter reached a verdict. */
  guardSuccessRate: number | null;
  /** The same medians of each install's average edit chars per run; 0 without voters. */
  guardEditChars: number;
  /** Distinct networks among the form's voters. */
  distinctNetworks: number;
  voteAlarm: VoteAlarm | null;
}

/**
 * The guard's statistics of one form, robust to who sends the runs (SECURITY.md, "A guard no
 * single install controls"). Each install is one value (its own success rate, its own average
 * edits), each network one value (the median of its installs'), and the form the median of its
 * networks': an install that floods failures or a 2,000,000-character edit moves its own value
 * only, and installs from fewer than half of the networks cannot move the medians past the honest
 * ones. Only installs in standing `voter` count (new and quarantined ones do not). Pure; the order
 * of `outcomes` does not matter.
 */
export function guardStatsOf(
  outcomes: Iterable<InstallOutcome>,
  voting: Pick<VotingContext, 'voterOf' | 'networkCap'>,
): GuardStats {
  const networks = new Map<string, { success: number[]; edits: number[] }>();
  let voters = 0;
  let newcomers = 0;
  for (const outcome of outcomes) {
    const { network, standing } = voting.voterOf(outcome.installId);
    if (standing === 'new') newcomers += 1;
    if (standing !== 'voter') continue;
    voters += 1;
    let values = networks.get(network);
    if (!values) networks.set(network, (values = { success: [], edits: [] }));
    if (outcome.verdicts > 0) values.success.push(outcome.ok / outcome.verdicts);
    values.edits.push(outcome.editChars / outcome.runs);
  }
  const successByNetwork: number[] = [];
  const editsByNetwork: number[] = [];
  let crowded = 0;
  for (const { success, edits } of networks.values()) {
    if (success.length > 0) successByNetwork.push(median(success));
    editsByNetwork.push(median(edits));
    if (voting.networkCap > 0 && edits.length > voting.networkCap) crowded += edits.length;
  }
  let voteAlarm: VoteAlarm | null = null;
  if (newcomers > voters) voteAlarm = 'new_installs';
  else if (crowded * 2 > voters) voteAlarm = 'crowded_networks';
  return {
    guardSuccessRate: successByNetwork.length === 0 ? null : median(successByNetwork),
    guardEditChars: editsByNetwork.length === 0 ? 0 : median(editsByNetwork),
    distinctNetworks: networks.size,
    voteAlarm,
  };
}

/** The median (the mean of the two middle values for an even count) of a non-empty list. */
function median(values: number[]): number {
  values.sort((a, b) => a - b);
  const middle = values.length >> 1;
  return values.length % 2 === 1 ? values[middle]! : (values[middle - 1]! + values[middle]!) / 2;
}
