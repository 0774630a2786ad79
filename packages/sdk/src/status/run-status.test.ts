import { describe, expect, it } from 'vitest';
import { RUN_STATUSES } from '../protocol/index.ts';
import { decideRunStatus, type RunEndSignal } from './run-status.ts';

describe('decideRunStatus', () => {
  it('is ok for a clean submit', () => {
    expect(decideRunStatus({ kind: 'submit', invalidFieldCount: 0 })).toBe('ok');
  });

  it('is validation_error for a submit with invalid fields', () => {
    expect(decideRunStatus({ kind: 'submit', invalidFieldCount: 1 })).toBe('validation_error');
    expect(decideRunStatus({ kind: 'submit', invalidFieldCount: 7 })).toBe('validation_error');
  });

  it('is cancelled for a reset or leaving the page', () => {
    expect(decideRunStatus({ kind: 'reset' })).toBe('cancelled');
    expect(decideRunStatus({ kind: 'left' })).toBe('cancelled');
  });

  it('is error for an error', () => {
    expect(decideRunStatus({ kind: 'error' })).toBe('error');
  });

  it('only ever returns wire statuses, and reaches all of them', () => {
    const signals: RunEndSignal[] = [
      { kind: 'submit', invalidFieldCount: 0 },
      { kind: 'submit', invalidFieldCount: 2 },
      { kind: 'reset' },
      { kind: 'left' },
      { kind: 'error' },
    ];
    const statuses = new Set(signals.map(decideRunStatus));
    expect([...statuses].sort()).toEqual([...RUN_STATUSES].sort());
  });
});
