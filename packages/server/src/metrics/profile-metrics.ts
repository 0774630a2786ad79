import { Counter, type Registry } from 'prom-client';
import {
  GUARD_REASONS,
  PROFILE_STATUSES,
  type GuardReason,
  type ProfileStatus,
} from '@companion-autofill/sdk/protocol';
import { METRIC, METRIC_LABELS } from './metric-names.ts';

/** Recorders for the profile endpoint. Label values come from closed lists only. */
export function createProfileMetrics(registry: Registry) {
  const registers = [registry];
  const requests = new Counter({
    name: METRIC.profileRequests,
    help: 'Profile requests by answer.',
    labelNames: METRIC_LABELS.profileRequests,
    registers,
  });
  const rejected = new Counter({
    name: METRIC.profilesRejected,
    help: 'Profile requests refused by the quality guard, by failing guard.',
    labelNames: METRIC_LABELS.profilesRejected,
    registers,
  });
  for (const result of PROFILE_STATUSES) requests.inc({ result }, 0);
  for (const reason of GUARD_REASONS) rejected.inc({ reason }, 0);
  return {
    recordProfileAnswer(result: ProfileStatus, reason?: GuardReason): void {
      requests.inc({ result });
      if (reason) rejected.inc({ reason });
    },
  };
}

export type ProfileMetrics = ReturnType<typeof createProfileMetrics>;
