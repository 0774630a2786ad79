import type { PinnedProfile, StoredFormProfile } from './store-port.ts';

/**
 * What a form with a pin serves: the pinned maps, with the learned statistics when there are any
 * (zeros otherwise). Pure.
 */
export function withPin(
  host: string,
  schemaHash: string,
  learned: StoredFormProfile | undefined,
  pin: Pick<PinnedProfile, 'canonicalMap' | 'formatMap'>,
): StoredFormProfile {
  const base: StoredFormProfile = learned ?? {
    host,
    schemaHash,
    canonicalMap: {},
    formatMap: {},
    eventCount: 0,
    distinctInstalls: 0,
    successRate: null,
    avgEditChars: 0,
    avgDurationMs: 0,
    p50DurationMs: 0,
    p90DurationMs: 0,
    lastEventAt: 0,
    guardSuccessRate: null,
    guardEditChars: 0,
    distinctNetworks: 0,
    voteAlarm: null,
    runId: 0,
  };
  return { ...base, canonicalMap: pin.canonicalMap, formatMap: pin.formatMap, pinned: true };
}
