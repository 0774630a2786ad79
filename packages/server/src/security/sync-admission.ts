import type { FastifyRequest } from 'fastify';
import type { LearningEvent } from '@companion-autofill/sdk/protocol';
import { errorReply } from '../errors/error-catalog.ts';
import type { DailyQuota, QuotaScope } from './daily-quota.ts';

export interface SyncAdmissionOptions {
  /** The request's network key (see createRequestNetwork). */
  networkOf: (request: FastifyRequest) => string;
  quota: DailyQuota;
  recordQuotaHit: (scope: QuotaScope) => void;
}

export type Admission =
  | { ok: true; network: string }
  | { ok: false; status: number; retryAfter: string; body: { error: string; message: string } };

/**
 * The sync endpoint's door for the daily quotas: a batch whose install or network has used up
 * today's events is refused whole with 429 and Retry-After until midnight UTC (the SDK keeps the
 * events and retries then, so nothing is lost), and the quota hit is counted. Stored events are
 * counted into the quotas afterwards.
 */
export function createSyncAdmission({ networkOf, quota, recordQuotaHit }: SyncAdmissionOptions) {
  return {
    admit(request: FastifyRequest, events: readonly LearningEvent[], now: number): Admission {
      const network = networkOf(request);
      const spent =
        events.length === 0 ? undefined : quota.exhausted(new Set(events.map((e) => e.install_id)), network, now);
      if (spent === undefined) return { ok: true, network };
      recordQuotaHit(spent);
      const retryAfter = String(quota.retryAfterSeconds(now));
      const { status, body } = errorReply('RATE_LIMITED', retryAfter);
      return { ok: false, status, retryAfter, body };
    },
    stored(events: readonly LearningEvent[], storedIds: ReadonlySet<string>, network: string, now: number): void {
      const perInstall = new Map<string, number>();
      for (const event of events)
        if (storedIds.has(event.event_id))
          perInstall.set(event.install_id, (perInstall.get(event.install_id) ?? 0) + 1);
      quota.count(perInstall, network, now);
    },
  };
}

export type SyncAdmission = ReturnType<typeof createSyncAdmission>;
