import { Counter, Gauge, type Registry } from 'prom-client';
import type { StorageHealth } from '../health/storage-health.ts';
import { STORAGE_FAILURE_REASONS, type StorageFailureReason } from '../errors/storage-failure.ts';
import { METRIC, METRIC_LABELS } from './metric-names.ts';

/**
 * Storage metrics: writes refused for want of storage, by reason (the alert
 * CompanionAutofillStorageWriteFailures reads it), and readiness as /readyz answers it.
 */
export function createStorageMetrics(registry: Registry, health: StorageHealth) {
  const registers = [registry];
  const failures = new Counter({
    name: METRIC.dbWriteFailures,
    help: 'Event writes the database refused for want of storage (full, read_only, io, busy, unavailable); each was answered 503.',
    labelNames: METRIC_LABELS.dbWriteFailures,
    registers,
  });
  for (const reason of STORAGE_FAILURE_REASONS) failures.inc({ reason }, 0);
  new Gauge({
    name: METRIC.storageReady,
    help: '1 when the last event write succeeded or the last failure is older than the Retry-After delay; 0 while /readyz answers 503.',
    registers,
    collect() {
      this.set(health.writeFailure() === undefined ? 1 : 0);
    },
  });
  return {
    recordWriteFailure(reason: StorageFailureReason): void {
      failures.inc({ reason });
    },
  };
}

export type StorageMetrics = ReturnType<typeof createStorageMetrics>;
