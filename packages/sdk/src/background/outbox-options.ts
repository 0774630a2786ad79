import { LIMITS } from '../protocol/index.ts';
import type { StoragePort } from '../storage/storage-port.ts';
import type { SyncTransport } from './sync-transport.ts';
import { globalTimers } from './timer-port.ts';
import type { TimerPort } from './timer-port.ts';

/** Options of `createOutbox`. */
export interface OutboxOptions {
  /** Where the queue and counters persist (survives service-worker restarts). */
  storage: StoragePort;
  /** How batches reach the server. */
  transport: SyncTransport;
  /** Events per request; also the size that triggers an immediate flush. @default 50 (max 100) */
  maxBatch?: number;
  /** A non-full queue is sent this long after it became non-empty. @default 30_000 */
  flushIntervalMs?: number;
  /** Events kept while the server is away; beyond it the oldest are dropped. @default 5_000 */
  maxQueued?: number;
  /** Backoff window of the first retry. @default 1_000 */
  baseBackoffMs?: number;
  /** Backoff window never grows past this. @default 300_000 */
  maxBackoffMs?: number;
  /** Retry-After values above this are clamped. @default 3_600_000 */
  maxRetryAfterMs?: number;
  /** Storage key of the state. @default 'companion.outbox.v1' */
  storageKey?: string;
  /** @default Math.random */
  random?: () => number;
  /** Epoch ms. @default Date.now */
  clock?: () => number;
  /** @default the global setTimeout/clearTimeout */
  timers?: TimerPort;
}

export type NormalizedOutboxOptions = Required<OutboxOptions>;

/** Merges defaults and validates; a bad value throws a RangeError naming the option. */
export function normalizeOutboxOptions(options: OutboxOptions): NormalizedOutboxOptions {
  const normalized: NormalizedOutboxOptions = {
    maxBatch: 50,
    flushIntervalMs: 30_000,
    maxQueued: 5_000,
    baseBackoffMs: 1_000,
    maxBackoffMs: 5 * 60_000,
    maxRetryAfterMs: 60 * 60_000,
    storageKey: 'companion.outbox.v1',
    random: Math.random,
    clock: () => Date.now(),
    timers: globalTimers,
    ...definedOnly(options),
  };
  requireInt('maxBatch', normalized.maxBatch, 1, LIMITS.maxEventsPerBatch);
  requireInt('flushIntervalMs', normalized.flushIntervalMs, 0, Number.MAX_SAFE_INTEGER);
  requireInt('maxQueued', normalized.maxQueued, 1, Number.MAX_SAFE_INTEGER);
  requireInt('baseBackoffMs', normalized.baseBackoffMs, 1, Number.MAX_SAFE_INTEGER);
  requireInt('maxBackoffMs', normalized.maxBackoffMs, normalized.baseBackoffMs, Number.MAX_SAFE_INTEGER);
  requireInt('maxRetryAfterMs', normalized.maxRetryAfterMs, 0, Number.MAX_SAFE_INTEGER);
  return normalized;
}

function requireInt(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`outbox option ${name} must be an integer in [${min}, ${max}], got ${String(value)}`);
  }
}

// `{ maxBatch: undefined }` must mean "default", not "undefined overrides the default".
function definedOnly<T extends object>(options: T): T {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as T;
}
