import type { StorageFailureReason } from '../errors/storage-failure.ts';

/** Seconds a client is told to wait after a write failed for want of storage; also how long /readyz stays not ready. */
export const STORAGE_RETRY_AFTER_SECONDS = 30;

/**
 * Whether the database takes writes, as the last write found out. A write that failed for want of
 * storage (full, read-only, unreachable) makes the server not ready for STORAGE_RETRY_AFTER_SECONDS,
 * or until a write succeeds: /readyz then takes the replica out of rotation while /healthz (is the
 * process alive, does the database answer a read) stays 200. Expiring by itself matters: a replica
 * out of rotation gets no writes, so without expiry it could never find out that space came back.
 */
export function createStorageHealth(clock: () => number = Date.now, holdMs = STORAGE_RETRY_AFTER_SECONDS * 1000) {
  let failure: { reason: StorageFailureReason; at: number } | undefined;
  return {
    recordWriteFailure(reason: StorageFailureReason): void {
      failure = { reason, at: clock() };
    },
    recordWriteSuccess(): void {
      failure = undefined;
    },
    /** Why writes fail right now, or undefined when they are believed to work. */
    writeFailure(): StorageFailureReason | undefined {
      return failure !== undefined && clock() - failure.at < holdMs ? failure.reason : undefined;
    },
  };
}

export type StorageHealth = ReturnType<typeof createStorageHealth>;
