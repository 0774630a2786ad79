/**
 * Events per UTC day per install and per network (SECURITY.md). A limit of 0 is no limit. What is
 * counted is what was stored, so duplicates and rejected events cost nothing; a batch is admitted
 * whole while the sender has quota left, so a day's count can pass the limit by one batch.
 *
 * Counts live in this process (a replica counts its own share; behind a load balancer the
 * effective quota is the limit times the replicas a sender reaches) and start over each UTC day.
 * At most `maxKeys` installs and networks are tracked a day: past that, new ones are refused until
 * midnight rather than tracked without bound.
 */

export const QUOTA_SCOPES = ['install', 'network'] as const;
export type QuotaScope = (typeof QUOTA_SCOPES)[number];

export interface DailyQuotaLimits {
  /** COMPANION_QUOTA_INSTALL_EVENTS_PER_DAY */
  perInstall: number;
  /** COMPANION_QUOTA_NETWORK_EVENTS_PER_DAY */
  perNetwork: number;
  /** @default 200_000 */
  maxKeys?: number;
}

const DAY_MS = 86_400_000;

export function createDailyQuota(limits: DailyQuotaLimits) {
  const maxKeys = limits.maxKeys ?? 200_000;
  let day = -1;
  const installs = new Map<string, number>();
  const networks = new Map<string, number>();
  const today = (now: number) => {
    const current = Math.floor(now / DAY_MS);
    if (current !== day) {
      day = current;
      installs.clear();
      networks.clear();
    }
  };
  const spent = (counts: Map<string, number>, key: string, limit: number) =>
    limit > 0 && ((counts.get(key) ?? 0) >= limit || (!counts.has(key) && counts.size >= maxKeys));

  return {
    /** The quota the sender has used up today (its network's first), if any. Does not count. */
    exhausted(installIds: Iterable<string>, network: string, now: number): QuotaScope | undefined {
      today(now);
      if (spent(networks, network, limits.perNetwork)) return 'network';
      for (const installId of installIds) if (spent(installs, installId, limits.perInstall)) return 'install';
      return undefined;
    },
    /** Counts stored events into the day's quotas. */
    count(storedPerInstall: ReadonlyMap<string, number>, network: string, now: number): void {
      today(now);
      let total = 0;
      for (const [installId, stored] of storedPerInstall) {
        total += stored;
        if (limits.perInstall > 0) installs.set(installId, (installs.get(installId) ?? 0) + stored);
      }
      if (limits.perNetwork > 0 && total > 0) networks.set(network, (networks.get(network) ?? 0) + total);
    },
    /** Seconds until the quotas start over (the next UTC midnight), at least 1. */
    retryAfterSeconds(now: number): number {
      return Math.max(1, Math.ceil((DAY_MS - (now % DAY_MS)) / 1000));
    },
  };
}

export type DailyQuota = ReturnType<typeof createDailyQuota>;
