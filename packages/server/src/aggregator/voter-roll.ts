import type { InstallHistory, Quarantine } from '../store/store-port.ts';
import type { Voter } from './voting-context.ts';

/** The history an install needs before its runs vote (SECURITY.md: new installs are free, old ones are not). */
export interface InstallHistoryRule {
  /** Time since the install's first stored event (server time). @default 0 */
  minAgeMs: number;
  /** Its stored events. @default 0 */
  minRuns: number;
}

/**
 * Who votes in one aggregation, from the installs' histories and the operator's quarantines at
 * `now`: a quarantined install, or one first seen on a quarantined network, does not; one younger
 * or with fewer runs than `rule` is `new`; the rest are voters, each from the network it was first
 * seen on. An install without a history (stored after the histories were read) is as new as can be.
 * Pure.
 */
export function createVoterRoll(
  histories: readonly InstallHistory[],
  quarantines: readonly Quarantine[],
  rule: InstallHistoryRule,
  now: number,
): (installId: string) => Voter {
  const quarantinedInstalls = new Set(quarantines.filter((q) => q.kind === 'install').map((q) => q.key));
  const quarantinedNetworks = new Set(quarantines.filter((q) => q.kind === 'network').map((q) => q.key));
  const roll = new Map<string, Voter>();
  for (const history of histories) {
    const quarantined = quarantinedInstalls.has(history.installId) || quarantinedNetworks.has(history.networkKey);
    const seasoned = now - history.firstSeenAt >= rule.minAgeMs && history.acceptedRuns >= rule.minRuns;
    roll.set(history.installId, {
      network: history.networkKey,
      standing: quarantined ? 'quarantined' : seasoned ? 'voter' : 'new',
    });
  }
  const unknownStanding = rule.minAgeMs <= 0 && rule.minRuns <= 0 ? 'voter' : 'new';
  return (installId) =>
    roll.get(installId) ?? {
      network: '',
      standing: quarantinedInstalls.has(installId) ? 'quarantined' : unknownStanding,
    };
}
