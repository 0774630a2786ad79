import { describe, expect, it } from 'vitest';
import { checkProfileQuality } from './quality-guard.ts';

const thresholds = { minSuccessRate: 0.6, maxAvgEditChars: 500 };

describe('checkProfileQuality', () => {
  it('passes a profile at the thresholds', () => {
    expect(checkProfileQuality({ guardSuccessRate: 0.6, guardEditChars: 500 }, thresholds)).toEqual({ pass: true });
  });
  it('rejects a success rate below the minimum', () => {
    expect(checkProfileQuality({ guardSuccessRate: 0.59, guardEditChars: 0 }, thresholds)).toEqual({
      pass: false,
      reason: 'low_success_rate',
    });
  });
  it('does not hold a profile with no verdict runs (success rate unknown) against the success guard', () => {
    expect(checkProfileQuality({ guardSuccessRate: null, guardEditChars: 0 }, thresholds)).toEqual({ pass: true });
  });
  it('still applies the edit guard to a profile with no verdict runs', () => {
    expect(checkProfileQuality({ guardSuccessRate: null, guardEditChars: 500.5 }, thresholds)).toEqual({
      pass: false,
      reason: 'high_edit_chars',
    });
  });
  it('rejects average edits above the maximum', () => {
    expect(checkProfileQuality({ guardSuccessRate: 1, guardEditChars: 500.5 }, thresholds)).toEqual({
      pass: false,
      reason: 'high_edit_chars',
    });
  });
  it('checks success before edits', () => {
    expect(checkProfileQuality({ guardSuccessRate: 0.1, guardEditChars: 9_999 }, thresholds)).toEqual({
      pass: false,
      reason: 'low_success_rate',
    });
  });
});
