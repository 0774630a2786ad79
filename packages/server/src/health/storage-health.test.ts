import { describe, expect, it } from 'vitest';
import { createStorageHealth } from './storage-health.ts';

describe('storage health', () => {
  it('reports a write failure until a write succeeds or the hold time passes', () => {
    let now = 0;
    const health = createStorageHealth(() => now, 30_000);
    expect(health.writeFailure()).toBeUndefined();
    health.recordWriteFailure('full');
    now = 29_999;
    expect(health.writeFailure()).toBe('full');
    now = 30_000;
    expect(health.writeFailure()).toBeUndefined();
    health.recordWriteFailure('read_only');
    expect(health.writeFailure()).toBe('read_only');
    health.recordWriteSuccess();
    expect(health.writeFailure()).toBeUndefined();
  });
});
