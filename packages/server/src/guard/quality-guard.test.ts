import { describe, expect, it } from 'vitest';
import { checkProfileQuality } from './quality-guard.ts';

const thresholds = { minSuccessRate: 0.6, maxAvgEditChars: 500 };

describe('checkProfileQuality', () => {
  it('passes a profile at the thresholds', () => {
    expect(checkProfileQuality({ successRate: 0.6, avgEditChars: 500 }, thresholds)).toEqual({ pass: true });
  });
  it('rejects a success rate below the minimum', () => {
    expect(checkProfileQuality({ successRate: 0.59, avgEditChars: 0 }, thresholds)).toEqual({ pass: false, reason: 'low_success_rate' });
  });
  it('does not hold a profile with no verdict runs (success rate unknown) against the success guard', () => {
    expect(checkProfileQuality({ successRate: null, avgEditChars: 0 }, thresholds)).toEqual({ pass: true });
  });
  it('still applies the edit guard to a profile with no verdict runs', () => {
    expect(checkProfileQuality({ successRate: null, avgEditChars: 500.5 }, thresholds)).toEqual({ pass: false, reason: 'high_edit_chars' });
  });
  it('rejects average edits above the maximum', () => {
    expect(checkProfileQuality({ successRate: 1, avgEditChars: 500.5 }, thresholds)).toEqual({ pass: false, reason: 'high_edit_chars' });
  });
  it('checks success before edits', () => {
    expect(checkProfileQuality({ successRate: 0.1, avgEditChars: 9_999 }, thresholds)).toEqual({ pass: false, reason: 'low_success_rate' });
  });
});
